import Foundation
import TextKit

extension StringProtocol {
    /// Whether `needle` occurs in the text, comparing UTF-8 bytes.
    ///
    /// Foundation's `contains` bridges to NSString and runs a locale-aware search, which the
    /// total-row and header lookups of every page cannot afford. Labels and headers come from one
    /// file and are compared as written, so bytes are enough. An empty needle is not found, as
    /// with Foundation.
    ///
    /// A haystack or needle with contiguous UTF-8 (a native String or a Substring of one) is
    /// searched where it lies: copying a paragraph's Substring for each of dozens of words cost
    /// more than searching it.
    func containsLiteral(_ needle: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { h in
            needle.utf8.withContiguousStorageIfAvailable { n in !n.isEmpty && h.containsBytes(n) }
        }
        if let found = found ?? nil { return found }
        var haystack = String(self)
        var needle = String(needle)
        guard !needle.isEmpty, needle.utf8.count <= haystack.utf8.count else { return false }
        return haystack.withUTF8 { h in needle.withUTF8 { n in h.containsBytes(n) } }
    }
}

extension String {
    /// Whether `word` stands in the text as a word. A word in Latin letters needs no letter right
    /// before it (the `plus` of `surplus`) nor after it unless it ends in an accented letter,
    /// which may take an ending (`augmenté`, `augmentée`); a word in any other script (`比`,
    /// `より`) stands wherever it occurs, except right before one of `excludedAfter` (`比例`).
    func containsWord(_ word: String, excludingBefore excludedAfter: Set<Character> = []) -> Bool {
        let isLatin = word.first?.isLatinLetter ?? false
        var from = startIndex
        while let range = range(of: word, range: from..<endIndex) {
            from = range.upperBound
            let next: Character = range.upperBound == endIndex ? " " : self[range.upperBound]
            if excludedAfter.contains(next) { continue }
            guard isLatin else { return true }
            let prior: Character = range.lowerBound == startIndex ? " " : self[index(before: range.lowerBound)]
            if !prior.isLetter, !next.isLetter || !(word.last?.isASCII ?? true) { return true }
        }
        return false
    }

    /// Foundation's `contains`, asked only when the needle's bytes occur: Foundation bridges to
    /// NSString for every call, and a header or label rarely holds the needle. For a needle of
    /// ASCII, Latin-1 or unified ideographs, which nothing else decomposes to but a CJK
    /// compatibility ideograph, Foundation finds nothing where neither occurs.
    func mayContain(_ needle: String) -> Bool {
        (containsLiteral(needle) || hasCompatibilityIdeograph) && contains(needle)
    }

    /// Whether a CJK compatibility ideograph (U+F900–FAFF: EF A4–AB …; U+2F800–2FA1F: F0 AF …)
    /// occurs, which is canonically a unified ideograph.
    private var hasCompatibilityIdeograph: Bool {
        var previous: UInt8 = 0
        for byte in utf8 {
            if previous == 0xEF && byte &- 0xA4 < 8 || previous == 0xF0 && byte == 0xAF { return true }
            previous = byte
        }
        return false
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// Whether `byte` occurs, found with `memchr`.
    func containsByte(_ byte: UInt8) -> Bool {
        guard let base = baseAddress else { return false }
        return memchr(base, Int32(byte), count) != nil
    }

    /// Whether `needle` occurs, its first byte found with `memchr`: every label is searched for
    /// the total words of every language, most of which it does not hold.
    func containsBytes(_ needle: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = baseAddress, let first = needle.first, let rest = needle.baseAddress.map({ $0 + 1 }),
            needle.count <= count
        else { return false }
        var start = base
        let lastStart = base + (count - needle.count)
        while start <= lastStart, let hit = memchr(start, Int32(first), lastStart - start + 1) {
            let candidate = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self))
            if memcmp(candidate + 1, rest, needle.count - 1) == 0 { return true }
            start = candidate + 1
        }
        return false
    }
}

extension RandomAccessCollection where Element == UInt8, Index == Int {
    /// Where `needle` first occurs. The standard library's `firstRange(of:)` is generic across
    /// modules and looked up type metadata on every call; formula comments searched with it
    /// cost more than parsing their formulas.
    func firstRange(ofBytes needle: some RandomAccessCollection<UInt8>) -> Range<Int>? {
        guard let first = needle.first, needle.count <= count else { return nil }
        var i = startIndex
        while i <= endIndex - needle.count {
            if self[i] == first, self[i..<(i + needle.count)].elementsEqual(needle) { return i..<(i + needle.count) }
            i += 1
        }
        return nil
    }
}

/// Words looked for together, in one pass over a text's bytes: asking whether a run holds any of
/// dozens of words one word at a time walked the run once per word, on every run of every page.
struct LiteralSet: Sendable {
    /// Every word's bytes, one after another.
    private let bytes: [UInt8]
    /// Each word's bytes in `bytes`, grouped by first byte.
    private let words: [Range<Int>]
    /// The words starting with byte `b` are `words[firstByteStarts[b]..<firstByteStarts[b + 1]]`.
    private let firstByteStarts: [Int]
    /// Whether ASCII capitals in the text match the lower-case letters of the words.
    private let foldsCase: Bool

    /// `words` are matched as bytes; with `foldingASCIICase`, written in lower case.
    init(_ words: some Sequence<String>, foldingASCIICase: Bool = false) {
        let sorted = words.map { Array($0.utf8) }.filter { !$0.isEmpty }.sorted { $0[0] < $1[0] }
        var bytes: [UInt8] = [], ranges: [Range<Int>] = []
        var starts = [Int](repeating: 0, count: 257)
        for word in sorted {
            ranges.append(bytes.count..<(bytes.count + word.count))
            bytes += word
            starts[Int(word[0]) + 1] += 1
        }
        for byte in 1...256 { starts[byte] += starts[byte - 1] }
        self.bytes = bytes
        self.words = ranges
        firstByteStarts = starts
        foldsCase = foldingASCIICase
    }

    /// Whether any of the words occurs in `text`.
    func occurs(in text: some StringProtocol) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ occurs(inBytes: $0) }) { return found }
        var copy = String(text)
        return copy.withUTF8 { occurs(inBytes: $0) }
    }

    private func occurs(inBytes text: UnsafeBufferPointer<UInt8>) -> Bool {
        occurs(in: text) { _ in true }
    }

    /// Whether one of the words occurs in `text` at an offset `accepts`.
    func occurs(in text: UnsafeBufferPointer<UInt8>, where accepts: (Int) -> Bool) -> Bool {
        bytes.withUnsafeBufferPointer { words in
            firstByteStarts.withUnsafeBufferPointer { starts in
                for start in 0..<text.count {
                    let first = fold(text[start])
                    let bucket = starts[Int(first)]..<starts[Int(first) + 1]
                    guard !bucket.isEmpty else { continue }
                    for index in bucket {
                        let word = self.words[index]
                        guard start + word.count <= text.count else { continue }
                        var offset = 1
                        while offset < word.count, fold(text[start + offset]) == words[word.lowerBound + offset] {
                            offset += 1
                        }
                        if offset == word.count, accepts(start) { return true }
                    }
                }
                return false
            }
        }
    }

    private func fold(_ byte: UInt8) -> UInt8 {
        foldsCase && byte &- 0x41 < 26 ? byte | 0x20 : byte
    }
}
