import GFM

/// How long a page takes to read, counted the way each script is read.
///
/// Chinese and Japanese have no spaces between words, so they are counted in characters;
/// French and English are counted in words. Mixed text is split by script: in `使用 GPT-4o 模型`
/// the four Han characters count as characters and `GPT-4o` as one word, each at its own rate.
///
/// What counts (see `ReadingTime+Counting.swift`):
/// - paragraphs, headings, lists, quotes, footnotes, inline code and table cells are read;
///   cost reports carry their substance in tables, so a table's cells count like prose;
/// - fenced and indented code blocks are skipped (readers scan code, and a `chart` or
///   `mermaid` block is a picture, not text), as are image alt text and raw HTML.
public struct ReadingTime: Sendable, Equatable {
    /// Latin-script words (and numbers: `1 234,5` and `0.05` are one word each).
    public var words: Int
    /// Han characters, kana and other characters of scripts written without spaces.
    public var cjkCharacters: Int
    /// Whole minutes, rounded to the nearest and never below 1.
    public var minutes: Int

    /// Silent-reading rates, characters a minute. Chinese 440 and Japanese 650 are the rates this
    /// project settled on for screen reading of expository text (kana make Japanese text longer
    /// for the same content, hence the higher rate).
    public static let charactersPerMinute: [String: Int] = ["zh": 440, "ja": 650]
    /// Words a minute. English 230 (Brysbaert 2019 found 238 for non-fiction); French 200 from the
    /// IReST study (Trauzettel-Klosinski & Dietz 2012: 195 ± 26 words a minute), because French
    /// words are longer on average and so fewer are read a minute.
    public static let wordsPerMinute: [String: Int] = ["fr": 200, "en": 230]
    /// For languages without their own rate, and for the other script on a page: Latin words in
    /// Chinese text are read at the English rate, Han characters in French text at the Chinese.
    static let defaultCharactersPerMinute = 440
    static let defaultWordsPerMinute = 230

    public init(document: Node, language: String) {
        var counter = ReadingCounter()
        counter.add(document)
        self.init(words: counter.words, cjkCharacters: counter.cjkCharacters, language: language)
    }

    public init(text: String, language: String) {
        var counter = ReadingCounter()
        counter.add(text)
        self.init(words: counter.words, cjkCharacters: counter.cjkCharacters, language: language)
    }

    public init(words: Int, cjkCharacters: Int, language: String) {
        self.words = words
        self.cjkCharacters = cjkCharacters
        let primary = String(language.prefix { $0 != "-" }).lowercased()
        let cpm = Double(Self.charactersPerMinute[primary] ?? Self.defaultCharactersPerMinute)
        let wpm = Double(Self.wordsPerMinute[primary] ?? Self.defaultWordsPerMinute)
        let exact = Double(cjkCharacters) / cpm + Double(words) / wpm
        minutes = max(1, Int(exact.rounded(.toNearestOrAwayFromZero)))
    }

    /// The figure shown beside "words" (or 字, 文字): CJK characters plus Latin words, which is
    /// how Chinese and Japanese word counters report mixed text.
    public var count: Int { words + cjkCharacters }
}
