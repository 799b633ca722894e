import Charts
import Content
import Diagrams
import GFM
import Numbers

/// Turns one ```` ```mermaid ```` block into an inline SVG figure, or leaves it as code with a
/// warning at the place inside the block that could not be drawn.
struct MermaidBlock {
    /// The rule of the one warning a build gives when Graphviz is missing (SiteBuilder keeps one).
    static let missingGraphvizRule = "graphviz-missing"

    /// What every mermaid block of a build shares: the page language's words and the renderer.
    struct Setup: Sendable {
        var words = DiagramWords.english
        var renderer = DiagramRenderer()
    }

    let page: Page
    let setup: Setup
    var words: DiagramWords { setup.words }
    var renderer: DiagramRenderer { setup.renderer }

    /// The figure's HTML, nil to keep the block as code, and what to report.
    func render(_ literal: String, node: Node) -> (html: String?, diagnostics: [Diagnostic]) {
        let (diagram, problems) = MermaidParser.parse(literal)
        let diagnostics = problems.map { diagnostic($0, fence: node.span.start) }
        guard let diagram, !problems.keepsCode else { return (nil, diagnostics) }
        let id = "diagram-\(node.span.start.line)"
        switch diagram {
        case .pie(let pie):
            return (pieChart(pie, id: id), diagnostics)
        case .flowchart(let chart):
            guard renderer.isAvailable else {
                let at = SourceLocation(file: page.file, line: node.span.start.line, column: node.span.start.column)
                return (
                    nil,
                    diagnostics + [
                        Diagnostic(
                            .warning, rule: Self.missingGraphvizRule,
                            "Graphviz (libgvc) is not installed, so mermaid diagrams stay code blocks; install it with `apt-get install libgraphviz-dev` (or just the runtime, libgvc6)",
                            at: at)
                    ]
                )
            }
            guard let svg = renderer.svg(chart, id: id, words: words) else {
                return (
                    nil,
                    diagnostics + [
                        diagnostic(
                            DiagramProblem(
                                .keepsCode, "Graphviz could not lay this flowchart out",
                                at: BlockPosition(line: 1, column: 1)), fence: node.span.start)
                    ]
                )
            }
            return ("<figure class=\"diagram\" tabindex=\"0\">\n" + svg + "</figure>\n", diagnostics)
        }
    }

    /// The block's syntax problems alone, without drawing.
    func problems(_ literal: String, node: Node) -> [Diagnostic] {
        MermaidParser.parse(literal).1.map { diagnostic($0, fence: node.span.start) }
    }

    /// A pie chart as the project's horizontal bar chart: the Charts module draws no pies, and
    /// bars compare slices more accurately anyway.
    private func pieChart(_ pie: PieData, id: String) -> String? {
        let locale = NumberLocale(languageTag: page.language)
        let series = ChartSeries(name: pie.title ?? "", points: pie.slices.map { ChartPoint($0.value, text: $0.text) })
        let options = ChartOptions(id: id, title: pie.title ?? words.title, locale: locale)
        guard
            let svg = try? BarChart(
                data: ChartData(categories: pie.slices.map(\.label), series: [series]), options: options,
                horizontal: true
            ).svg()
        else { return nil }
        return ChartBlock.figure(svg)
    }

    /// A problem at its line and column inside the block, as a warning at file:line:col; the
    /// block's text starts on the line after the fence, its indentation removed.
    private func diagnostic(_ problem: DiagramProblem, fence: SourcePosition) -> Diagnostic {
        let at = SourceLocation(
            file: page.file, line: fence.line + problem.position.line,
            column: max(0, fence.column - 1) + problem.position.column)
        let suffix = problem.effect == .keepsCode ? " (the block is shown as code)" : ""
        return Diagnostic(.warning, rule: "mermaid", problem.message + suffix, at: at)
    }
}

extension DiagramWords {
    init(_ strings: UIStrings) {
        self.init(title: strings["diagram"], nodes: strings["diagramNodes"], edges: strings["diagramEdges"])
    }
}
