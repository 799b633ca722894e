import Checks

/// The closing line of a check: what was read and what was found.
enum SummaryLine {
    static func text(_ s: Checker.Summary) -> String {
        "sitegen check: \(s.files) file\(s.files == 1 ? "" : "s"), \(s.figures) figures read, \(s.relations) relations checked, "
            + "\(s.errors) error\(s.errors == 1 ? "" : "s"), \(s.warnings) warning\(s.warnings == 1 ? "" : "s")"
    }
}
