import Charts
import Graphviz

/// Lays a flowchart out with every subgraph that has its own direction (`Flowchart.ownLayout`)
/// laid out first as a graph of its own, in that direction, then placed in its parent's layout as
/// one fixed-size box with room for its title; edges to the subgraph meet the box's border.
struct ScopedLayout {
    let chart: Flowchart
    let own: Set<Int>
    /// For each subgraph laid out on its own, the closest enclosing one that is too (nil: the chart).
    let enclosing: [Int: Int?]
    /// Graphviz: DOT in, layout out.
    let run: (String) -> GraphLayout?

    static let margin = 12.0
    static let titleHeight = 20.0

    init(chart: Flowchart, run: @escaping (String) -> GraphLayout?) {
        self.chart = chart
        let own = chart.ownLayout
        self.own = own
        self.run = run
        var enclosing: [Int: Int?] = [:]
        for k in own {
            var next = chart.subgraphs[k].parent
            var seen: Set<Int> = []
            while let i = next, !own.contains(i), seen.insert(i).inserted { next = chart.subgraphs[i].parent }
            enclosing[k] = next
        }
        self.enclosing = enclosing
    }

    func layout() -> GraphLayout? {
        layout(scope: nil, direction: chart.direction)
    }

    private func layout(scope: Int?, direction: Flowchart.Direction) -> GraphLayout? {
        let boxed = own.filter { enclosing[$0] == .some(scope) }.sorted()
        var inner: [Int: GraphLayout] = [:]
        var sizes: [Int: (width: Double, height: Double)] = [:]
        for k in boxed {
            guard let direction = chart.subgraphs[k].direction, let laid = layout(scope: k, direction: direction) else {
                return nil
            }
            inner[k] = laid
            sizes[k] = boxSize(k, laid)
        }
        guard
            var outer = run(
                DOTWriter.dot(chart, scope: DOTWriter.Scope(subgraph: scope, direction: direction, boxes: sizes)))
        else { return nil }
        for k in boxed {
            guard let box = outer.nodes.removeValue(forKey: DOTWriter.boxName(k)), let laid = inner[k] else {
                return nil
            }
            place(laid, of: k, in: box, into: &outer)
        }
        // Outermost first, as the drawer paints them (a parent's index is below its children's).
        outer.clusters.sort { ($0.name.count, $0.name) < ($1.name.count, $1.name) }
        return outer
    }

    private func titleWidth(_ k: Int) -> Double {
        let title = chart.subgraphs[k].title
        // Bold glyphs run a little wider than the metrics' regular ones, as the drawer allows.
        return title.isEmpty ? 0 : TextMetrics.width(title, fontSize: DOTWriter.fontSize) * 1.08 + 8
    }

    private func boxSize(_ k: Int, _ laid: GraphLayout) -> (width: Double, height: Double) {
        let title = chart.subgraphs[k].title.isEmpty ? 0 : Self.titleHeight
        return (
            max(laid.width + 2 * Self.margin, titleWidth(k) + 2 * Self.margin), laid.height + 2 * Self.margin + title
        )
    }

    /// The inner layout inside the box, centred across and below the title, and the box as the subgraph's cluster.
    private func place(_ laid: GraphLayout, of k: Int, in box: GraphLayout.Box, into outer: inout GraphLayout) {
        let (x, y) = (box.center.x - box.width / 2, box.center.y - box.height / 2)
        let title = chart.subgraphs[k].title.isEmpty ? 0 : Self.titleHeight
        let moved = laid.translated(dx: x + (box.width - laid.width) / 2, dy: y + Self.margin + title)
        outer.nodes.merge(moved.nodes) { _, new in new }
        outer.edges += moved.edges
        outer.clusters += moved.clusters
        let label =
            title == 0 ? nil : GraphLayout.Point(x: x + Self.margin + titleWidth(k) / 2 - 4, y: y + 4 + title / 2)
        outer.clusters.append(
            GraphLayout.Cluster(
                name: DOTWriter.clusterName(k), x: x, y: y, width: box.width, height: box.height, labelCenter: label))
    }
}
