import Content
import Numbers

/// Figures beyond exact decimal arithmetic (over 38 significant digits, or powers of ten past
/// ±100) are named with a warning, since no rule can check them.
///
/// The scanner skips them rather than rounding them; without this rule a total or formula
/// involving one would silently go unchecked.
struct FigureRangeRule: PageRule {
    static let id = "figure-range"
    static let guessesRelation = true

    /// The scanner set such figures aside while `PageFigures` read the page; they are named here.
    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for (line, column, figure) in page.unreadable {
            report.diagnostics.append(
                Diagnostic(
                    .warning, rule: Self.id,
                    "'\(figure.text.count > 40 ? figure.text.prefix(40) + "…" : figure.text)' has more than 38 significant digits or a power of ten beyond ±100; it is not checked",
                    at: SourceLocation(file: file, line: line, column: column), length: figure.range.length))
        }
    }
}
