import Charts
import Graphviz

/// Lays a flowchart out with Graphviz and draws it; the one place Diagrams calls the wrapper.
public struct DiagramRenderer: Sendable {
    public let graphviz: GraphvizLibrary

    public init(graphviz: GraphvizLibrary = .system) {
        self.graphviz = graphviz
    }

    /// Whether diagrams can be drawn here; without libgvc, mermaid blocks stay code.
    public var isAvailable: Bool { graphviz.isAvailable }

    /// The chart as one `<svg>`; nil when Graphviz is missing or fails on the graph. `id` prefixes
    /// the SVG's element ids and must be unique within the page.
    public func svg(_ chart: Flowchart, id: String, words: DiagramWords = .english) -> String? {
        guard let layout = layout(chart) else { return nil }
        return FlowchartDrawer(chart: chart, layout: layout, id: id, words: words).svg()
    }

    /// Graphviz's layout of the chart, text measured with the metrics the SVG is drawn with;
    /// subgraphs with their own direction are laid out on their own and placed as boxes.
    public func layout(_ chart: Flowchart) -> GraphLayout? {
        let graphviz = graphviz
        return ScopedLayout(chart: chart) { dot in
            graphviz.layout(dot: dot) { text, size in TextMetrics.width(text, fontSize: size) }
        }.layout()
    }

    /// The DOT text handed to Graphviz, for tests and for debugging a layout by hand.
    public static func dot(_ chart: Flowchart) -> String { DOTWriter.dot(chart) }
}
