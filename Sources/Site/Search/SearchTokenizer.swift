import Foundation

/// Splits text into the terms search matches on, the same way in Swift at build time and in
/// `search.js` in the browser: Chinese and Japanese as overlapping pairs of characters,
/// French, English and other alphabetic text as lower-case words without accents.
public enum SearchTokenizer {
    /// The terms of `text` in order of first appearance, each once.
    public static func terms(_ text: String) -> [String] {
        var seen: Set<Term> = []
        var out: [String] = []
        forEachTerm(text) { if seen.insert(Term($0)).inserted { out.append($0) } }
        return out
    }

    /// A term as a set or dictionary key, compared and hashed by its UTF-8 bytes: terms come out
    /// of the tokenizer already folded, and hashing them as Strings normalised every CJK pair again.
    struct Term: Hashable {
        let text: String
        init(_ text: String) { self.text = text }

        static func == (a: Term, b: Term) -> Bool { a.text.utf8.elementsEqual(b.text.utf8) }

        func hash(into hasher: inout Hasher) {
            let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
            if hashed == nil { for byte in text.utf8 { hasher.combine(byte) } }
        }
    }

    /// Calls `body` with every term of `text` in order, repeats included.
    public static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        // Terms are put together as UTF-8 bytes: growing a String's scalar view scalar by
        // scalar cost more than everything else in indexing a language's pages.
        var word: [UInt8] = []
        var wordLength = 0
        var ideographs: [Unicode.Scalar] = []
        // Folding a letter outside ASCII goes through Foundation; a text repeats few of them.
        var folds: [UInt32: [Unicode.Scalar]?] = [:]
        var pair: [UInt8] = []
        func foldRemembered(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
            if let known = folds[scalar.value] { return known }
            let folded = fold(scalar)
            folds[scalar.value] = folded
            return folded
        }
        func endWord() {
            if wordLength >= 2 { body(String(decoding: word, as: UTF8.self)) }
            word.removeAll(keepingCapacity: true)
            wordLength = 0
        }
        func endRun() {
            if ideographs.count == 1 { body(String(ideographs[0])) }
            if ideographs.count >= 2 {
                for i in 0..<(ideographs.count - 1) {
                    pair.removeAll(keepingCapacity: true)
                    UTF8.encode(ideographs[i]) { pair.append($0) }
                    UTF8.encode(ideographs[i + 1]) { pair.append($0) }
                    body(String(decoding: pair, as: UTF8.self))
                }
            }
            ideographs.removeAll(keepingCapacity: true)
        }
        for scalar in text.unicodeScalars {
            if isIdeographic(scalar) {
                endWord()
                ideographs.append(scalar)
            } else if scalar.isASCII, let folded = foldASCII(scalar) {
                if !ideographs.isEmpty { endRun() }
                word.append(UInt8(folded.value))
                wordLength += 1
            } else if !scalar.isASCII, let folded = foldRemembered(scalar) {
                if !ideographs.isEmpty { endRun() }
                for s in folded { UTF8.encode(s) { word.append($0) } }
                wordLength += folded.count
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
        if s.isASCII { return foldASCII(s).map { [$0] } }
        guard s.properties.isAlphabetic || s.properties.numericType != nil else { return nil }
        let decomposed = String(s).decomposedStringWithCanonicalMapping
        return decomposed.lowercased().unicodeScalars.filter { !isCombiningMark($0) }
    }

    static func foldASCII(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        switch s.value {
        case 0x30...0x39, 0x61...0x7A: return s
        case 0x41...0x5A: return Unicode.Scalar(UInt8(s.value + 32))
        default: return nil
        }
    }
}
