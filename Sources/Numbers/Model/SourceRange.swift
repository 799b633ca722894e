/// Where a figure sits in the scanned text: 1-based line and column, and length, in Characters.
///
/// Counted in Swift `Character`s (grapheme clusters), not bytes or UTF-16 units, so that a caret
/// under a CJK line lines up; the caller adds its own file offsets.
public struct SourceRange: Sendable, Equatable, CustomStringConvertible {
    /// The line, 1-based, counting `\n` in the scanned text.
    public var line: Int
    /// The column of the first Character, 1-based.
    public var column: Int
    /// The number of Characters the figure spans.
    public var length: Int

    public init(line: Int, column: Int, length: Int) {
        self.line = line
        self.column = column
        self.length = length
    }

    public var description: String { "\(line):\(column)+\(length)" }
}
