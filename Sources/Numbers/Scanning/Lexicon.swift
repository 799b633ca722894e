/// A table of words (scale words, currencies, units) found by longest match at a position.
///
/// Entries are bucketed by first Character so a lookup touches only the few that could match.
/// A word made of Latin letters must end where the text's word ends (`M` matches in `10M` and
/// `10M输入`, not in `10Mo`), so that an identifier is never read as a unit.
struct Lexicon<Value: Sendable>: Sendable {
    struct Entry: Sendable {
        let word: [Character]
        let value: Value
        let endsInLatinLetter: Bool
    }

    /// A match: the value, the word as listed, and where it starts and ends in the text.
    struct Match {
        let value: Value
        let word: String
        let start: Int
        let end: Int
    }

    private let buckets: [Character: [Entry]]
    /// The same entries keyed by last Character, for matches that end before a position.
    private let bucketsByLast: [Character: [Entry]]
    private let ignoresCase: Bool

    init(_ pairs: [(String, Value)], ignoresCase: Bool = false) {
        self.ignoresCase = ignoresCase
        var buckets: [Character: [Entry]] = [:]
        var bucketsByLast: [Character: [Entry]] = [:]
        for (word, value) in pairs {
            let characters = Array(word)
            let entry = Entry(word: characters, value: value, endsInLatinLetter: CharacterFolding.isLatinLetter(characters.last!))
            buckets[Self.key(characters[0], ignoresCase: ignoresCase), default: []].append(entry)
            bucketsByLast[Self.key(characters.last!, ignoresCase: ignoresCase), default: []].append(entry)
        }
        self.buckets = buckets.mapValues { $0.sorted { $0.word.count > $1.word.count } }
        self.bucketsByLast = bucketsByLast.mapValues { $0.sorted { $0.word.count > $1.word.count } }
    }

    /// The longest entry written at `index`, if any.
    func match(in text: ScanText, at index: Int) -> Match? {
        guard let first = text[index], let candidates = buckets[Self.key(first, ignoresCase: ignoresCase)] else { return nil }
        for entry in candidates where text.matches(entry.word, at: index, ignoringCase: ignoresCase) {
            let end = index + entry.word.count
            if entry.endsInLatinLetter, text.isLatinLetter(end) { continue }
            return Match(value: entry.value, word: String(entry.word), start: index, end: end)
        }
        return nil
    }

    /// The longest entry ending just before `index`, whose Latin start is not glued to a letter.
    func match(in text: ScanText, endingBefore index: Int) -> Match? {
        guard let last = text[index - 1], let candidates = bucketsByLast[Self.key(last, ignoresCase: ignoresCase)] else { return nil }
        for entry in candidates {
            let start = index - entry.word.count
            guard text.matches(entry.word, at: start, ignoringCase: ignoresCase) else { continue }
            if CharacterFolding.isLatinLetter(entry.word[0]), text.isLatinLetter(start - 1) { continue }
            return Match(value: entry.value, word: String(entry.word), start: start, end: index)
        }
        return nil
    }

    private static func key(_ character: Character, ignoresCase: Bool) -> Character {
        guard ignoresCase, let ascii = character.asciiValue, (ascii | 0x20) >= 0x61, (ascii | 0x20) <= 0x7A else { return character }
        return Character(Unicode.Scalar(ascii | 0x20))
    }
}
