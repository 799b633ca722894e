/// One node of a parsed Markdown document: what it is, where it came from, and its children.
///
/// Nodes are immutable values copied out of cmark-gfm's C tree, so they can be shared across
/// threads and outlive the parser.
public struct Node: Sendable, Hashable {
    public var kind: Kind
    public var span: SourceSpan
    public var children: [Node]

    public init(_ kind: Kind, span: SourceSpan, children: [Node] = []) {
        self.kind = kind
        self.span = span
        self.children = children
    }

    /// What a node is, with the data that only that kind carries.
    public enum Kind: Sendable, Hashable {
        case document
        case blockQuote
        case list(ordered: Bool, start: Int, tight: Bool)
        /// A list item; `task` is nil for an ordinary item and tells whether a task box is ticked.
        case item(task: Bool?)
        case codeBlock(info: String, literal: String)
        case htmlBlock(String)
        case paragraph
        case heading(level: Int)
        case thematicBreak
        case footnoteDefinition(label: String)
        case table(alignments: [TableAlignment])
        case tableRow(isHeader: Bool)
        case tableCell
        case text(String)
        case softBreak
        case lineBreak
        case code(String)
        case htmlInline(String)
        case emphasis
        case strong
        case strikethrough
        case link(destination: String, title: String)
        case image(source: String, title: String)
        /// A reference to a footnote, by the number cmark-gfm gives it (definitions follow that order).
        case footnoteReference(number: Int)
        /// TeX between `$…$` (inline) or `$$…$$` (display). cmark-gfm has no math; the Content
        /// module finds the spans in the source and puts these nodes in, with exact spans.
        case math(tex: String, display: Bool)
        /// An extension node cmark-gfm gave that this tree does not model, by its type name.
        /// Renderers leave it (and what it holds) out; `ParsedMarkdown.unsupported` lists it so
        /// the author is told.
        case unsupported(typeName: String)
    }
}

/// How a table column aligns its cells.
public enum TableAlignment: String, Sendable, Hashable {
    case none, left, center, right
}

extension Node {
    /// The text a reader sees, without markup: text, code spans, and breaks as spaces.
    public var plainText: String {
        var out = ""
        appendPlainText(to: &out)
        return out
    }

    /// The start of `plainText`, with more than `count` Characters of it (all of it when it is no
    /// longer): the first `count` are `plainText`'s, as a grapheme break depends only on what comes
    /// before it and the scalar after. For a caller that reads the head of a long block.
    public func plainTextPrefix(moreThan count: Int) -> String {
        var out = ""
        _ = appendPlainText(to: &out, beyond: count)
        return out
    }

    /// Appends as `appendPlainText` does until `out` holds more than `limit` Characters; whether it does.
    private func appendPlainText(to out: inout String, beyond limit: Int) -> Bool {
        switch kind {
        case .text(let s), .code(let s): out += s
        case .math(let tex, let display): out += display ? "$$\(tex)$$" : "$\(tex)$"
        case .softBreak, .lineBreak: out += " "
        default:
            for i in children.indices {
                if children[i].appendPlainText(to: &out, beyond: limit) { return true }
            }
            return false
        }
        // A text of `limit` bytes or fewer holds no more Characters than that: not counted.
        return out.utf8.count > limit && out.count > limit
    }

    private func appendPlainText(to out: inout String) {
        switch kind {
        case .text(let s), .code(let s): out += s
        case .math(let tex, let display): out += display ? "$$\(tex)$$" : "$\(tex)$"
        case .softBreak, .lineBreak: out += " "
        // By index, as in `forEach`: a for-in loop copies each child.
        default: for i in children.indices { children[i].appendPlainText(to: &out) }
        }
    }

    /// Every node of the subtree in document order, this one first.
    public func forEach(_ body: (Node) -> Void) {
        body(self)
        // By index: a for-in loop copies every child out of the array (retaining its text and
        // children) before visiting it.
        for i in children.indices { children[i].forEach(body) }
    }

    /// Every block of the subtree in document order, this one first, without the inline content of
    /// paragraphs, headings and table cells: the lists, items and headings a page's structure is
    /// read from, without a visit to each of its many text and emphasis nodes.
    public func forEachBlock(_ body: (Node) -> Void) {
        body(self)
        switch kind {
        case .paragraph, .heading, .table, .codeBlock, .htmlBlock, .thematicBreak: return
        default:
            children.withUnsafeBufferPointer { children in
                for i in children.indices { children[i].forEachBlock(body) }
            }
        }
    }
}
