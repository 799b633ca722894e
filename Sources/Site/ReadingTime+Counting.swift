import GFM

/// Walks a document or a string and counts CJK characters and Latin-script words.
///
/// Works on grapheme clusters, so `é` written as `e` + combining accent is one letter of one
/// word rather than a word break.
struct ReadingCounter {
    private(set) var words = 0
    private(set) var cjkCharacters = 0
    private var inWord = false
    private var lastWasDigit = false

    mutating func add(_ node: Node) {
        switch node.kind {
        case .codeBlock, .htmlBlock, .htmlInline, .image:
            return
        case .text(let text), .code(let text):
            add(text)
        case .softBreak, .lineBreak, .tableCell, .paragraph, .heading, .item:
            endWord()
            for child in node.children { add(child) }
            endWord()
        default:
            for child in node.children { add(child) }
        }
    }

    mutating func add(_ text: String) {
        for ch in text {
            if Self.isCJK(ch) {
                cjkCharacters += 1
                endWord()
            } else if ch.isLetter || ch.isNumber {
                if !inWord { words += 1 }
                inWord = true
                lastWasDigit = ch.isNumber
            } else if inWord, Self.wordJoiners.contains(ch) {
                // l'entreprise, peut-être, GPT-4o-mini: one word each.
                lastWasDigit = false
            } else if inWord, lastWasDigit, Self.numberJoiners.contains(ch) {
                // 1 234,5 (narrow no-break space), 0.05, 1,000: one number, not three words.
                lastWasDigit = false
            } else {
                endWord()
            }
        }
    }

    private mutating func endWord() {
        inWord = false
        lastWasDigit = false
    }

    static let wordJoiners: Set<Character> = ["'", "\u{2019}", "-", "\u{2011}", "_"]
    static let numberJoiners: Set<Character> = [".", ",", "\u{202F}", "\u{00A0}", "\u{2009}"]

    /// Scripts written without spaces between words: Han, kana, and the marks read with them.
    static func isCJK(_ ch: Character) -> Bool {
        guard let scalar = ch.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3005...0x3007,  // 々 〆 〇
             0x3040...0x309F,  // hiragana
             0x30A0...0x30FA, 0x30FC...0x30FF,  // katakana and ー, not the ・ separator
             0x31F0...0x31FF,  // katakana phonetic extensions
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,  // Han
             0xFF66...0xFF9F,  // halfwidth katakana
             0x20000...0x3134F:  // Han extensions B–G
            return true
        default:
            return false
        }
    }
}
