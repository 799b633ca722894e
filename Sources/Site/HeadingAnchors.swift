import GFM

/// Gives every heading of a page a stable, unique id, keeping CJK text as it is.
///
/// `## 成本 & 预算` becomes `成本-预算`, never a transliteration, so links survive re-renders
/// and readers can guess them.
public struct HeadingAnchors: Sendable {
    public struct Entry: Sendable, Hashable {
        public var id: String
        public var text: String
        public var level: Int
        public var line: Int
    }

    public private(set) var entries: [Entry] = []
    private var idsByLine: [Int: String] = [:]

    public init(document: Node) {
        var used: [String: Int] = [:]
        document.forEach { node in
            guard case .heading(let level) = node.kind else { return }
            let text = node.plainText
            let base = Self.slug(text).isEmpty ? "section" : Self.slug(text)
            let count = used[base, default: 0]
            used[base] = count + 1
            let id = count == 0 ? base : "\(base)-\(count)"
            entries.append(Entry(id: id, text: text, level: level, line: node.span.start.line))
            idsByLine[node.span.start.line] = id
        }
    }

    /// The id of the heading that starts on `line`.
    public func id(forLineOf node: Node) -> String? { idsByLine[node.span.start.line] }

    /// Lowercase letters and digits of any script, other runs collapsed to one `-`.
    public static func slug(_ text: String) -> String {
        var out = ""
        var pendingDash = false
        for ch in text.lowercased() {
            if ch.isLetter || ch.isNumber || ch == "_" {
                if pendingDash && !out.isEmpty { out.append("-") }
                pendingDash = false
                out.append(ch)
            } else {
                pendingDash = true
            }
        }
        return out
    }
}
