/// Turns cmark-gfm's 1-based UTF-8 byte columns into 1-based Character columns.
///
/// A CJK character is three bytes, so without this every figure after Chinese text would be
/// reported several columns too far right.
struct ColumnConverter {
    private let text: String
    /// Byte offset where each line starts; index 0 is line 1.
    private let lineStarts: [Int]
    private let asciiLines: [Bool]

    init(_ text: String) {
        self.text = text
        var starts = [0]
        var ascii = [Bool]()
        var lineIsASCII = true
        var offset = 0
        for byte in text.utf8 {
            offset += 1
            if byte >= 0x80 { lineIsASCII = false }
            if byte == UInt8(ascii: "\n") {
                starts.append(offset)
                ascii.append(lineIsASCII)
                lineIsASCII = true
            }
        }
        ascii.append(lineIsASCII)
        lineStarts = starts
        asciiLines = ascii
    }

    /// The column of the character that starts at `byteColumn`.
    func characterColumn(line: Int, byteColumn: Int) -> Int {
        characterCount(line: line, bytes: byteColumn - 1) + 1
    }

    /// The column of the character that contains the byte at `byteColumn` (an inclusive end).
    func characterEndColumn(line: Int, byteColumn: Int) -> Int {
        characterCount(line: line, bytes: byteColumn)
    }

    /// The text of a 1-based line of the parsed text (without its line break), relative to the parse.
    func lineText(_ line: Int) -> Substring {
        guard line >= 1, line <= lineStarts.count else { return "" }
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line - 1])
        let end = line < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[line] - 1) : utf8.endIndex
        return Substring(text[start..<end]).trimmingSuffix("\r")
    }

    private func characterCount(line: Int, bytes: Int) -> Int {
        guard line >= 1, line <= lineStarts.count, bytes > 0 else { return max(bytes, 0) }
        if asciiLines[line - 1] { return bytes }
        let utf8 = text.utf8
        let lineStart = lineStarts[line - 1]
        let startIndex = utf8.index(utf8.startIndex, offsetBy: lineStart)
        let available = utf8.distance(from: startIndex, to: utf8.endIndex)
        let endIndex = utf8.index(startIndex, offsetBy: min(bytes, available))
        return String(decoding: utf8[startIndex..<endIndex], as: UTF8.self).count
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: Character) -> Substring {
        last == suffix ? dropLast() : self
    }
}
