import TextKit

/// Separates YAML front matter from the Markdown body of a page.
///
/// Works on UTF-8 bytes because Swift treats "\r\n" as one Character, which makes
/// Character-based searches for "---\n" miss files saved with Windows line endings.
public enum FrontMatterSplitter {
    public struct Split: Sendable, Equatable {
        /// The YAML between the fences, or nil when the file has no front matter.
        public var yaml: String?
        /// The Markdown after the closing fence (the whole text without front matter).
        public var body: String
        /// How many lines precede the body, to add to every line number inside it.
        public var bodyLineOffset: Int
    }

    public enum Failure: Error, Equatable {
        /// An opening `---` with no closing fence; front matter started at this line.
        case unterminated(openingLine: Int)
    }

    public static func split(_ text: String) -> Result<Split, Failure> {
        let bytes = Array(text.utf8)
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        guard let firstEnd = lineEnd(bytes, from: start), isFence(bytes[start..<firstEnd.contentEnd]) else {
            return .success(Split(yaml: nil, body: text, bodyLineOffset: 0))
        }
        guard opensYAML(bytes, from: firstEnd.next) else {
            return .success(Split(yaml: nil, body: text, bodyLineOffset: 0))
        }
        var line = 1
        var cursor = firstEnd.next
        let yamlStart = cursor
        while cursor <= bytes.count {
            line += 1
            guard let end = lineEnd(bytes, from: cursor) else { break }
            let content = bytes[cursor..<end.contentEnd]
            if isFence(content) || (content.elementsEqual("...".utf8) && line > 1) {
                let yaml = String(decoding: bytes[yamlStart..<cursor], as: UTF8.self)
                let body = String(decoding: bytes[end.next...], as: UTF8.self)
                return .success(Split(yaml: yaml, body: body, bodyLineOffset: line))
            }
            if end.next >= bytes.count { break }
            cursor = end.next
        }
        return .failure(.unterminated(openingLine: 1))
    }

    /// Whether the first non-blank line after an opening `---` reads as YAML (a `key:`, a
    /// comment, a list item or the closing fence). A page may open with a horizontal rule and
    /// prose, which is no front matter.
    private static func opensYAML(_ bytes: [UInt8], from start: Int) -> Bool {
        var cursor = start
        while let end = lineEnd(bytes, from: cursor), cursor < bytes.count {
            let content = bytes[cursor..<end.contentEnd].drop { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
            if content.isEmpty { cursor = end.next; continue }
            if isFence(content) || content.first == UInt8(ascii: "#") || content.starts(with: "- ".utf8)
                || content.elementsEqual("...".utf8)
            {
                return true
            }
            // `key:` then a space or the line end; a key may be quoted and hold any character but `:`.
            guard let colon = content.firstIndex(of: UInt8(ascii: ":")), colon > content.startIndex else {
                return false
            }
            let key = content[content.startIndex..<colon]
            let after = colon + 1
            guard after == content.endIndex || bytes[after] == UInt8(ascii: " ") || bytes[after] == UInt8(ascii: "\t")
            else { return false }
            return key.count <= 80 && !key.contains(UInt8(ascii: " ")) || key.first == UInt8(ascii: "\"")
                || key.first == UInt8(ascii: "'")
        }
        return true
    }

    private static func isFence(_ line: ArraySlice<UInt8>) -> Bool {
        var trimmed = line[...]
        while let last = trimmed.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            trimmed = trimmed.dropLast()
        }
        return trimmed.elementsEqual("---".utf8)
    }

    /// Where the line starting at `from` ends and where the next begins; nil past the end.
    private static func lineEnd(_ bytes: [UInt8], from: Int) -> (contentEnd: Int, next: Int)? {
        from <= bytes.count ? LineBreak.lineEnd(in: bytes, from: from) : nil
    }
}
