import TextKit

extension HTMLRenderer {
    func renderChildrenInline(_ node: Node, into out: inout String, state: inout RenderState) {
        for child in node.children { renderInline(child, into: &out, state: &state) }
    }

    func renderInline(_ node: Node, into out: inout String, state: inout RenderState) {
        switch node.kind {
        case .text(let text): out += hooks.text?(text, state.block) ?? MarkupEscaping.escape(text)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br>\n"
        case .code(let code): out += "<code>\(MarkupEscaping.escape(code))</code>"
        case .math(let tex, let display):
            out +=
                hooks.math?(tex, display, node)
                ?? "<code class=\"math\">\(MarkupEscaping.escape(display ? "$$\(tex)$$" : "$\(tex)$"))</code>"
        case .htmlInline(let html):
            out += allowRawHTML ? html : (Self.isComment(html) ? "" : MarkupEscaping.escape(html))
        case .emphasis: wrap("em", node, into: &out, state: &state)
        case .strong: wrap("strong", node, into: &out, state: &state)
        case .strikethrough: wrap("del", node, into: &out, state: &state)
        case .link(let destination, let title):
            let titleAttribute = title.isEmpty ? "" : " title=\"\(MarkupEscaping.escape(title))\""
            out += "<a href=\"\(SafeURL.href(destination))\"\(titleAttribute)>"
            renderChildrenInline(node, into: &out, state: &state)
            out += "</a>"
        case .image(let source, let title):
            let titleAttribute = title.isEmpty ? "" : " title=\"\(MarkupEscaping.escape(title))\""
            out +=
                "<img src=\"\(SafeURL.href(source, isImage: true))\" alt=\"\(MarkupEscaping.escape(node.plainText))\"\(titleAttribute)>"
        case .footnoteReference(let n):
            out += "<sup class=\"footnote-ref\"><a href=\"#fn-\(n)\" id=\"fnref-\(n)\">\(n)</a></sup>"
        case .unsupported:
            // Left out; the page loader reports it where it stands.
            break
        default:
            renderBlock(node, tight: false, into: &out, state: &state)
        }
    }

    private func wrap(_ tag: String, _ node: Node, into out: inout String, state: inout RenderState) {
        out += "<\(tag)>"
        renderChildrenInline(node, into: &out, state: &state)
        out += "</\(tag)>"
    }
}
