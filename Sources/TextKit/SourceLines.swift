/// The lines of a file's text, split once by `LineBreak`'s rule, with the conversion from the
/// UTF-8 byte columns a C parser reports to the Character columns a person counts.
///
/// A CJK character is three bytes, so without the conversion every position after Chinese
/// text would be reported several columns too far right.
public struct SourceLines: Sendable {
    /// Line `n` is `lines[n - 1]`, without its break.
    public let lines: [Substring]
    /// Per line, whether it is all ASCII, where a byte column already is a Character column.
    private let asciiLines: [Bool]

    /// Splits by bytes: splitting by Characters would run grapheme breaking over the whole
    /// file, for line ends that are always single bytes and cluster boundaries.
    public init(_ text: String) {
        var ends: [(start: Int, end: Int)] = []
        var ascii: [Bool] = []
        var utf8 = text
        utf8.withUTF8 { bytes in
            var start = 0
            while true {
                let end = LineBreak.lineEnd(in: bytes, from: start)
                ends.append((start, end.contentEnd))
                ascii.append(!bytes[start..<end.contentEnd].contains { $0 >= 0x80 })
                if end.next == end.contentEnd { break }
                start = end.next
            }
        }
        // Sliced from the UTF-8 view, index to index: subscripting the String by offsets would
        // check every bound for a Character boundary, and line ends always are one.
        let view = text.utf8
        var lines: [Substring] = []
        lines.reserveCapacity(ends.count)
        var index = view.startIndex, offset = 0
        for (start, end) in ends {
            let lower = view.index(index, offsetBy: start - offset)
            let upper = view.index(lower, offsetBy: end - start)
            lines.append(Substring(view[lower..<upper]))
            index = upper
            offset = end
        }
        self.lines = lines
        asciiLines = ascii
    }

    public var count: Int { lines.count }

    /// Whether 1-based line `number` is all ASCII (a byte column is its Character column).
    public func isASCII(line number: Int) -> Bool { asciiLines[number - 1] }

    /// The 1-based line `number`, empty when out of range.
    public subscript(number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The 1-based line `number`, nil when there is no such line.
    public func line(_ number: Int) -> Substring? {
        number >= 1 && number <= lines.count ? lines[number - 1] : nil
    }

    /// The Characters of line `number` from `startColumn` through `endColumn` (1-based, inclusive).
    public func slice(line number: Int, from startColumn: Int, through endColumn: Int? = nil) -> Substring {
        let line = self[number]
        // In an ASCII line (which holds no line break) a Character is a byte: no index is walked to.
        if number >= 1, number <= lines.count, asciiLines[number - 1] {
            let bytes = line.utf8
            let start = bytes.index(bytes.startIndex, offsetBy: min(max(0, startColumn - 1), bytes.count))
            guard let endColumn else { return Substring(bytes[start...]) }
            let end = bytes.index(bytes.startIndex, offsetBy: min(max(0, endColumn), bytes.count))
            return Substring(bytes[start..<max(start, end)])
        }
        let start =
            line.index(line.startIndex, offsetBy: max(0, startColumn - 1), limitedBy: line.endIndex) ?? line.endIndex
        guard let endColumn else { return line[start...] }
        let end = line.index(line.startIndex, offsetBy: max(0, endColumn), limitedBy: line.endIndex) ?? line.endIndex
        return line[start..<max(start, end)]
    }

    /// The Character column of the character that starts at 1-based byte column `byteColumn`.
    public func characterColumn(line: Int, byteColumn: Int) -> Int {
        var before = byteColumn - 1
        // A byte inside a character belongs to that character: back up to its first byte.
        if line >= 1, line <= lines.count, !asciiLines[line - 1] {
            let utf8 = lines[line - 1].utf8
            while before > 0, before < utf8.count, utf8[utf8.index(utf8.startIndex, offsetBy: before)] & 0xC0 == 0x80 {
                before -= 1
            }
        }
        return characterCount(line: line, bytes: before) + 1
    }

    /// The Character column of the character holding the byte at `byteColumn` (an inclusive end).
    public func characterEndColumn(line: Int, byteColumn: Int) -> Int {
        characterCount(line: line, bytes: byteColumn)
    }

    /// How many Characters the first `bytes` bytes of a line hold; a byte count past the line
    /// (a position on its break) counts on into the break as one column per byte.
    private func characterCount(line: Int, bytes: Int) -> Int {
        guard line >= 1, line <= lines.count, bytes > 0 else { return max(bytes, 0) }
        if asciiLines[line - 1] { return bytes }
        let utf8 = lines[line - 1].utf8
        let inLine = min(bytes, utf8.count)
        let prefix = utf8[utf8.startIndex..<utf8.index(utf8.startIndex, offsetBy: inLine)]
        return String(decoding: prefix, as: UTF8.self).count + (bytes - inLine)
    }
}
