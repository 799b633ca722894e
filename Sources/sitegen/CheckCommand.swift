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
    @Option(help: ArgumentHelp("Compare every figure with a baseline: a figures.json that sitegen build wrote, or git:REV.",
                               valueName: "PATH|git:REV"))
    var baseline: String?
    @Flag(help: "With --baseline, a figure that changed without explanation is an error, not a warning.")
    var strict = false

    func validate() throws {
        if write && !fix { throw ValidationError("--write applies --fix; pass both") }
        if strict && baseline == nil { throw ValidationError("--strict applies to --baseline; pass both") }
    }

    func run() throws {
        var pipeline = CheckPipeline(paths: paths)
        pipeline.recordsFigures = baseline != nil
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
        var baselineLine: String?
        if let baseline, let figures = report.figures {
            let outcome = BaselineCheck(reference: baseline, strict: strict).run(current: figures, contentPath: report.contentPath ?? "")
            report.add(outcome.diagnostics)
            baselineLine = BaselineSummary.text(outcome, reference: baseline)
        }
        let summary = report.summary
        switch format {
        case .text:
            DiagnosticPrinter(sources: report.sources).print(report.diagnostics)
            if let baselineLine { DiagnosticPrinter.stderr(baselineLine) }
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
