import Content
import GFM
import TextKit

/// A page's Markdown rendered to HTML with the site's hooks, plus what the layout shows beside it.
struct PageBody {
    var html: String
    var anchors: HeadingAnchors
    var reading: ReadingTime
    /// Problems found while rendering, such as a chart block naming a column the table lacks.
    var diagnostics: [Diagnostic]

    /// `tableLabel` names a table that has no heading above it ("Table", "表格"); `autoCharts`
    /// draws a bar chart under every table with a currency column (`charts: auto`).
    init(
        page: Page, allowRawHTML: Bool, tableLabel: String = "Table", autoCharts: Bool = false,
        marks: FigureMarks? = nil,
        findings: [Diagnostic] = [], tools: RenderTools = RenderTools(), diagrams: MermaidBlock.Setup = .init()
    ) {
        let anchors = HeadingAnchors(document: page.document)
        var labels = TableLabels(anchors: anchors, fallback: tableLabel)
        // Made only for a page that charts something: reading every page's tables for it cost more
        // than drawing the charts.
        let charts = OnFirstUse { ChartBlock(page: page, findings: findings) }
        let found = DiagnosticList()
        var hooks = RenderHooks()
        hooks.headingID = { anchors.id(forLineOf: $0) }
        if let marks, !marks.isEmpty { hooks.text = { marks.mark($0, block: $1) } }
        let cellHooks = RenderHooks(text: hooks.text)
        // Wide tables scroll inside a focusable region instead of widening the page on phones;
        // the region is named after its section so a screen reader's landmark list says which.
        hooks.table = { node in
            let table =
                "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(MarkupEscaping.escape(labels.next(for: node)))\">\n"
                + HTMLRenderer(allowRawHTML: allowRawHTML, hooks: cellHooks).renderTableDefault(node) + "</div>\n"
            guard autoCharts, let data = Table(node), let chart = AutoChart(block: charts.value).figure(for: data)
            else { return table }
            return table + chart
        }
        // A `chart` block becomes inline SVG; one that cannot be drawn stays a code block and
        // reports why, at its own line.
        let code = CodeBlocks(page: page, tools: tools)
        hooks.math = { code.formula(tex: $0, display: $1, node: $2) }
        hooks.codeBlock = { info, literal, node in
            if info.split(separator: " ").first == "mermaid" {
                let (html, diagnostics) = MermaidBlock(page: page, setup: diagrams).render(literal, node: node)
                found.items += diagnostics
                return html
            }
            guard info.split(separator: " ").first == "chart" else {
                return code.block(info: info, literal: literal, node: node)
            }
            let (html, diagnostics) = charts.value.render(literal, node: node)
            found.items += diagnostics
            return html
        }
        html = HTMLRenderer(allowRawHTML: allowRawHTML, hooks: hooks).render(page.document)
        self.anchors = anchors
        reading = ReadingTime(document: page.document, language: page.language)
        diagnostics = found.items + code.diagnostics
    }
}

/// A value made when first asked for; the render hooks are escaping closures, so they share a box.
private final class OnFirstUse<Value> {
    private let make: () -> Value
    private(set) lazy var value: Value = make()

    init(_ make: @escaping () -> Value) {
        self.make = make
    }
}

/// Collects what the render hooks report; the hooks are escaping closures, so they share a box.
private final class DiagnosticList {
    var items: [Diagnostic] = []
}
