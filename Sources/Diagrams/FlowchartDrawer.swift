import Charts
import Foundation
import Graphviz

/// The words an accessible diagram needs, in the page's language.
public struct DiagramWords: Sendable {
    public var title: String
    public var nodes: String
    public var edges: String

    public init(title: String, nodes: String, edges: String) {
        self.title = title
        self.nodes = nodes
        self.edges = edges
    }

    public static let english = DiagramWords(title: "Flowchart", nodes: "Nodes", edges: "Edges")
}

/// Draws a laid-out flowchart as one `<svg>`: clusters, nodes, edges, then labels on top.
///
/// Colours are the theme's custom properties (`--node-fill`, `--edge-stroke`… set by the
/// stylesheet from `--bg`, `--fg` and `--chart-*`), each with a light fallback for readers
/// without the stylesheet, such as feed readers.
struct FlowchartDrawer {
    let chart: Flowchart
    let layout: GraphLayout
    let id: String
    let words: DiagramWords
    static let padding = 4.0
    /// Drawn a little larger than laid out, so 14-unit labels read like the page's body text.
    static let scale = 1.15

    func svg() -> String {
        var svg = SVGWriter()
        let (width, height) = (layout.width + 2 * Self.padding, layout.height + 2 * Self.padding)
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "diagram"),
                ("viewBox", "0 0 \(width.svg) \(height.svg)"),
                ("width", (width * Self.scale).svg), ("height", (height * Self.scale).svg), ("role", "img"),
                ("aria-labelledby", "\(id)-title \(id)-desc"),
                ("font-size", DOTWriter.fontSize.svg),
            ])
        svg.element("title", [("id", "\(id)-title")], text: words.title)
        svg.element("desc", [("id", "\(id)-desc")], text: description())
        svg.open("g", [("transform", "translate(\(Self.padding.svg),\(Self.padding.svg))")])
        for (i, cluster) in layout.clusters.enumerated() { drawCluster(cluster, index: i, into: &svg) }
        // Edges over nodes: Graphviz clips them at its own outline of a shape, which differs a
        // little from the one drawn here (slanted sides), and an arrowhead must never be hidden.
        for (i, node) in chart.nodes.enumerated() { drawNode(node, box: layout.nodes["n\(i)"], into: &svg) }
        for (i, edge) in chart.edges.enumerated() { drawEdge(edge, index: i, into: &svg) }
        for (i, edge) in chart.edges.enumerated() { drawEdgeLabel(edge, index: i, into: &svg) }
        for cluster in layout.clusters { drawClusterTitle(cluster, into: &svg) }
        svg.close("g")
        svg.close("svg")
        return svg.output
    }

    private func drawCluster(_ cluster: GraphLayout.Cluster, index: Int, into svg: inout SVGWriter) {
        guard cluster.name.hasPrefix("cluster_s"), let i = Int(cluster.name.dropFirst(9)), i < chart.subgraphs.count
        else { return }
        svg.open("g", [("class", "cluster")])
        svg.element(
            "rect",
            [
                ("x", cluster.x.svg), ("y", cluster.y.svg), ("width", cluster.width.svg),
                ("height", cluster.height.svg), ("rx", "6"),
                ("style", "fill:var(--cluster-fill,#f6f8fa);stroke:var(--cluster-stroke,#d0d7de);stroke-width:1"),
            ])
        svg.close("g")
    }

    /// Titles go over the edges on a patch of the cluster's fill, so an edge entering from above
    /// passes under the title instead of striking it through.
    private func drawClusterTitle(_ cluster: GraphLayout.Cluster, into svg: inout SVGWriter) {
        guard cluster.name.hasPrefix("cluster_s"), let i = Int(cluster.name.dropFirst(9)), i < chart.subgraphs.count,
            let center = cluster.labelCenter
        else { return }
        let title = chart.subgraphs[i].title
        // Bold glyphs run a little wider than the metrics' regular ones.
        let width = min(cluster.width - 2, TextMetrics.width(title, fontSize: DOTWriter.fontSize) * 1.08 + 8),
            height = DOTWriter.fontSize * 1.3
        svg.open("g", [("class", "cluster-title")])
        svg.element(
            "rect",
            [
                ("x", (center.x - width / 2).svg), ("y", (center.y - height / 2).svg), ("width", width.svg),
                ("height", height.svg),
                ("rx", "3"), ("style", "fill:var(--cluster-fill,#f6f8fa)"),
            ])
        svg.element(
            "text",
            [
                ("x", center.x.svg), ("y", center.y.svg), ("text-anchor", "middle"), ("dominant-baseline", "central"),
                ("style", "fill:var(--cluster-text,#57606a);font-weight:600"),
            ], text: title)
        svg.close("g")
    }

    /// Nodes in reading order (rank by rank along the chart's direction), then every edge as
    /// "from → to (label)" in the order of its ends.
    func description() -> String {
        let order = readingOrder()
        let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let labels = Dictionary(
            chart.nodes.map { ($0.id, $0.lines.joined(separator: " ")) }, uniquingKeysWith: { a, _ in a })
        let titles = Dictionary(chart.subgraphs.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let nodes = order.map { labels[$0] ?? $0 }.joined(separator: "; ")
        let edges = chart.edges.enumerated().filter { $0.element.stroke != .invisible }.sorted {
            (rank[$0.element.from] ?? .max, rank[$0.element.to] ?? .max, $0.offset) < (
                rank[$1.element.from] ?? .max, rank[$1.element.to] ?? .max, $1.offset
            )
        }.map { _, edge in
            let arrow =
                edge.head == .none && edge.tail == .none
                ? " — " : edge.tail != .none && edge.head != .none ? " ↔ " : " → "
            let label = edge.label.map { " (\($0.replacingOccurrences(of: "\n", with: " ")))" } ?? ""
            return (labels[edge.from] ?? titles[edge.from] ?? edge.from) + arrow
                + (labels[edge.to] ?? titles[edge.to] ?? edge.to) + label
        }
        return "\(words.nodes): \(nodes). \(words.edges): \(edges.joined(separator: "; "))."
    }

    private func readingOrder() -> [String] {
        chart.nodes.enumerated().sorted { a, b in
            let p = layout.nodes["n\(a.offset)"]?.center ?? GraphLayout.Point(x: 0, y: 0)
            let q = layout.nodes["n\(b.offset)"]?.center ?? GraphLayout.Point(x: 0, y: 0)
            switch chart.direction {
            case .topToBottom: return (p.y, p.x, a.offset) < (q.y, q.x, b.offset)
            case .bottomToTop: return (-p.y, p.x, a.offset) < (-q.y, q.x, b.offset)
            case .leftToRight: return (p.x, p.y, a.offset) < (q.x, q.y, b.offset)
            case .rightToLeft: return (-p.x, p.y, a.offset) < (-q.x, q.y, b.offset)
            }
        }.map(\.element.id)
    }
}
