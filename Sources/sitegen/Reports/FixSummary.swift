import Fixes
import Workspace

/// The closing line of `check --fix`: what was (or would be) rewritten, and what was left alone.
enum FixSummary {
    static func text(_ run: FixRun, wrote: Bool) -> String {
        let n = run.fixes.count, files = run.files.count
        let left = run.skipped.count
        let verb = wrote ? "fixed" : "would fix"
        var line =
            "sitegen check --fix: \(verb) \(n) figure\(n == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s")"
        if left > 0 { line += "; \(left) finding\(left == 1 ? "" : "s") left alone (no single computed value)" }
        return line
    }
}
