/// The lines of a file's text, split once, the way the parsers count them: "\r\n", "\r" and
/// "\n" each end one.
public struct SourceLines: Sendable {
    private let lines: [Substring]

    /// Splits at `\n`, `\r\n` and `\r` by bytes: splitting by Characters ran grapheme breaking
    /// over the whole file, for line ends that are always single bytes and cluster boundaries.
    public init(_ text: String) {
        var lines: [Substring] = []
        let utf8 = text.utf8
        var start = utf8.startIndex
        var i = start
        while i != utf8.endIndex {
            let byte = utf8[i]
            guard byte == 0x0A || byte == 0x0D else {
                i = utf8.index(after: i)
                continue
            }
            lines.append(text[start..<i])
            var next = utf8.index(after: i)
            if byte == 0x0D, next != utf8.endIndex, utf8[next] == 0x0A { next = utf8.index(after: next) }
            start = next
            i = next
        }
        lines.append(text[start..<utf8.endIndex])
        self.lines = lines
    }

    public var count: Int { lines.count }

    /// The 1-based line `number`, empty when out of range.
    public subscript(number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The Characters of line `number` from `startColumn` through `endColumn` (1-based, inclusive).
    public func slice(line number: Int, from startColumn: Int, through endColumn: Int? = nil) -> Substring {
        let line = self[number]
        let start = line.index(line.startIndex, offsetBy: max(0, startColumn - 1), limitedBy: line.endIndex) ?? line.endIndex
        guard let endColumn else { return line[start...] }
        let end = line.index(line.startIndex, offsetBy: max(0, endColumn), limitedBy: line.endIndex) ?? line.endIndex
        return line[start..<max(start, end)]
    }
}
