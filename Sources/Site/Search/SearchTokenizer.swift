import Foundation

/// Splits text into the terms search matches on, the same way in Swift at build time and in
/// `search.js` in the browser: Chinese and Japanese as overlapping pairs of characters,
/// French, English and other alphabetic text as lower-case words without accents.
public enum SearchTokenizer {
    /// The terms of `text` in order of first appearance, each once.
    public static func terms(_ text: String) -> [String] {
        var seen: Set<String> = []
        var out: [String] = []
        forEachTerm(text) { if seen.insert($0).inserted { out.append($0) } }
        return out
    }

    /// Calls `body` with every term of `text` in order, repeats included.
    public static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var ideographs: [Unicode.Scalar] = []
        func endWord() {
            if word.count >= 2 { body(String(word)) }
            word.removeAll()
        }
        func endRun() {
            if ideographs.count == 1 { body(String(ideographs[0])) }
            if ideographs.count >= 2 {
                for i in 0..<(ideographs.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(ideographs[i])
                    pair.append(ideographs[i + 1])
                    body(String(pair))
                }
            }
            ideographs.removeAll()
        }
        for scalar in text.unicodeScalars {
            if isIdeographic(scalar) {
                endWord()
                ideographs.append(scalar)
            } else if let folded = fold(scalar) {
                endRun()
                word.append(contentsOf: folded)
            } else if isCombiningMark(scalar) {
                continue
            } else {
                endWord()
                endRun()
            }
        }
        endWord()
        endRun()
    }

    /// Han, kana and Hangul: scripts written without spaces between words.
    static func isIdeographic(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3040...0x30FF, 0x31F0...0x31FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0xAC00...0xD7AF, 0xFF66...0xFF9D, 0x20000...0x2FA1F: return true
        default: return false
        }
    }

    static func isCombiningMark(_ s: Unicode.Scalar) -> Bool { (0x0300...0x036F).contains(s.value) }

    /// A letter or digit lower-cased without its accents (`É` → `e`), or nil for anything else.
    /// The browser does the same with `normalize("NFD")`, dropping U+0300–U+036F, `toLowerCase()`.
    static func fold(_ s: Unicode.Scalar) -> [Unicode.Scalar]? {
        if s.isASCII {
            switch s.value {
            case 0x30...0x39, 0x61...0x7A: return [s]
            case 0x41...0x5A: return [Unicode.Scalar(s.value + 32)!]
            default: return nil
            }
        }
        guard s.properties.isAlphabetic || s.properties.numericType != nil else { return nil }
        let decomposed = String(s).decomposedStringWithCanonicalMapping
        return decomposed.lowercased().unicodeScalars.filter { !isCombiningMark($0) }
    }
}
