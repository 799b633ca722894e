import Content
import GFM

/// Renders a page's code blocks and formulas with the build's tools, collecting what it finds
/// wrong; the render hooks are escaping closures, so they share this box.
final class CodeBlocks {
    private let page: Page
    private let tools: RenderTools
    private(set) var diagnostics: [Diagnostic] = []

    init(page: Page, tools: RenderTools) {
        self.page = page
        self.tools = tools
    }

    /// A fenced or indented block: ```` ```math ```` is a display formula, anything else code.
    func block(info: String, literal: String, node: Node) -> String {
        let code = CodeInfo(info)
        let fence = node.span.start
        for problem in code.problems {
            // The info string follows the fence's three characters.
            let at = SourceLocation(file: page.file, line: fence.line, column: fence.column + 3 + problem.offset)
            diagnostics.append(Diagnostic(.warning, rule: "code-block", problem.message, at: at))
        }
        if code.language == "math" {
            let tex = literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            let (html, diagnostic) = MathHTML(renderer: tools.math, file: page.file)
                .html(tex, display: true, at: SourcePosition(line: fence.line + 1, column: fence.column), length: 0)
            if let diagnostic { diagnostics.append(diagnostic) }
            if let html { return "<p class=\"math-display\">\(html)</p>\n" }
        }
        return HighlightedCode(info: code, highlighter: tools.highlighter).html(literal)
    }

    /// A `$…$` or `$$…$$` formula; nil shows its TeX as code.
    func formula(tex: String, display: Bool, node: Node) -> String? {
        let length = node.span.start.line == node.span.end.line ? node.span.end.column - node.span.start.column + 1 : 1
        let (html, diagnostic) = MathHTML(renderer: tools.math, file: page.file).html(
            tex, display: display, at: node.span.start, length: length)
        if let diagnostic { diagnostics.append(diagnostic) }
        return html
    }
}
