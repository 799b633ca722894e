/// Writes a flowchart as Graphviz DOT for layout only: Graphviz places and routes, sitegen draws.
///
/// Nodes are named `n0`, `n1`… by their index and edges carry `id="e<i>"`, so author text is never
/// a DOT identifier and the layout maps back without ambiguity; labels are escaped DOT strings
/// measured by sitegen's text plugin (font name `sitegen`).
enum DOTWriter {
    static let fontSize = 14.0
    static let edgeFontSize = 12.0

    static func dot(_ chart: Flowchart) -> String {
        let index = Dictionary(chart.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "digraph G {\n"
        out += "graph [rankdir=\(chart.direction.rawValue), compound=true, nodesep=0.35, ranksep=0.45, fontname=\"sitegen\", fontsize=\(Int(fontSize)), margin=0];\n"
        out += "node [fontname=\"sitegen\", fontsize=\(Int(fontSize)), height=0.4, width=0.5, fixedsize=false];\n"
        out += "edge [fontname=\"sitegen\", fontsize=\(Int(edgeFontSize)), arrowsize=0.8, dir=both];\n"
        let placed = Set(chart.subgraphs.flatMap(\.nodeIDs))
        for (i, subgraph) in chart.subgraphs.enumerated() where subgraph.parent == nil {
            cluster(i, chart, index, into: &out)
        }
        for (i, node) in chart.nodes.enumerated() where !placed.contains(node.id) {
            out += Self.node(i, node) + "\n"
        }
        for (i, edge) in chart.edges.enumerated() {
            guard let (from, tail) = endpoint(edge.from, chart, index), let (to, head) = endpoint(edge.to, chart, index) else { continue }
            var attributes = ["id=\"e\(i)\"", "arrowhead=\(edge.head == .none ? "none" : "normal")", "arrowtail=\(edge.tail == .none ? "none" : "normal")"]
            if let label = edge.label, !label.isEmpty { attributes.append("label=\(quoted(label))") }
            if edge.extraLength > 0 { attributes.append("minlen=\(1 + edge.extraLength)") }
            if edge.stroke == .invisible { attributes.append("style=invis") }
            if let tail { attributes.append("ltail=\(tail)") }
            if let head { attributes.append("lhead=\(head)") }
            out += "n\(from) -> n\(to) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    static func clusterName(_ index: Int) -> String { "cluster_s\(index)" }

    private static func cluster(_ i: Int, _ chart: Flowchart, _ index: [String: Int], into out: inout String) {
        let subgraph = chart.subgraphs[i]
        // Titles at the left: edges usually enter a cluster at the middle of its top, through a centred title.
        out += "subgraph \(clusterName(i)) {\nlabel=\(quoted(subgraph.title)); labeljust=l; margin=12;\n"
        for id in subgraph.nodeIDs {
            if let n = index[id] { out += node(n, chart.nodes[n]) + "\n" }
        }
        for child in subgraph.children { cluster(child, chart, index, into: &out) }
        out += "}\n"
    }

    /// A node id, or a subgraph id standing for its first node with the edge clipped at the cluster.
    private static func endpoint(_ id: String, _ chart: Flowchart, _ index: [String: Int]) -> (Int, String?)? {
        if let n = index[id] { return (n, nil) }
        guard let s = chart.subgraphs.firstIndex(where: { $0.id == id }), let first = firstNode(s, chart), let n = index[first] else { return nil }
        return (n, clusterName(s))
    }

    private static func firstNode(_ s: Int, _ chart: Flowchart) -> String? {
        chart.subgraphs[s].nodeIDs.first ?? chart.subgraphs[s].children.lazy.compactMap { firstNode($0, chart) }.first
    }

    private static func node(_ i: Int, _ node: FlowNode) -> String {
        let (shape, margin) = Self.shape(node.shape)
        return "n\(i) [\(shape), margin=\"\(margin)\", label=\(quoted(node.lines.joined(separator: "\n")))];"
    }

    /// Graphviz's nearest shape (its attributes), with room for what sitegen draws beyond a box
    /// (round ends, rails); polygons are drawn with Graphviz's own outline.
    private static func shape(_ shape: FlowNode.Shape) -> (String, String) {
        switch shape {
        case .rectangle, .rounded: ("shape=box", "0.16,0.07")
        case .stadium, .asymmetric: ("shape=box", "0.3,0.07")
        case .subroutine: ("shape=box", "0.26,0.07")
        case .cylinder: ("shape=cylinder", "0.16,0.07")
        case .circle: ("shape=circle", "0.06,0.06")
        case .doubleCircle: ("shape=doublecircle", "0.06,0.06")
        case .diamond: ("shape=diamond", "0.05,0.03")
        case .hexagon: ("shape=hexagon", "0.08,0.05")
        case .parallelogram: ("shape=parallelogram", "0.1,0.06")
        case .parallelogramAlt: ("shape=polygon, sides=4, skew=-0.6", "0.1,0.06")
        case .trapezoid: ("shape=trapezium", "0.1,0.06")
        case .trapezoidAlt: ("shape=invtrapezium", "0.1,0.06")
        }
    }

    /// A DOT string: backslashes first, so `\N` and friends in a label stay literal text.
    static func quoted(_ text: String) -> String {
        var out = "\""
        for c in text {
            switch c {
            case "\\": out += "\\\\"
            case "\"": out += "\\\""
            case "\n": out += "\\n"
            case "\r": break
            default: out.append(c)
            }
        }
        return out + "\""
    }
}
