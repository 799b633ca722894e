/// A source line and the caret line drawn under it to point at a column, as compilers print a
/// diagnostic; shared by the terminal and the preview's overlay, so both point at one spot.
///
/// A long line (minified or generated) is cut to `maxLength` Characters around the column,
/// with "…" where cut, so it cannot flood the screen. Under a tab the padding is a tab and
/// under a wide character it is `wideSpacer`: two spaces in a terminal, an ideographic space
/// (U+3000) in HTML, whose fonts draw it as wide as the CJK character above it. The carets
/// cover the marked characters' cells.
public struct CaretExcerpt: Sendable, Equatable {
    /// The line as shown, possibly cut.
    public var line: String
    /// Padding then carets; empty when there is no column to point at.
    public var caret: String

    public static let maxLength = 160

    /// `column` and `length` count Characters of `sourceLine` (1-based; 0 means no column).
    public init(
        _ sourceLine: some StringProtocol, column: Int, length: Int, wideSpacer: String = "  ",
        maxLength: Int = Self.maxLength
    ) {
        let (shown, shownColumn) = Self.cut(String(sourceLine), around: column, maxLength: maxLength)
        line = shown
        guard shownColumn > 0 else {
            caret = ""
            return
        }
        let padding = shown.prefix(shownColumn - 1).map {
            $0 == "\t" ? "\t" : CellWidth.cells($0) == 2 ? wideSpacer : " "
        }.joined()
        let marked = shown.dropFirst(shownColumn - 1).prefix(max(1, length))
        caret = padding + String(repeating: "^", count: max(1, CellWidth.cells(marked)))
    }

    /// At most `maxLength` Characters of `line` around `column`, and the column within them.
    static func cut(_ line: String, around column: Int, maxLength: Int) -> (line: String, column: Int) {
        guard line.count > maxLength else { return (line, column) }
        let characters = Array(line)
        let start = max(0, min(column - 1 - maxLength / 2, characters.count - maxLength))
        let end = min(characters.count, start + maxLength)
        let head = start > 0 ? "…" : "", tail = end < characters.count ? "…" : ""
        let shifted = column > 0 ? column - start + head.count : 0
        return (head + String(characters[start..<end]) + tail, shifted)
    }
}
