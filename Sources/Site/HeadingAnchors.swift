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

    /// Ids the layout and the renderer already use; a heading called "Main" must not take them.
    public static let reserved: Set<String> = ["main", "toc-title", "theme-select"]

    public init(document: Node) {
        // Headings are blocks: the inlines of paragraphs and tables need no visit.
        var walker = Walker()
        document.forEachBlock { walker.enter($0) }
        entries = walker.entries
        idsByLine = Dictionary(entries.map { ($0.line, $0.id) }, uniquingKeysWith: { _, last in last })
    }

    private struct Walker {
        var entries: [Entry] = []
        var used = HeadingAnchors.reserved

        mutating func enter(_ node: Node) {
            guard case .heading(let level) = node.kind else { return }
            let text = node.plainText
            let slug = HeadingAnchors.slug(text)
            let base = slug.isEmpty ? "section" : slug
            // `a`, `a`, `a-1` must not give `a`, `a-1`, `a-1`: count up until the id is free.
            var id = base
            var n = 0
            while used.contains(id) || HeadingAnchors.isFootnoteID(id) {
                n += 1
                id = "\(base)-\(n)"
            }
            used.insert(id)
            entries.append(Entry(id: id, text: text, level: level, line: node.span.start.line))
        }
    }

    /// `fn-1` and `fnref-1` are the renderer's footnote ids.
    static func isFootnoteID(_ id: String) -> Bool {
        for prefix in ["fn-", "fnref-"] where id.hasPrefix(prefix) {
            if id.dropFirst(prefix.count).allSatisfy(\.isNumber) { return true }
        }
        return false
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
