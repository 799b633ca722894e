import Content
import GFM

/// The text of a page that search indexes: headings and prose, code blocks only when the site
/// opts in, cut at a length that keeps every page's share of the index small.
public enum SearchText {
    /// Characters kept per page; the index and the excerpts are made from these alone.
    public static let limit = 1_500

    public static func of(_ page: Page, includeCode: Bool) -> String {
        if let recorded = page.recordedSearchText { return recorded }
        var out = ""
        var document = page.document
        // A body opening with the title as its heading would only repeat the title in the excerpt.
        if let first = document.children.first, case .heading(level: 1) = first.kind, first.plainText == page.title {
            document.children.removeFirst()
        }
        collect(document, includeCode: includeCode, into: &out)
        return String(out.prefix(limit))
    }

    private static func collect(_ node: Node, includeCode: Bool, into out: inout String) {
        guard out.count < limit else { return }
        switch node.kind {
        case .text(let s), .code(let s): out += s
        case .softBreak, .lineBreak: out += " "
        case .codeBlock(let info, let literal):
            if includeCode, info.split(separator: " ").first != "chart" { out += literal + " " }
        case .htmlBlock, .htmlInline, .image: break
        case .paragraph, .heading, .tableCell, .item:
            for child in node.children { collect(child, includeCode: includeCode, into: &out) }
            if !out.hasSuffix(" ") { out += " " }
        default:
            for child in node.children { collect(child, includeCode: includeCode, into: &out) }
        }
    }
}
