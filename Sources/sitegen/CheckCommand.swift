import ArgumentParser
import Foundation
import Workspace

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

    func run() throws {
        let report = CheckPipeline(paths: paths).run()
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
