import Content
import GFM
import Numbers

/// Figures beyond exact decimal arithmetic (over 38 significant digits, or powers of ten past
/// ±100) are named with a warning, since no rule can check them.
///
/// The scanner skips them rather than rounding them; without this rule a total or formula
/// involving one would silently go unchecked.
struct FigureRangeRule: PageRule {
    static let id = "figure-range"

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let scanner = NumberScanner(locale: page.locale)
        var texts = page.runs.map { (line: $0.line, column: $0.startColumn, text: $0.text) }
        for table in page.tables {
            for cell in ([table.table.header] + table.table.rows).joined() where cell.span.start.line > 0 {
                let from = max(1, cell.span.start.column - 1)
                texts.append((cell.span.start.line, from, page.lines.slice(line: cell.span.start.line, from: from, through: cell.span.end.column)))
            }
        }
        for (line, column, text) in texts where Self.mayOverflow(text) {
            var unreadable: [UnreadableFigure] = []
            _ = scanner.scan(String(text), unreadable: &unreadable)
            for figure in unreadable {
                let at = SourceLocation(file: file, line: line + figure.range.line - 1, column: column + figure.range.column - 1)
                report.diagnostics.append(Diagnostic(.warning, rule: Self.id,
                    "'\(figure.text.count > 40 ? figure.text.prefix(40) + "…" : figure.text)' has more than 38 significant digits or a power of ten beyond ±100; it is not checked",
                    at: at, length: figure.range.length))
            }
        }
    }

    /// A cheap test that skips rescanning ordinary text: a long digit run, or an exponent or
    /// scale word that could push a power of ten past 100.
    static func mayOverflow(_ text: Substring) -> Bool {
        func isE(_ b: UInt8) -> Bool { b == UInt8(ascii: "e") || b == UInt8(ascii: "E") }
        var digits = 0
        var previous: UInt8 = 0, beforePrevious: UInt8 = 0
        for byte in text.utf8 {
            if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if digits >= 30 || isE(previous) { return true }
                if (previous == UInt8(ascii: "+") || previous == UInt8(ascii: "-")) && isE(beforePrevious) { return true }
            } else if byte != UInt8(ascii: ",") && byte != UInt8(ascii: ".") && byte != UInt8(ascii: " ") && byte != UInt8(ascii: "_") {
                digits = 0
            }
            beforePrevious = previous
            previous = byte
        }
        return false
    }
}
