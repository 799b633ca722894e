/// The text of one scan as an array of Characters, full-width forms folded to ASCII.
///
/// Indices are Character offsets, so they map one to one onto the source columns. Folding
/// (`１２０` → `120`, `，` → `,`, `−` → `-`) happens once here so every lexer sees one alphabet.
struct ScanText {
    /// The folded Characters the lexers read.
    let chars: [Character]
    /// The Characters as written, for `ScannedNumber.text`.
    let original: [Character]

    init(_ text: String) {
        original = Array(text)
        chars = original.map(CharacterFolding.fold)
    }

    var count: Int { chars.count }

    /// The folded Character at `index`, or `nil` outside the text (so lookups never trap).
    subscript(index: Int) -> Character? {
        index >= 0 && index < chars.count ? chars[index] : nil
    }

    func isDigit(_ index: Int) -> Bool { self[index].map(CharacterFolding.isDigit) ?? false }

    func isLatinLetter(_ index: Int) -> Bool { self[index].map(CharacterFolding.isLatinLetter) ?? false }

    /// Whether `index` is a space that may stand between a number and its unit.
    func isInlineSpace(_ index: Int) -> Bool { self[index].map(CharacterFolding.isInlineSpace) ?? false }

    /// Whether `word` is written at `index`; ASCII letters compare without case when asked.
    func matches(_ word: [Character], at index: Int, ignoringCase: Bool = false) -> Bool {
        guard index >= 0, index + word.count <= chars.count else { return false }
        for offset in word.indices {
            let have = chars[index + offset], want = word[offset]
            if have == want { continue }
            guard ignoringCase, let a = have.asciiValue, let b = want.asciiValue, a | 0x20 == b | 0x20,
                  (a | 0x20) >= 0x61, (a | 0x20) <= 0x7A else { return false }
        }
        return true
    }

    /// Whether `word` ends just before `index`.
    func matches(_ word: [Character], endingBefore index: Int, ignoringCase: Bool = false) -> Bool {
        matches(word, at: index - word.count, ignoringCase: ignoringCase)
    }

    /// The source text of `range`, as written.
    func text(_ range: Range<Int>) -> String { String(original[range]) }

    /// The folded text of `range`, for building normalised strings.
    func foldedText(_ range: Range<Int>) -> String { String(chars[range]) }
}
