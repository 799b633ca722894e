import GFM

/// How long a page takes to read, counted the way each script is read.
///
/// Chinese and Japanese have no spaces between words, so they are counted in characters;
/// Latin-script text is counted in words. Code blocks are skipped (readers scan them rather than
/// read them); table cells count as text. Rates are published averages for silent reading.
public struct ReadingTime: Sendable, Equatable {
    public var words: Int
    public var cjkCharacters: Int
    public var minutes: Int

    /// Characters a minute for Chinese and Japanese, words a minute for Latin scripts.
    public static let charactersPerMinute: [String: Int] = ["zh": 440, "ja": 650]
    public static let wordsPerMinute: [String: Int] = ["fr": 200, "en": 230]

    public init(document: Node, language: String) {
        var words = 0
        var cjk = 0
        document.forEach { node in
            if case .text(let text) = node.kind { Self.count(text, words: &words, cjk: &cjk) }
        }
        self.init(words: words, cjkCharacters: cjk, language: language)
    }

    public init(words: Int, cjkCharacters: Int, language: String) {
        self.words = words
        self.cjkCharacters = cjkCharacters
        let primary = String(language.prefix { $0 != "-" })
        let cpm = Double(Self.charactersPerMinute[primary] ?? 440)
        let wpm = Double(Self.wordsPerMinute[primary] ?? 230)
        let exact = Double(cjkCharacters) / cpm + Double(words) / wpm
        minutes = max(1, Int(exact.rounded(.up)))
    }

    /// The figure shown beside "words": CJK characters plus Latin words.
    public var count: Int { words + cjkCharacters }

    static func count(_ text: String, words: inout Int, cjk: inout Int) {
        var inWord = false
        for scalar in text.unicodeScalars {
            if isCJK(scalar) {
                cjk += 1
                inWord = false
            } else if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                if !inWord { words += 1 }
                inWord = true
            } else if scalar == "'" || scalar == "’" || scalar == "-" {
                continue
            } else {
                inWord = false
            }
        }
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }
}
