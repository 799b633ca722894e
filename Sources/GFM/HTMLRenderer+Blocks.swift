import TextKit

extension HTMLRenderer {
    func renderBlock(_ node: Node, tight: Bool, into out: inout String, state: inout RenderState) {
        switch node.kind {
        case .paragraph:
            state.block = node.span
            if tight {
                renderChildrenInline(node, into: &out, state: &state)
            } else {
                out += "<p>"
                renderChildrenInline(node, into: &out, state: &state)
                out += "</p>\n"
            }
        case .heading(let level):
            let id = hooks.headingID?(node).map { " id=\"\(MarkupEscaping.escape($0))\"" } ?? ""
            state.block = node.span
            out += "<h\(level)\(id)>"
            renderChildrenInline(node, into: &out, state: &state)
            out += "</h\(level)>\n"
        case .blockQuote:
            out += "<blockquote>\n"
            for child in node.children { renderBlock(child, tight: false, into: &out, state: &state) }
            out += "</blockquote>\n"
        case .list(let ordered, let start, let isTight):
            let tag = ordered ? "ol" : "ul"
            out += ordered && start != 1 ? "<ol start=\"\(start)\">\n" : "<\(tag)>\n"
            for item in node.children { renderItem(item, tight: isTight, into: &out, state: &state) }
            out += "</\(tag)>\n"
        case .codeBlock(let info, let literal):
            if let replaced = hooks.codeBlock?(info, literal, node) {
                out += replaced
                return
            }
            let language =
                info.split(separator: " ").first.map { " class=\"language-\(MarkupEscaping.escape($0))\"" } ?? ""
            out += "<pre><code\(language)>\(MarkupEscaping.escape(literal))</code></pre>\n"
        case .htmlBlock(let html):
            renderRawBlock(html, into: &out)
        case .thematicBreak:
            out += "<hr>\n"
        case .table:
            if let replaced = hooks.table?(node) {
                out += replaced
            } else {
                renderTable(node, into: &out, state: &state)
            }
        case .footnoteDefinition, .document:
            for child in node.children { renderBlock(child, tight: false, into: &out, state: &state) }
        default:
            renderInline(node, into: &out, state: &state)
        }
    }

    private func renderItem(_ item: Node, tight: Bool, into out: inout String, state: inout RenderState) {
        if case .item(let task?) = item.kind {
            out += "<li class=\"task-list-item\"><input type=\"checkbox\" disabled\(task ? " checked" : "")> "
        } else {
            out += "<li>"
        }
        for (i, child) in item.children.enumerated() {
            if !tight, i == 0 { out += "\n" }
            renderBlock(child, tight: tight, into: &out, state: &state)
            if tight, i < item.children.count - 1, case .paragraph = child.kind { out += "\n" }
        }
        out += "</li>\n"
    }

    /// Raw HTML passes only when the site opts in; comments (such as formula declarations) are
    /// invisible either way, and anything else is shown as text so nothing runs unasked.
    private func renderRawBlock(_ html: String, into out: inout String) {
        if allowRawHTML {
            out += html
        } else if !Self.isComment(html) {
            out += "<p>\(MarkupEscaping.escape(html))</p>\n"
        }
    }

    static func isComment(_ html: String) -> Bool {
        let trimmed = html.trimmingWhitespace
        return trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")
    }

    func renderTable(_ node: Node, into out: inout String, state: inout RenderState) {
        guard case .table(let alignments) = node.kind else { return }
        out += "<table>\n"
        var inBody = false
        for row in node.children {
            let isHeader = row.kind == .tableRow(isHeader: true)
            if isHeader { out += "<thead>\n" } else if !inBody { out += "<tbody>\n"; inBody = true }
            out += "<tr>"
            for (i, cell) in row.children.enumerated() {
                let tag = isHeader ? "th" : "td"
                let align = i < alignments.count ? alignments[i] : .none
                out += align == .none ? "<\(tag)>" : "<\(tag) style=\"text-align:\(align.rawValue)\">"
                state.block = cell.span
                renderChildrenInline(cell, into: &out, state: &state)
                out += "</\(tag)>"
            }
            out += "</tr>\n"
            if isHeader { out += "</thead>\n" }
        }
        if inBody { out += "</tbody>\n" }
        out += "</table>\n"
    }

    func renderFootnotes(_ definitions: [Node], into out: inout String, state: inout RenderState) {
        out += "<section class=\"footnotes\">\n<ol>\n"
        // cmark-gfm drops unreferenced definitions and orders the rest by first reference.
        for (index, definition) in definitions.enumerated() {
            let n = index + 1
            out += "<li id=\"fn-\(n)\">\n"
            for child in definition.children { renderBlock(child, tight: false, into: &out, state: &state) }
            out += "<a href=\"#fnref-\(n)\" class=\"footnote-backref\" aria-label=\"↩\">↩</a></li>\n"
        }
        out += "</ol>\n</section>\n"
    }
}

extension String {
    var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
