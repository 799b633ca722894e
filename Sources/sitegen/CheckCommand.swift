import ArgumentParser
import Fixes
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
    @Flag(help: "Print a unified diff that rewrites each wrong figure with one computed value, in the author's format.")
    var fix = false
    @Flag(help: "With --fix, apply the rewrites to the files instead of printing them.")
    var write = false
    @Option(
        help: ArgumentHelp(
            "Compare every figure with a baseline: a figures.json that sitegen build wrote, or git:REV.",
            valueName: "PATH|git:REV"))
    var baseline: String?
    @Flag(help: "With --baseline, a figure that changed without explanation is an error, not a warning.")
    var strict = false
    @Option(
        name: .customLong("changed-since"),
        help: ArgumentHelp(
            "Check only the translation groups with a file changed since this git revision.", valueName: "REV"))
    var changedSince: String?
    @Option(
        name: .customLong("groups-of"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Check only the translation groups of these files (for pre-commit hooks).", valueName: "FILE"))
    var groupsOf: [String] = []
    @Option(
        help: ArgumentHelp(
            "Check one of n shards of the translation groups; the n shards together check everything.", valueName: "k/n"
        ))
    var shard: String?

    func validate() throws {
        if write && !fix { throw ValidationError("--write applies --fix; pass both") }
        if strict && baseline == nil { throw ValidationError("--strict applies to --baseline; pass both") }
        if let shard, GroupSelection.parseShard(shard) == nil {
            throw ValidationError("--shard takes k/n with 1 ≤ k ≤ n, such as 2/4")
        }
        if changedSince != nil && !groupsOf.isEmpty {
            throw ValidationError("--changed-since and --groups-of both choose files; pass one")
        }
    }

    /// The groups to check, from --changed-since, --groups-of and --shard.
    func selection() throws -> GroupSelection {
        var selection = GroupSelection(shard: shard.flatMap(GroupSelection.parseShard))
        let content = paths.first ?? "Content"
        if let changedSince {
            switch GroupSelection.changedFiles(since: changedSince, contentPath: content) {
            case .success(let files): selection.files = files
            case .failure(let problem):
                DiagnosticPrinter(sources: [:]).print([problem])
                throw ExitCode(2)
            }
        } else if !groupsOf.isEmpty {
            let prefix = content.hasSuffix("/") ? content : content + "/"
            selection.files = Set(groupsOf.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 })
        }
        return selection
    }

    func run() throws {
        var pipeline = CheckPipeline(paths: paths)
        pipeline.recordsFigures = baseline != nil
        pipeline.selection = try selection()
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
            let outcome = BaselineCheck(reference: baseline, strict: strict).run(
                current: figures, contentPath: report.contentPath ?? "")
            report.add(outcome.diagnostics)
            if outcome.loaded { baselineLine = BaselineSummary.text(outcome, reference: baseline) }
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
