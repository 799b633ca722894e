import Content
import GFM

/// A page's tables in document order, each with the heading above it and the paragraph right
/// before it, so a chart block can name a table by position, heading or caption.
struct PageTables {
    struct Entry {
        var table: Table
        var heading: String?
        var caption: String?
    }

    var entries: [Entry] = []

    init(document: Node) {
        var walker = Walker()
        walker.walk(document)
        entries = walker.entries
    }

    /// Tracks the heading and the paragraph last seen at block level, through lists and quotes.
    private struct Walker: MarkupWalker {
        var entries: [Entry] = []
        var heading: String?
        var paragraph: String?

        mutating func enter(_ node: Node) -> WalkDecision {
            switch node.kind {
            case .document, .list, .item, .blockQuote:
                return .visitChildren
            case .heading:
                heading = node.plainText
                paragraph = nil
            case .paragraph:
                paragraph = node.plainText
            case .table:
                if let table = Table(node) { entries.append(Entry(table: table, heading: heading, caption: paragraph)) }
                paragraph = nil
            default:
                paragraph = nil
            }
            return .skipChildren
        }
    }

    /// The table `reference` names; without a reference, the last table above `line`, or the
    /// first one below it when none is above.
    func find(_ reference: TableReference?, before line: Int) -> Result<Entry, ChartProblem> {
        guard !entries.isEmpty else { return .failure(.init("this page has no table to chart")) }
        switch reference {
        case nil:
            return .success(entries.last { $0.table.span.start.line < line } ?? entries[0])
        case .position(let n):
            guard (1...entries.count).contains(n) else {
                return .failure(
                    .init(
                        "there is no table \(n): this page has \(entries.count) table\(entries.count == 1 ? "" : "s")"))
            }
            return .success(entries[n - 1])
        case .text(let text):
            let wanted = Self.normalized(text)
            let exact = entries.first { [$0.heading, $0.caption].contains { $0.map(Self.normalized) == wanted } }
            let partial = entries.first {
                [$0.heading, $0.caption].contains { $0.map(Self.normalized)?.contains(wanted) == true }
            }
            guard let found = exact ?? partial else {
                let headings = entries.compactMap(\.heading).map { "'\($0)'" }
                return .failure(
                    .init(
                        "no table under a heading or caption '\(text)'; tables are under \(headings.joined(separator: ", "))"
                    ))
            }
            return .success(found)
        }
    }

    static func normalized(_ s: String) -> String {
        s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// Why a chart block cannot be drawn, before it becomes a diagnostic at the right place.
struct ChartProblem: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
