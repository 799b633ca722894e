import Content
import GFM

/// The text of a page that search indexes: headings and prose, code blocks only when the site
/// opts in, cut at a length that keeps every page's share of the index small.
public enum SearchText {
    /// Unicode scalars kept per page; the index and the excerpts are made from these alone.
    public static let limit = 1_500

    public static func of(_ page: Page, includeCode: Bool) -> String {
        if let recorded = page.recordedSearchText ?? page.knownSearchText { return recorded }
        var document = page.document
        // A body opening with the title as its heading would only repeat the title in the excerpt.
        if let first = document.children.first, case .heading(level: 1) = first.kind, first.plainText == page.title {
            document.children.removeFirst()
        }
        var walker = Collector(includeCode: includeCode)
        walker.walk(document)
        let out = walker.out
        return String(out.text.unicodeScalars.prefix(limit))
    }

    /// The text so far and its length in scalars, kept as it grows: asking a String its count
    /// walks it by Characters, which at every node would be quadratic in the page's text.
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

    /// Text, code spans and breaks as they read; a paragraph, heading, cell or list item
    /// ends with a space; raw HTML and images add nothing. Stops once the text is full.
    private struct Collector: MarkupWalker {
        let includeCode: Bool
        var out = Collected()

        mutating func enter(_ node: Node) -> WalkDecision {
            guard !out.full else { return .skipChildren }
            switch node.kind {
            case .text(let s), .code(let s): out.add(s)
            case .softBreak, .lineBreak: out.add(" ")
            case .codeBlock(let info, let literal):
                if includeCode, info.split(separator: " ").first != "chart" { out.add(literal + " ") }
                return .skipChildren
            case .htmlBlock, .htmlInline, .image: return .skipChildren
            default: break
            }
            return .visitChildren
        }

        mutating func exit(_ node: Node) {
            switch node.kind {
            case .paragraph, .heading, .tableCell, .item: out.space()
            default: break
            }
        }
    }
}
