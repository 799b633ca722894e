import Content
import Fixes
import Foundation

/// `check --fix`: the rewrites of a check's findings, tried before they are shown or written.
///
/// A finding's computed value can rest on another wrong figure (a total over a row that is
/// itself wrong), so the rewrites are checked together in memory: one that leaves its figure
/// wrong is dropped and the rest tried again; then the findings the rewrites uncover (a total
/// under a repaired row) are planned in a next round, up to `rounds`.
public struct FixRun: Sendable {
    /// Every rewrite kept, in the order the rounds found them.
    public private(set) var fixes: [FigureFix] = []
    /// Findings with a stated figure that were left alone.
    public private(set) var skipped: [SkippedFix] = []
    /// Each changed file's text before and after, by the name findings use.
    public private(set) var files: [(file: String, before: String, after: String)] = []

    public init(pipeline: CheckPipeline, report: CheckReport, rounds: Int = 3) {
        var texts: [String: String] = [:]
        var current = report
        for _ in 0..<rounds {
            let plan = FixPlanner.plan(current.diagnostics, sources: current.sources, languages: current.languages)
            skipped = plan.skipped
            var candidates = plan.fixes
            var accepted = false
            while !candidates.isEmpty {
                var trial = texts
                for (file, group) in Dictionary(grouping: candidates, by: \.file) {
                    trial[file] = SourceEdit.apply(group, to: trial[file] ?? current.sources[file] ?? "")
                }
                var checking = pipeline
                checking.overrides = trial
                // Only the groups of the files being fixed can change.
                checking.selection.files = Set(trial.keys.map { Self.contentRelative($0, in: pipeline.paths) })
                let checked = checking.run()
                let stillWrong = Set(
                    checked.diagnostics.filter { $0.severity == .error && $0.stated != nil }.map(\.location))
                let kept = candidates.filter {
                    !stillWrong.contains(SourceLocation(file: $0.file, line: $0.line, column: $0.column))
                }
                if kept.count == candidates.count {
                    texts = trial
                    current = checked
                    fixes += candidates
                    accepted = true
                    break
                }
                for dropped in candidates where !kept.contains(dropped) {
                    skipped.append(
                        .conflicting(SourceLocation(file: dropped.file, line: dropped.line, column: dropped.column)))
                }
                candidates = kept
            }
            if !accepted { break }
        }
        files = texts.keys.sorted().compactMap { file in
            guard let before = report.sources[file], let after = texts[file], before != after else { return nil }
            return (file, before, after)
        }
    }

    /// A file as findings name it, below whichever checked folder holds it.
    static func contentRelative(_ file: String, in folders: [String]) -> String {
        for folder in folders {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            if file.hasPrefix(prefix) { return String(file.dropFirst(prefix.count)) }
        }
        return file
    }

    /// The unified diff of every file the fixes change.
    public var diff: String {
        files.map { UnifiedDiff.render(file: $0.file, before: $0.before, after: $0.after) }.joined()
    }

    /// Writes each changed file whole, through a temporary file beside it, so a crash leaves
    /// either the old text or the new. A file that changed on disk since it was checked is skipped.
    public func write() -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for (file, before, after) in files {
            let url = URL(fileURLWithPath: file)
            guard (try? String(contentsOf: url, encoding: .utf8)) == before else {
                problems.append(
                    Diagnostic(
                        .error, rule: "fix", "the file changed since it was checked; not fixed",
                        at: SourceLocation(file: file, line: 0, column: 0)))
                continue
            }
            do {
                try Data(after.utf8).write(to: url, options: .atomic)
            } catch {
                problems.append(
                    Diagnostic(
                        .error, rule: "fix", "cannot write: \(error.localizedDescription)",
                        at: SourceLocation(file: file, line: 0, column: 0)))
            }
        }
        return problems
    }
}
