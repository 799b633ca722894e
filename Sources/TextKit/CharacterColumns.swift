/// `SourceLines.characterColumn` and `characterEndColumn` for the many positions of one parse.
///
/// A C parser reports a byte column for the start and end of every node, and `SourceLines`
/// counts the Characters before each from its line's start: a long line of CJK text with many
/// inline nodes was walked again for each of them. Here each non-ASCII line's Character starts
/// are found once, on its first position, and a position is looked up among them.
public struct CharacterColumns {
    public let lines: SourceLines
    /// The non-ASCII lines asked about so far, by number.
    private var known: [Int: Line] = [:]

    /// A line's bytes, and the offset where each of its Characters starts.
    private struct Line {
        var utf8: [UInt8]
        var starts: [Int]
    }

    public init(_ lines: SourceLines) { self.lines = lines }

    /// The Character column of the character that starts at 1-based byte column `byteColumn`.
    public mutating func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard let text = nonASCII(line) else { return lines.characterColumn(line: line, byteColumn: byteColumn) }
        var before = byteColumn - 1
        // A byte inside a character belongs to that character: back up to its first byte.
        while before > 0, before < text.utf8.count, text.utf8[before] & 0xC0 == 0x80 { before -= 1 }
        return characterCount(line: line, bytes: before, text: text) + 1
    }

    /// The Character column of the character holding the byte at `byteColumn` (an inclusive end).
    public mutating func characterEndColumn(line: Int, byteColumn: Int) -> Int {
        guard let text = nonASCII(line) else { return lines.characterEndColumn(line: line, byteColumn: byteColumn) }
        return characterCount(line: line, bytes: byteColumn, text: text)
    }

    private mutating func nonASCII(_ number: Int) -> Line? {
        guard number >= 1, number <= lines.count, !lines.isASCII(line: number) else { return nil }
        if let line = known[number] { return line }
        // Walked as a String: stepping through a Substring checks each index against its bounds.
        let text = String(lines.lines[number - 1])
        var line = Line(utf8: Array(text.utf8), starts: [])
        line.starts.reserveCapacity(line.utf8.count)
        if Self.isEachScalarACharacter(text) {
            for (offset, byte) in line.utf8.enumerated() where byte & 0xC0 != 0x80 { line.starts.append(offset) }
        } else {
            var offset = 0
            for character in text {
                line.starts.append(offset)
                offset += character.utf8.count
            }
        }
        known[number] = line
        return line
    }

    /// Whether every scalar of `text` is a Character of its own, so the Characters start where the
    /// scalars do and no grapheme breaking is needed (most CJK lines, and Latin ones with accents
    /// or signs). True when each scalar is ASCII other than CR, a precomposed Latin letter or
    /// modifier (up to U+02FF, below the combining marks), general punctuation (not the
    /// zero-width joiners and controls U+200B–200F, 2028–202F, 205F–206F), a currency sign, a
    /// letterlike symbol, an arrow or a mathematical or technical sign (`×`, `−`, `→`), or CJK
    /// punctuation, kana, an ideograph or a full-width form that neither extends nor joins what
    /// stands before it (not U+302A–302F, U+3099–309A, nor the half-width forms from U+FF61
    /// with their sound marks).
    public static func isEachScalarACharacter(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(isOneScalarCharacter)
    }

    /// Whether `scalar` is one of `isEachScalarACharacter`'s: beside others of them, it is a
    /// Character of its own.
    public static func isOneScalarCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x0D, 0x0E...0x02FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20C0, 0x2100...0x214F,
            0x2190...0x23FF, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF,
            0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            return true
        default:
            return false
        }
    }

    /// How many Characters the first `bytes` bytes of the line hold, as `SourceLines` counts them.
    private func characterCount(line: Int, bytes: Int, text: Line) -> Int {
        guard bytes > 0 else { return max(bytes, 0) }
        let inLine = min(bytes, text.utf8.count)
        // A count that ends inside a scalar decodes its partial bytes as a replacement
        // character; such a rare position is counted as `SourceLines` does.
        if inLine < text.utf8.count, text.utf8[inLine] & 0xC0 == 0x80 {
            return lines.characterEndColumn(line: line, byteColumn: bytes)
        }
        // A grapheme break depends on the scalars before it and the one after, so the breaks
        // within a prefix are the whole line's: the prefix holds the Characters it starts.
        var low = 0, high = text.starts.count
        while low < high {
            let middle = (low + high) / 2
            if text.starts[middle] < inLine { low = middle + 1 } else { high = middle }
        }
        return low + (bytes - inLine)
    }
}
