/// A table of words (scale words, currencies, units) found by longest match at a position.
///
/// Words are kept as scalar values and compared with `ScanText.keys`, and entries are bucketed
/// by first (and last) scalar, so a lookup costs a few integer compares. A word ending in a
/// Latin letter must end where the text's word ends (`M` matches in `10M` and `10M输入`, not in
/// `10Mo`), so that an identifier is never read as a unit.
struct Lexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [UInt32]
        let text: String
        let value: Value
        let startsWithLatinLetter: Bool
        let endsWithLatinLetter: Bool
    }

    /// A match: the value, the word as listed, and where it starts and ends in the text.
    struct Match {
        let value: Value
        let word: String
        let start: Int
        let end: Int
    }

    private let byFirst: [UInt32: [Entry]]
    private let byLast: [UInt32: [Entry]]
    private let ignoresCase: Bool
    /// The ASCII keys that start (end) an entry, one bit each: most positions a scanner asks
    /// about are ASCII and start no word, which a bit answers without hashing.
    private let asciiFirsts: ASCIIKeys
    private let asciiLasts: ASCIIKeys

    /// Builds the table; every word must be made of single-scalar Characters.
    init(_ pairs: [(String, Value)], ignoresCase: Bool = false) {
        self.ignoresCase = ignoresCase
        var byFirst: [UInt32: [Entry]] = [:], byLast: [UInt32: [Entry]] = [:]
        for (word, value) in pairs {
            let scalars = word.unicodeScalars.map(\.value)
            let entry = Entry(
                word: scalars, text: word, value: value,
                startsWithLatinLetter: CharacterFolding.isLatinLetter(word.first!),
                endsWithLatinLetter: CharacterFolding.isLatinLetter(word.last!)
            )
            byFirst[Self.fold(scalars.first!, ignoresCase), default: []].append(entry)
            byLast[Self.fold(scalars.last!, ignoresCase), default: []].append(entry)
        }
        self.byFirst = byFirst.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        self.byLast = byLast.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        asciiFirsts = ASCIIKeys(byFirst.keys)
        asciiLasts = ASCIIKeys(byLast.keys)
    }

    /// A set of ASCII keys as two 64-bit masks.
    private struct ASCIIKeys: Sendable {
        private var low: UInt64 = 0, high: UInt64 = 0

        init(_ keys: some Sequence<UInt32>) {
            for key in keys where key < 128 {
                if key < 64 { low |= 1 << UInt64(key) } else { high |= 1 << UInt64(key - 64) }
            }
        }

        /// Whether `key` may be in the set: false only for an ASCII key that is not.
        func mayContain(_ key: UInt32) -> Bool {
            guard key < 128 else { return true }
            return key < 64 ? low & (1 << UInt64(key)) != 0 : high & (1 << UInt64(key - 64)) != 0
        }
    }

    /// The longest entry written at `index`, if any.
    func match(in text: ScanText, at index: Int) -> Match? {
        let key = Self.fold(text.key(index), ignoresCase)
        guard asciiFirsts.mayContain(key), let candidates = byFirst[key] else { return nil }
        for entry in candidates where matches(entry, in: text, at: index) {
            let end = index + entry.word.count
            if entry.endsWithLatinLetter, text.isLatinLetter(end) { continue }
            return Match(value: entry.value, word: entry.text, start: index, end: end)
        }
        return nil
    }

    /// The longest entry ending just before `index`, whose Latin start is not glued to a letter.
    func match(in text: ScanText, endingBefore index: Int) -> Match? {
        let key = Self.fold(text.key(index - 1), ignoresCase)
        guard asciiLasts.mayContain(key), let candidates = byLast[key] else { return nil }
        for entry in candidates {
            let start = index - entry.word.count
            guard matches(entry, in: text, at: start) else { continue }
            if entry.startsWithLatinLetter, text.isLatinLetter(start - 1) { continue }
            return Match(value: entry.value, word: entry.text, start: start, end: index)
        }
        return nil
    }

    private func matches(_ entry: Entry, in text: ScanText, at index: Int) -> Bool {
        guard index >= 0, index + entry.word.count <= text.count else { return false }
        for (offset, scalar) in entry.word.enumerated()
        where Self.fold(text.keys[index + offset], ignoresCase) != Self.fold(scalar, ignoresCase) {
            return false
        }
        return true
    }

    /// ASCII letters in lower case when the table ignores case.
    private static func fold(_ scalar: UInt32, _ ignoresCase: Bool) -> UInt32 {
        ignoresCase && (scalar | 0x20) &- 0x61 < 26 ? scalar | 0x20 : scalar
    }
}
