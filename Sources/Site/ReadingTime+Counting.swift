import GFM

/// Walks a document or a string and counts CJK characters and Latin-script words.
///
/// Works on grapheme clusters, so `é` written as `e` + combining accent is one letter of one
/// word rather than a word break.
struct ReadingCounter: MarkupWalker {
    private(set) var words = 0
    private(set) var cjkCharacters = 0
    private var inWord = false
    private var lastWasDigit = false

    /// Code, raw HTML and images are not read; a break, a cell, a paragraph, a heading or a
    /// list item ends the word before it and the one inside it.
    mutating func add(_ node: Node) {
        walk(node)
    }

    mutating func enter(_ node: Node) -> WalkDecision {
        switch node.kind {
        case .codeBlock, .htmlBlock, .htmlInline, .image:
            return .skipChildren
        case .text(let text), .code(let text):
            add(text)
        case .softBreak, .lineBreak, .tableCell, .paragraph, .heading, .item:
            endWord()
        default:
            break
        }
        return .visitChildren
    }

    mutating func exit(_ node: Node) {
        switch node.kind {
        case .softBreak, .lineBreak, .tableCell, .paragraph, .heading, .item: endWord()
        default: break
        }
    }

    /// Walks Unicode scalars rather than Characters, whose grapheme breaking and properties are
    /// costly for every character of every page. A
    /// cluster is classified by its first scalar, as `Character.isLetter` does, and the marks
    /// that extend it (combining accents, variation selectors, joiners) are skipped with it.
    mutating func add(_ text: String) {
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                let b = UInt8(v)
                if (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                    letter(isDigit: false)
                } else if b >= 0x30 && b <= 0x39 {
                    letter(isDigit: true)
                } else if inWord, b == 0x27 || b == 0x2D || b == 0x5F {
                    lastWasDigit = false
                } else if inWord, lastWasDigit, b == 0x2E || b == 0x2C {
                    lastWasDigit = false
                } else {
                    endWord()
                }
            } else if Self.isCJK(scalar) {
                cjkCharacters += 1
                endWord()
            } else if Self.extendsCluster(scalar) {
                continue
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                letter(isDigit: scalar.properties.numericType != nil)
            } else if inWord, v == 0x2019 || v == 0x2011 {
                lastWasDigit = false
            } else if inWord, lastWasDigit, v == 0x202F || v == 0x00A0 || v == 0x2009 {
                lastWasDigit = false
            } else {
                endWord()
            }
        }
    }

    private mutating func letter(isDigit: Bool) {
        if !inWord { words += 1 }
        inWord = true
        lastWasDigit = isDigit
    }

    /// Scalars that belong to the cluster before them: marks, joiners, variation selectors.
    static func extendsCluster(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value == 0x200D { return true }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return scalar.properties.isGraphemeExtend
        }
    }

    private mutating func endWord() {
        inWord = false
        lastWasDigit = false
    }

    // Word joiners: ' ’ - ‑ _ (l'entreprise, peut-être, GPT-4o-mini: one word each).
    // Number joiners: . , and the narrow, no-break and thin spaces (1 234,5, 0.05: one number).

    /// Scripts written without spaces between words: Han, kana, and the marks read with them.
    static func isCJK(_ ch: Character) -> Bool {
        guard let scalar = ch.unicodeScalars.first else { return false }
        return isCJK(scalar)
    }

    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
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
