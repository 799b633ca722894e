import Foundation
import TestSupport
import Testing

/// The authoring loop end to end, in a temporary git repository made by `sitegen init`: a
/// price changes and the totals follow (explained), a total changes alone (unexplained), and
/// `check --fix --write` repairs it in the author's format; a reworded source marks its
/// translations outdated.
@Suite(.serialized) struct WorkflowScenarioTests {
    let runner = CommandLineTests()
    static let enabled =
        FileManager.default.isExecutableFile(atPath: CommandLineTests.binary)
        && FileManager.default.isExecutableFile(atPath: "/usr/bin/git")

    func sitegen(_ arguments: [String], in folder: URL) throws -> (code: Int32, out: String, err: String) {
        try runner.run(arguments, in: folder, extraEnvironment: ["SITEGEN_TODAY": "2026-01-15"])
    }

    @discardableResult
    func git(_ arguments: [String], in folder: URL) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
        process.arguments =
            ["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"] + arguments
        process.currentDirectoryURL = folder
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Each page of the starter report with `edit` applied to its text.
    func edit(_ project: FixtureProject, languages: [String], _ edit: (String) -> String) throws {
        for language in languages {
            let path = "Content/reports/hosting-budget.\(language).md"
            try project.write(path, edit(project.read(path) ?? ""))
        }
    }

    /// The number of the first line of `text` that contains `fragment`.
    static func line(of fragment: String, in text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(fragment) } ?? -1) + 1
    }

    static func findings(_ json: String) throws -> [[String: Any]] {
        let document = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        return document?["findings"] as? [[String: Any]] ?? []
    }

    @Test(.enabled(if: enabled))
    func initChangeCommitBaselineAndFix() throws {
        let project = try FixtureProject([:])
        defer { project.remove() }
        try FileManager.default.createDirectory(at: project.root, withIntermediateDirectories: true)
        let made = try sitegen(["init", ".", "--langs", "zh,ja,fr"], in: project.root)
        #expect(made.code == 0, "\(made.err)")
        let clean = try sitegen(["check"], in: project.root)
        #expect(clean.code == 0 && clean.err.contains(" 0 errors, 0 warnings"), "\(clean.err)")
        let built = try sitegen(["build"], in: project.root)
        #expect(built.code == 0, "\(built.err)")
        #expect(project.read("Output/zh/reports/hosting-budget/index.html")?.contains("<svg") == true)
        #expect(FileManager.default.fileExists(atPath: project.path(".sitegen-cache/Output.figures.json")))
        #expect(try git(["init", "-q"], in: project.root) == 0)
        try git(["add", "-A"], in: project.root)
        #expect(try git(["commit", "-qm", "starter"], in: project.root) == 0)

        // A price changes in every language, and the author updates what follows from it.
        try edit(project, languages: ["zh", "ja", "fr"]) { text in
            var text = text
            for (old, new) in [("12", "13"), ("36", "39"), ("71", "74"), ("852", "888")] {
                text = text.replacingOccurrences(of: "\(old).00", with: "\(new).00").replacingOccurrences(
                    of: "\(old),00", with: "\(new),00")
            }
            return text
        }
        try git(["commit", "-qam", "new server price"], in: project.root)
        let priced = try sitegen(
            ["check", "--baseline", "git:HEAD~1", "--strict", "--format", "json"], in: project.root)
        #expect(priced.code == 0, "\(priced.out)")
        let explained = try Self.findings(priced.out).filter { $0["rule"] as? String == "baseline-explained" }
        for language in ["zh", "ja", "fr"] {
            // The line cost and the table total of each version follow from the new price.
            let lines = explained.filter { ($0["file"] as? String)?.hasSuffix(".\(language).md") == true }.compactMap {
                $0["line"] as? Int
            }
            let text = project.read("Content/reports/hosting-budget.\(language).md") ?? ""
            #expect(
                lines.contains(Self.line(of: "| 3 | 39", in: text))
                    && lines.contains(Self.line(of: "| **74", in: text)), "\(language): \(lines)")
        }
        #expect(try Self.findings(priced.out).allSatisfy { $0["rule"] as? String != "baseline-unexplained" })
        // The record the first build kept is a baseline too; a rebuild (incremental) brings it up to date.
        let recorded = try sitegen(
            ["check", "--baseline", ".sitegen-cache/Output.figures.json", "--format", "json"], in: project.root)
        #expect(
            try Self.findings(recorded.out).contains { $0["rule"] as? String == "baseline-explained" },
            "\(recorded.out)")
        #expect(try sitegen(["build"], in: project.root).code == 0)
        let rebuilt = try sitegen(
            ["check", "--baseline", ".sitegen-cache/Output.figures.json", "--format", "json"], in: project.root)
        #expect(
            try Self.findings(rebuilt.out).allSatisfy { ($0["rule"] as? String)?.hasPrefix("baseline") != true },
            "\(rebuilt.out)")

        // A total changes on its own, in one language.
        try edit(project, languages: ["fr"]) { $0.replacingOccurrences(of: "**74,00**", with: "**75,00**") }
        try git(["commit", "-qam", "total"], in: project.root)
        let alone = try sitegen(["check", "--baseline", "git:HEAD~1", "--format", "json"], in: project.root)
        let unexplained = try Self.findings(alone.out).filter { $0["rule"] as? String == "baseline-unexplained" }
        let frText = project.read("Content/reports/hosting-budget.fr.md") ?? ""
        #expect(
            unexplained.count == 1 && unexplained.first?["line"] as? Int == Self.line(of: "| **75,00**", in: frText)
                && unexplained.first?["severity"] as? String == "warning",
            "\(alone.out)")
        #expect(try sitegen(["check", "--baseline", "git:HEAD~1", "--strict"], in: project.root).code == 1)

        // The fix writes the computed total back in the French format, and nothing else.
        let before = project.read("Content/reports/hosting-budget.fr.md") ?? ""
        let fixed = try sitegen(["check", "--fix", "--write"], in: project.root)
        #expect(fixed.code == 0, "\(fixed.err)")
        #expect(
            project.read("Content/reports/hosting-budget.fr.md")
                == before.replacingOccurrences(of: "**75,00**", with: "**74,00**"))
        #expect(try sitegen(["check"], in: project.root).code == 0)

        // The Chinese source is reworded: its translations say they may be out of date.
        try edit(project, languages: ["zh"]) { $0.replacingOccurrences(of: "本报告是一个起点", with: "这份报告只是一个起点") }
        let outdated = try sitegen(["check"], in: project.root)
        #expect(outdated.code == 0 && outdated.err.contains("warning[outdated-translation]"), "\(outdated.err)")
        #expect(try sitegen(["build"], in: project.root).code == 0)
        let banner = project.read("Output/ja/reports/hosting-budget/index.html") ?? ""
        #expect(
            banner.contains("<p class=\"outdated-translation\" role=\"note\">")
                && banner.contains("href=\"../../../zh/reports/hosting-budget/index.html\""))
        #expect(project.read("Output/zh/reports/hosting-budget/index.html")?.contains("outdated-translation") == false)
    }

    @Test(.enabled(if: enabled))
    func gitHistoryTellsATranslationWithoutAHashThatItsSourceChanged() throws {
        let project = try FixtureProject([
            "Content/site.yaml": "languages: [zh, fr]\n",
            "Content/r.zh.md": "---\ntitle: 成本\ntranslationKey: r\n---\n服务器每月 12.00 美元。\n",
            "Content/r.fr.md":
                "---\ntitle: Coût\ntranslationKey: r\ntranslatedFrom: zh\n---\nLe serveur coûte 12,00 $ par mois.\n",
        ])
        defer { project.remove() }
        // Outside git there is nothing to derive it from: check says which hash to record.
        let loose = try sitegen(["check"], in: project.root)
        #expect(loose.err.contains("info[outdated-translation]") && loose.err.contains("sourceHash:"), "\(loose.err)")
        try git(["init", "-q"], in: project.root)
        try git(["add", "-A"], in: project.root)
        try git(["commit", "-qm", "both"], in: project.root)
        let current = try sitegen(["check"], in: project.root)
        #expect(!current.err.contains("outdated-translation"), "\(current.err)")
        try project.write("Content/r.zh.md", "---\ntitle: 成本\ntranslationKey: r\n---\n服务器每月 13.00 美元。\n")
        try git(["commit", "-qam", "source"], in: project.root)
        let outdated = try sitegen(["check"], in: project.root)
        #expect(outdated.err.contains("warning[outdated-translation]"), "\(outdated.err)")
        #expect(
            try sitegen(
                ["build", "--templates", repositoryRoot.appendingPathComponent("Templates").path], in: project.root
            ).code == 0)
        #expect(project.read("Output/fr/r/index.html")?.contains("class=\"outdated-translation\"") == true)
    }

    @Test(.enabled(if: enabled))
    func initAndNewReportRefuseToOverwrite() throws {
        let project = try FixtureProject([:])
        defer { project.remove() }
        try FileManager.default.createDirectory(at: project.root, withIntermediateDirectories: true)
        #expect(try sitegen(["init", ".", "--langs", "en,de"], in: project.root).code == 0)
        try project.write("Content/site.yaml", "title: mine\n")
        let again = try sitegen(["init", ".", "--langs", "en"], in: project.root)
        #expect(again.code == 1 && again.err.contains("refusing to overwrite"), "\(again.err)")
        #expect(project.read("Content/site.yaml") == "title: mine\n")
        #expect(try sitegen(["new", "report", "q3-costs", "--langs", "en,de"], in: project.root).code == 0)
        #expect(project.read("Content/reports/q3-costs.de.md")?.contains("translationKey: q3-costs") == true)
        let twice = try sitegen(["new", "report", "q3-costs", "--langs", "en,fr"], in: project.root)
        #expect(twice.code == 1)
        #expect(project.read("Content/reports/q3-costs.fr.md") == nil)
        #expect(try sitegen(["new", "report", "Bad Name"], in: project.root).code == 2)
        #expect(try sitegen(["check", "--strict"], in: project.root).code == 2)
        #expect(try sitegen(["check"], in: project.root).code == 0)
    }
}
