import ArgumentParser
import Foundation
import Workspace
import Fixes

/// `sitegen check`: recomputes every figure and fails when one is wrong.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Recompute every table, total and calculation, and report the figures that disagree.",
        discussion: "Exit status: 0 when no error was found, 1 when one was, 2 for usage errors or unreadable input."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github, sarif
    }

    @Argument(help: "Content folders or single files to check.")
    var paths: [String] = ["Content"]
    @Option(help: "How to write findings: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text
    @Flag(help: "Print a unified diff that rewrites each wrong figure with one computed value, in the author's format.")
    var fix = false
    @Flag(help: "With --fix, apply the rewrites to the files instead of printing them.")
    var write = false

    func validate() throws {
        if write && !fix { throw ValidationError("--write applies --fix; pass both") }
    }

    func run() throws {
        let pipeline = CheckPipeline(paths: paths)
        var report = pipeline.run()
        if fix {
            let fixes = FixRun(pipeline: pipeline, report: report)
            if write {
                let problems = fixes.write()
                DiagnosticPrinter(sources: report.sources).print(problems)
                DiagnosticPrinter.stderr(FixSummary.text(fixes, wrote: true))
                if !problems.isEmpty { throw ExitCode(1) }
                // What is left is what the fixes could not repair.
                report = pipeline.run()
            } else {
                print(fixes.diff, terminator: "")
                DiagnosticPrinter.stderr(FixSummary.text(fixes, wrote: false))
                throw ExitCode(fixes.fixes.isEmpty && report.summary.errors == 0 ? 0 : 1)
            }
        }
        let summary = report.summary
        switch format {
        case .text:
            DiagnosticPrinter(sources: report.sources).print(report.diagnostics)
            DiagnosticPrinter.stderr(SummaryLine.text(summary))
        case .json:
            print(JSONReport.render(report.diagnostics, summary: summary))
        case .github:
            print(GitHubAnnotations.render(report.diagnostics), terminator: "")
            print(SummaryLine.text(summary))
        case .sarif:
            print(SARIFReport.render(report.diagnostics, version: Sitegen.version))
        }
        if report.hadUnreadableInput { throw ExitCode(2) }
        if summary.errors > 0 { throw ExitCode(1) }
    }
}
