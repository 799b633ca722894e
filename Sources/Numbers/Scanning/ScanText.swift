/// The text of one scan as an array of Characters, full-width forms folded to ASCII.
///
/// Indices are Character offsets, so they map one to one onto the source columns. Folding
/// (`１２０` → `120`, `，` → `,`, `−` → `-`) happens once here so every lexer sees one alphabet.
struct ScanText {
    /// The folded Characters the lexers read.
    let chars: [Character]
    /// The Characters as written, for `ScannedNumber.text`.
    let original: [Character]
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
        var original: [Character] = [], chars: [Character] = [], keys: [UInt32] = []
        let capacity = text.utf8.count
        original.reserveCapacity(capacity)
        chars.reserveCapacity(capacity)
        keys.reserveCapacity(capacity)
        for character in text {
            original.append(character)
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
        self.original = original
        self.chars = chars
        self.keys = keys
    }

    var count: Int { chars.count }

    /// The folded Character at `index`, or `nil` outside the text (so lookups never trap).
    subscript(index: Int) -> Character? {
        index >= 0 && index < chars.count ? chars[index] : nil
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
    /// Most prefixes, scale words and suffixes of a figure are empty or one Character long.
    func text(_ range: Range<Int>) -> String {
        switch range.count {
        case 0: return ""
        case 1: return String(original[range.lowerBound])
        default: return String(original[range])
        }
    }

    /// The folded text of `range`, for building normalised strings.
    func foldedText(_ range: Range<Int>) -> String { String(chars[range]) }
}
