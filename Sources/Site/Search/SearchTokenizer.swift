import Foundation

/// Splits text into the terms search matches on, the same way in Swift at build time and in
/// `search.js` in the browser: Chinese and Japanese as overlapping pairs of characters,
/// French, English and other alphabetic text as lower-case words without accents.
public enum SearchTokenizer {
    /// The terms of `text` in order of first appearance, each once.
    public static func terms(_ text: String) -> [String] {
        uniqueKeys(text).map(\.text)
    }

    /// Calls `body` with every term of `text` in order, repeats included.
    public static func forEachTerm(_ text: String, _ body: (String) -> Void) {
        forEachKey(text) { body($0.text) }
    }

    /// The terms of `text` as keys, in order of first appearance, each once, at most `limit`.
    static func uniqueKeys(_ text: String, limit: Int = .max) -> [Key] {
        var seen: Set<Key> = []
        var out: [Key] = []
        forEachKey(text) { key in
            if out.count < limit, seen.insert(key).inserted { out.append(key) }
        }
        return out
    }

    /// A term as a set or dictionary key: one or two ideographs packed into a number, a word by its
    /// UTF-8 bytes. Indexing a language made a String of every character pair and hashed it
    /// through Unicode normalisation, which was most of what a one-page rebuild cost.
    enum Key: Hashable {
        case ideographs(UInt64)
        case word(String)

        init(_ first: Unicode.Scalar, _ second: Unicode.Scalar?) {
            self = .ideographs(UInt64(first.value) << 21 | UInt64(second?.value ?? 0x1F_FFFF))
        }

        var text: String {
            switch self {
            case .ideographs(let packed):
                var text = String(Unicode.Scalar(UInt32(packed >> 21))!)
                let second = UInt32(packed & 0x1F_FFFF)
                if second != 0x1F_FFFF { text.unicodeScalars.append(Unicode.Scalar(second)!) }
                return text
            case .word(let word): return word
            }
        }

        static func == (a: Key, b: Key) -> Bool {
            switch (a, b) {
            case let (.ideographs(x), .ideographs(y)): return x == y
            case let (.word(x), .word(y)): return x.utf8.elementsEqual(y.utf8)
            default: return false
            }
        }

        func hash(into hasher: inout Hasher) {
            switch self {
            case .ideographs(let packed): hasher.combine(packed)
            case .word(let word):
                let hashed: Void? = word.utf8.withContiguousStorageIfAvailable {
                    hasher.combine(bytes: UnsafeRawBufferPointer($0))
                }
                if hashed == nil { for byte in word.utf8 { hasher.combine(byte) } }
            }
        }
    }

    static func forEachKey(_ text: String, _ body: (Key) -> Void) {
        // Words are put together as UTF-8 bytes: growing a String's scalar view scalar by
        // scalar cost more than everything else in indexing a language's pages.
        var word: [UInt8] = []
        var wordLength = 0
        var ideographs: [Unicode.Scalar] = []
        // Folding a letter outside ASCII goes through Foundation; a text repeats few of them.
        var folds: [UInt32: [Unicode.Scalar]?] = [:]
        func foldRemembered(_ scalar: Unicode.Scalar) -> [Unicode.Scalar]? {
            if let known = folds[scalar.value] { return known }
            let folded = fold(scalar)
            folds[scalar.value] = folded
            return folded
        }
        func endWord() {
            if wordLength >= 2 { body(.word(String(decoding: word, as: UTF8.self))) }
            word.removeAll(keepingCapacity: true)
            wordLength = 0
        }
        func endRun() {
            if ideographs.count == 1 { body(Key(ideographs[0], nil)) }
            if ideographs.count >= 2 {
                for i in 0..<(ideographs.count - 1) { body(Key(ideographs[i], ideographs[i + 1])) }
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
            0xAC00...0xD7AF, 0xFF66...0xFF9D, 0x20000...0x2FA1F:
            return true
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
