import TextKit

/// The text of one scan as an array of Characters, full-width forms folded to ASCII.
///
/// Indices are Character offsets, so they map one to one onto the source columns. Folding
/// (`１２０` → `120`, `，` → `,`, `−` → `-`) happens once here so every lexer sees one alphabet.
struct ScanText {
    /// The folded Characters the lexers read.
    let chars: [Character]
    /// The text as written, and the UTF-8 offset where each Character starts (and, last, its
    /// end): a figure's text is sliced from it rather than joined from Characters. Nil for ASCII
    /// text, where a Character's offset is its index.
    private let source: String
    private let utf8Offsets: [Int]?
    /// Per Character, its folded scalar value when it is one scalar, `\n` (0x0A) for "\r\n", and
    /// `ScanText.compound` otherwise: the hot loops compare integers, not Characters.
    let keys: [UInt32]

    /// The key of a Character of several scalars (a digit with a combining mark is no digit).
    static let compound: UInt32 = 0xFFFF_FFFF

    /// Whether the text starts in the middle of a source line (a table cell), so its first
    /// figure cannot be a list or heading number, nor its first backticks a code fence.
    var startsMidLine = false

    init(_ text: String, startsMidLine: Bool = false) {
        self.startsMidLine = startsMidLine
        self.source = text
        if let ascii = Self.asciiCharacters(of: text) {
            (chars, keys) = ascii
            utf8Offsets = nil
            return
        }
        var chars: [Character] = [], keys: [UInt32] = [], utf8Offsets: [Int] = []
        let capacity = text.utf8.count
        chars.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        utf8Offsets.reserveCapacity(capacity + 1)
        var offset = 0
        for character in text {
            utf8Offsets.append(offset)
            offset += character.utf8.count
            let scalars = character.unicodeScalars
            let first = scalars.first!.value
            guard scalars.index(after: scalars.startIndex) == scalars.endIndex else {
                chars.append(character)
                keys.append(character == "\r\n" ? 0x0A : Self.compound)
                continue
            }
            let folded = CharacterFolding.fold(first)
            chars.append(folded == first ? character : Character(Unicode.Scalar(folded)!))
            keys.append(folded)
        }
        utf8Offsets.append(offset)
        self.utf8Offsets = utf8Offsets
        self.chars = chars
        self.keys = keys
    }

    /// The Characters and keys of a text of ASCII bytes without a carriage return (most
    /// table cells and English prose), where each byte is one Character that folds to itself: no
    /// grapheme breaking needed. Nil for any other text.
    private static func asciiCharacters(of text: String) -> (chars: [Character], keys: [UInt32])? {
        var text = text
        return text.withUTF8 { bytes in
            guard !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D }) else { return nil }
            // Filled in place: a scan is set up for every table cell, and appending one
            // Character at a time cost more than reading the cell.
            let table = Character.ofASCII
            let chars = [Character](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                for index in bytes.indices { (buffer.baseAddress! + index).initialize(to: table[Int(bytes[index])]) }
                count = bytes.count
            }
            return (chars, bytes.map(UInt32.init))
        }
    }

    var count: Int { chars.count }

    /// The folded Character at `index`, or `nil` outside the text (so lookups never trap).
    subscript(index: Int) -> Character? {
        index >= 0 && index < chars.count ? chars[index] : nil
    }

    /// Whether `index` holds a full-width comma after a half-width digit (`3,800，11 × …`): a
    /// clause break in CJK prose, not a mark inside a number.
    func isClauseComma(_ index: Int) -> Bool {
        guard self[index] == ",", isDigit(index - 1), utf8Offsets != nil else { return false }
        return original(index) == "，" && original(index - 1).isASCII
    }

    /// The key at `index` (see `keys`), `compound` outside the text.
    func key(_ index: Int) -> UInt32 { index >= 0 && index < keys.count ? keys[index] : Self.compound }

    func isDigit(_ index: Int) -> Bool { key(index) &- 0x30 < 10 }

    func isLatinLetter(_ index: Int) -> Bool {
        let key = key(index)
        if key < 0x80 { return (key | 0x20) &- 0x61 < 26 }
        return key >= 0xC0 && key < 0x250 && chars[index].isLetter
    }

    /// Whether `index` is a space that may stand between a number and its unit.
    func isInlineSpace(_ index: Int) -> Bool { CharacterFolding.isInlineSpace(key(index)) }

    /// Whether `word` is written at `index`; ASCII letters compare without case when asked.
    func matches(_ word: [Character], at index: Int, ignoringCase: Bool = false) -> Bool {
        guard index >= 0, index + word.count <= chars.count else { return false }
        for offset in word.indices {
            let have = chars[index + offset], want = word[offset]
            if have == want { continue }
            guard ignoringCase, let a = have.asciiValue, let b = want.asciiValue, a | 0x20 == b | 0x20,
                (a | 0x20) >= 0x61, (a | 0x20) <= 0x7A
            else { return false }
        }
        return true
    }

    /// Whether `word` ends just before `index`.
    func matches(_ word: [Character], endingBefore index: Int, ignoringCase: Bool = false) -> Bool {
        matches(word, at: index - word.count, ignoringCase: ignoringCase)
    }

    /// The source text of `range`, as written.
    func text(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = source.utf8
        let (start, end) =
            utf8Offsets.map { ($0[range.lowerBound], $0[range.upperBound]) } ?? (range.lowerBound, range.upperBound)
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        let upper = utf8.index(lower, offsetBy: end - start)
        return String(Substring(utf8[lower..<upper]))
    }

    /// The Character at `index` as written (before folding); `index` must be in the text.
    func original(_ index: Int) -> Character { Character(text(index..<(index + 1))) }

    /// The folded text of `range`, for building normalised strings.
    func foldedText(_ range: Range<Int>) -> String { String(chars[range]) }
}
