import Content
import GFM

/// The text of a page that search indexes: headings and prose, code blocks only when the site
/// opts in, cut at a length that keeps every page's share of the index small.
public enum SearchText {
    /// Unicode scalars kept per page; the index and the excerpts are made from these alone.
    public static let limit = 1_500

    public static func of(_ page: Page, includeCode: Bool) -> String {
        if let recorded = page.recordedSearchText { return recorded }
        var out = Collected()
        var document = page.document
        // A body opening with the title as its heading would only repeat the title in the excerpt.
        if let first = document.children.first, case .heading(level: 1) = first.kind, first.plainText == page.title {
            document.children.removeFirst()
        }
        collect(document, includeCode: includeCode, into: &out)
        return String(out.text.unicodeScalars.prefix(limit))
    }

    /// The text so far and its length in scalars, kept as it grows: asking a String its count
    /// walks it by Characters, and asking at every node made a 10,000-page build twice as slow.
    private struct Collected {
        var text = ""
        var length = 0
        var full: Bool { length >= limit }

        mutating func add(_ piece: String) {
            text += piece
            length += piece.unicodeScalars.count
        }

        mutating func space() {
            if !text.hasSuffix(" ") { add(" ") }
        }
    }

    private static func collect(_ node: Node, includeCode: Bool, into out: inout Collected) {
        guard !out.full else { return }
        switch node.kind {
        case .text(let s), .code(let s): out.add(s)
        case .softBreak, .lineBreak: out.add(" ")
        case .codeBlock(let info, let literal):
            if includeCode, info.split(separator: " ").first != "chart" { out.add(literal + " ") }
        case .htmlBlock, .htmlInline, .image: break
        case .paragraph, .heading, .tableCell, .item:
            for child in node.children { collect(child, includeCode: includeCode, into: &out) }
            out.space()
        default:
            for child in node.children { collect(child, includeCode: includeCode, into: &out) }
        }
    }
}
