/// A position in a source text: 1-based line, and 1-based column counted in Characters.
public struct SourcePosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Self, b: Self) -> Bool {
        (a.line, a.column) < (b.line, b.column)
    }

    public var description: String { "\(line):\(column)" }
}

/// Where a node starts and ends in its source text (inclusive), as cmark-gfm reports it.
///
/// Block spans are reliable; inline spans are not (cmark-gfm reports 0:0 for soft breaks and
/// guesses for some inlines), so callers locate inline figures from the block's source lines.
public struct SourceSpan: Sendable, Hashable, CustomStringConvertible {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    public static let unknown = SourceSpan(start: .init(line: 0, column: 0), end: .init(line: 0, column: 0))

    public var description: String { "\(start)-\(end)" }
}
