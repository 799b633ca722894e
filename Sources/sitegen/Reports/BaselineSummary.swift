import Workspace

/// The line `check --baseline` adds: how many figures changed, and how many of them are explained.
enum BaselineSummary {
    static func text(_ outcome: BaselineCheck.Outcome, reference: String) -> String {
        let count = { (kind: String) in outcome.changes.filter { $0.kind.rawValue == kind }.count }
        let n = outcome.changes.count
        return
            "sitegen check --baseline \(reference): \(n) figure\(n == 1 ? "" : "s") changed: \(count("input")) input\(count("input") == 1 ? "" : "s"), "
            + "\(count("explained")) explained, \(count("unexplained")) unexplained"
    }
}
