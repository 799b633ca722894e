import ArgumentParser
import Content
import Foundation
import Scaffold
import Workspace

/// `sitegen init`: a new project that builds and checks clean, with its CI workflow.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract:
            "Create a project: site.yaml, a starter report in each language, the theme, .gitignore and a CI workflow.",
        discussion: "Refuses to overwrite: when any of its files exists, nothing is written."
    )

    @Argument(help: "The folder to create the project in.")
    var directory = "."
    @OptionGroup var languages: LanguageList

    func run() throws {
        let files = StarterProject.files(languages: languages.list, today: Today.string())
        let written = try ScaffoldOutput.write(files, into: directory)
        print(
            "sitegen: created \(written.count) files in \(directory); next: cd \(directory) && sitegen check && sitegen build"
        )
    }
}

/// `sitegen new report NAME`: a report skeleton in each language, sharing one translation key.
struct NewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "new", abstract: "Add a new page skeleton to the project.", subcommands: [NewReport.self])

    struct NewReport: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report",
            abstract: "Add Content/reports/NAME.<lang>.md for each language, sharing the translation key NAME.",
            discussion: "The pages start as drafts. Refuses to overwrite: when any of them exists, nothing is written.")

        @Argument(help: "The report's file name and translation key: lower-case letters, digits and '-'.")
        var name: String
        @OptionGroup var languages: LanguageList
        @Option(help: "The folder of Markdown pages and site.yaml.")
        var content = "Content"

        func validate() throws {
            guard ReportSkeleton.isValidName(name) else {
                throw ValidationError("'\(name)' is not a report name: use lower-case letters, digits and '-'")
            }
        }

        func run() throws {
            let files = ReportSkeleton.files(name: name, languages: languages.list, today: Today.string())
            let written = try ScaffoldOutput.write(files, into: content)
            print("sitegen: created \(written.map { ProjectFilesPath.join(content, $0) }.joined(separator: ", "))")
        }
    }
}

/// `--langs zh,ja,fr`: the languages, in order, the first being the default.
struct LanguageList: ParsableArguments {
    @Option(name: .customLong("langs"), help: "Comma-separated language codes; the first is the default language.")
    var langs = "en"

    var list: [String] {
        var seen: Set<String> = []
        return langs.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty && seen.insert($0).inserted
        }
    }

    func validate() throws {
        guard !list.isEmpty else { throw ValidationError("--langs needs at least one language code, such as zh,ja,fr") }
        for language in list where !LanguageTag.isValid(language) {
            throw ValidationError("--langs: '\(language)' is not a language code such as zh, ja, fr or en")
        }
    }
}

enum ScaffoldOutput {
    static func write(_ files: [String: String], into folder: String) throws -> [String] {
        do {
            return try ScaffoldWriter(root: folder).write(files)
        } catch .wouldOverwrite(let existing) {
            let shown =
                existing.prefix(5).joined(separator: ", ")
                + (existing.count > 5 ? " and \(existing.count - 5) more" : "")
            DiagnosticPrinter.stderr("sitegen: error: refusing to overwrite \(shown); nothing was written")
            throw ExitCode(1)
        } catch .cannotWrite(let path, let reason) {
            DiagnosticPrinter.stderr("sitegen: error: cannot write \(path): \(reason)")
            throw ExitCode(1)
        }
    }
}

enum ProjectFilesPath {
    static func join(_ a: String, _ b: String) -> String {
        a.isEmpty || a == "." ? b : (a.hasSuffix("/") ? a + b : "\(a)/\(b)")
    }
}
