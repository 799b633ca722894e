import GFM

/// One formula of a page: `$…$` (inline) or `$$…$$` (display), as written in the source.
public struct MathSpan: Sendable, Hashable {
    /// The TeX between the dollars; line breaks inside a display formula are kept as `\n`.
    public var tex: String
    public var display: Bool
    /// From the opening `$` to the last closing `$`, both included, in file lines and Character columns.
    public var span: SourceSpan

    public init(tex: String, display: Bool, span: SourceSpan) {
        self.tex = tex
        self.display = display
        self.span = span
    }

    /// Whether the character at `line`:`column` (1-based, Character columns) is part of the formula,
    /// dollars included.
    public func covers(line: Int, column: Int) -> Bool {
        let position = SourcePosition(line: line, column: column)
        return span.start <= position && position <= span.end
    }
}

extension Array where Element == MathSpan {
    /// Whether any formula covers `line`:`column`; the spans are in source order, so this is a
    /// binary search, cheap enough to ask for every figure a page states.
    public func covers(line: Int, column: Int) -> Bool {
        let position = SourcePosition(line: line, column: column)
        var low = 0
        var high = count
        while low < high {
            let mid = (low + high) / 2
            if self[mid].span.end < position { low = mid + 1 } else { high = mid }
        }
        return low < count && self[low].span.start <= position
    }
}
