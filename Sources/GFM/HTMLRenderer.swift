/// Writes a `Node` tree as HTML5, letting hooks replace code blocks, tables and heading ids.
///
/// Rendering from the Swift tree rather than with `cmark_render_html` is what lets a `chart`
/// block become inline SVG and a checked table carry its findings, without post-processing HTML.
public struct HTMLRenderer {
    public var allowRawHTML: Bool
    public var hooks: RenderHooks

    public init(allowRawHTML: Bool = false, hooks: RenderHooks = RenderHooks()) {
        self.allowRawHTML = allowRawHTML
        self.hooks = hooks
    }

    /// Renders a whole document, with its footnotes collected at the end.
    public func render(_ document: Node) -> String {
        var state = RenderState()
        var out = ""
        out.reserveCapacity(4096)
        var footnotes: [Node] = []
        for child in document.children {
            if case .footnoteDefinition = child.kind {
                footnotes.append(child)
            } else {
                renderBlock(child, tight: false, into: &out, state: &state)
            }
        }
        if !footnotes.isEmpty { renderFootnotes(footnotes, into: &out, state: &state) }
        return out
    }

    /// Renders one table the way the renderer would without a hook, so a hook can wrap it.
    public func renderTableDefault(_ node: Node) -> String {
        var state = RenderState()
        var out = ""
        renderTable(node, into: &out, state: &state)
        return out
    }

    /// Renders inline children only, for table cells and headings that hooks rebuild.
    public func renderInlines(_ node: Node) -> String {
        var state = RenderState()
        var out = ""
        for child in node.children { renderInline(child, into: &out, state: &state) }
        return out
    }
}

/// Replacements the renderer asks for before writing a node itself; nil means "render it as usual".
public struct RenderHooks {
    public var codeBlock: ((_ info: String, _ literal: String, _ node: Node) -> String?)?
    public var table: ((_ node: Node) -> String?)?
    public var headingID: ((_ node: Node) -> String?)?
    /// Replaces the HTML of a text node; `block` is the span of the paragraph, heading or table
    /// cell it belongs to. The hook must escape what it returns.
    public var text: ((_ text: String, _ block: SourceSpan) -> String?)?
    /// Replaces a math node; without it (or when it returns nil) the TeX is shown as code.
    public var math: ((_ tex: String, _ display: Bool, _ node: Node) -> String?)?

    public init(
        codeBlock: ((_ info: String, _ literal: String, _ node: Node) -> String?)? = nil,
        table: ((_ node: Node) -> String?)? = nil,
        headingID: ((_ node: Node) -> String?)? = nil,
        text: ((_ text: String, _ block: SourceSpan) -> String?)? = nil,
        math: ((_ tex: String, _ display: Bool, _ node: Node) -> String?)? = nil
    ) {
        self.codeBlock = codeBlock
        self.table = table
        self.headingID = headingID
        self.text = text
        self.math = math
    }
}

/// Per-render state: the leaf block being written, whose span text hooks use to place inline
/// marks (cmark-gfm's inline positions are unreliable, block positions are not).
struct RenderState {
    var block: SourceSpan = .unknown
}
