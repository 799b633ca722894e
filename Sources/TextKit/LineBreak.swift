/// What ends a line, decided once for every reader of source text: `\n`, `\r\n` and a lone
/// `\r` each end one, as cmark-gfm counts them, so every position names the same line.
public enum LineBreak {
    /// Where the line that starts at byte `start` ends (before its break) and where the next
    /// line starts; both are `bytes.count` for the last line. Not generic: every file's bytes
    /// pass through here, and an unspecialised collection costs a call per byte.
    public static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (contentEnd: Int, next: Int) {
        let count = bytes.count
        var i = start
        while i < count {
            let byte = bytes[i]
            if byte == 0x0A { return (i, i + 1) }
            if byte == 0x0D { return (i, i + 1 < count && bytes[i + 1] == 0x0A ? i + 2 : i + 1) }
            i += 1
        }
        return (i, i)
    }

    /// `lineEnd(in:from:)` for an array.
    public static func lineEnd(in bytes: [UInt8], from start: Int) -> (contentEnd: Int, next: Int) {
        bytes.withUnsafeBufferPointer { lineEnd(in: $0, from: start) }
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
