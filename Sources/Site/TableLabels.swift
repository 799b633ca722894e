import GFM

/// Names for the scrolling region around each table: the text of the nearest heading above it.
///
/// A second table under the same heading gets a number (`Model prices 2`), so no two regions on
/// a page share a name; a table before any heading is called by the language's word for table.
struct TableLabels {
    let anchors: HeadingAnchors
    let fallback: String
    private var seen: [String: Int] = [:]

    init(anchors: HeadingAnchors, fallback: String) {
        self.anchors = anchors
        self.fallback = fallback
    }

    mutating func next(for table: Node) -> String {
        let line = table.span.start.line
        let heading = anchors.entries.last { $0.line < line && !$0.text.isEmpty }
        let base = heading?.text ?? fallback
        let count = seen[base, default: 0] + 1
        seen[base] = count
        return count == 1 ? base : "\(base) \(count)"
    }
}
