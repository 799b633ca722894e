import Content
import Numbers

/// What `check` found on one page, for the page's summary line and its marked figures.
public struct PageCheck: Sendable {
    public var figures: Int
    public var findings: [Diagnostic]

    public init(figures: Int, findings: [Diagnostic]) {
        self.figures = figures
        self.findings = findings
    }

    /// The summary shown under the title, from the language's `checkSummary` pattern.
    func summary(_ strings: UIStrings) -> String {
        let inconsistent = findings.filter { $0.stated != nil && $0.computed != nil }.count
        return TextPattern.fill(
            strings["checkSummary"], ["figures": String(figures), "inconsistent": String(inconsistent)])
    }
}
