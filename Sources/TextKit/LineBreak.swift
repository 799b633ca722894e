/// What ends a line, decided once for every reader of source text: `\n`, `\r\n` and a lone
/// `\r` each end one, as cmark-gfm counts them, so every position names the same line.
public enum LineBreak {
    /// Where the line that starts at byte `start` ends (before its break) and where the next
    /// line starts; both are `bytes.count` for the last line.
    @inlinable
    public static func lineEnd<Bytes: RandomAccessCollection>(in bytes: Bytes, from start: Int) -> (contentEnd: Int, next: Int)
    where Bytes.Element == UInt8, Bytes.Index == Int {
        var i = start
        while i < bytes.endIndex {
            switch bytes[i] {
            case 0x0A: return (i, i + 1)
            case 0x0D: return (i, i + 1 < bytes.endIndex && bytes[i + 1] == 0x0A ? i + 2 : i + 1)
            default: i += 1
            }
        }
        return (i, i)
    }

    /// Whether a Character's scalar value ends a line. A `"\r\n"` Character is one grapheme,
    /// so a reader keying Characters by their first scalar sees it as `\r`.
    @inlinable
    public static func endsLine(scalarValue value: UInt32) -> Bool {
        value == 0x0A || value == 0x0D
    }

    /// The 1-based line and Character column of byte `offset` in bytes that need not be valid
    /// UTF-8 (a file being rejected for its encoding is still pointed into).
    public static func position(ofByte offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var lineStart = 0
        while true {
            let end = lineEnd(in: bytes, from: lineStart)
            guard end.next <= offset, end.next > end.contentEnd else { break }
            line += 1
            lineStart = end.next
        }
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
