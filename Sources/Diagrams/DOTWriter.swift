/// Writes a flowchart as Graphviz DOT for layout only: Graphviz places and routes, sitegen draws.
///
/// Nodes are named `n0`, `n1`… by their index and edges carry `id="e<i>"`, so author text is never
/// a DOT identifier and the layout maps back without ambiguity; labels are escaped DOT strings
/// measured by sitegen's text plugin (font name `sitegen`).
enum DOTWriter {
    static let fontSize = 14.0
    static let edgeFontSize = 12.0

    /// What one DOT graph holds: the whole chart (`subgraph` nil) or one subgraph laid out on its
    /// own, in `direction`; the subgraphs in `boxes` (laid out on their own already) stand in it as
    /// one fixed-size box each, named `b<index>`.
    struct Scope {
        var subgraph: Int?
        var direction: Flowchart.Direction
        var boxes: [Int: (width: Double, height: Double)] = [:]
    }

    static func dot(_ chart: Flowchart) -> String {
        dot(chart, scope: Scope(subgraph: nil, direction: chart.direction))
    }

    static func dot(_ chart: Flowchart, scope: Scope) -> String {
        let index = Dictionary(chart.nodes.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "digraph G {\n"
        out +=
            "graph [rankdir=\(scope.direction.rawValue), compound=true, nodesep=0.35, ranksep=0.45, fontname=\"sitegen\", fontsize=\(Int(fontSize)), margin=0];\n"
        out += "node [fontname=\"sitegen\", fontsize=\(Int(fontSize)), height=0.4, width=0.5, fixedsize=false];\n"
        out += "edge [fontname=\"sitegen\", fontsize=\(Int(edgeFontSize)), arrowsize=0.8, dir=both];\n"
        let members = Members(chart)
        if let s = scope.subgraph {
            for id in chart.subgraphs[s].nodeIDs {
                if let n = index[id] { out += node(n, chart.nodes[n]) + "\n" }
            }
            for child in chart.subgraphs[s].children { cluster(child, chart, index, scope, into: &out) }
        } else {
            for (i, subgraph) in chart.subgraphs.enumerated() where subgraph.parent == nil {
                cluster(i, chart, index, scope, into: &out)
            }
            for (i, node) in chart.nodes.enumerated() where members.home[node.id] == nil {
                out += Self.node(i, node) + "\n"
            }
        }
        for (i, edge) in chart.edges.enumerated() {
            guard let (from, tail) = endpoint(edge.from, chart, index, members, scope),
                let (to, head) = endpoint(edge.to, chart, index, members, scope),
                !(from == to && from.hasPrefix("b"))
            else { continue }
            var attributes = [
                "id=\"e\(i)\"", "arrowhead=\(edge.head == .none ? "none" : "normal")",
                "arrowtail=\(edge.tail == .none ? "none" : "normal")",
            ]
            if let label = edge.label, !label.isEmpty { attributes.append("label=\(quoted(label))") }
            if edge.extraLength > 0 { attributes.append("minlen=\(1 + edge.extraLength)") }
            if edge.stroke == .invisible { attributes.append("style=invis") }
            if let tail { attributes.append("ltail=\(tail)") }
            if let head { attributes.append("lhead=\(head)") }
            out += "\(from) -> \(to) [\(attributes.joined(separator: ", "))];\n"
        }
        return out + "}\n"
    }

    static func clusterName(_ index: Int) -> String { "cluster_s\(index)" }
    static func boxName(_ index: Int) -> String { "b\(index)" }

    private static func cluster(
        _ i: Int, _ chart: Flowchart, _ index: [String: Int], _ scope: Scope, into out: inout String
    ) {
        if let size = scope.boxes[i] {
            out +=
                "\(boxName(i)) [shape=box, fixedsize=true, width=\(inches(size.width)), height=\(inches(size.height)), label=\"\"];\n"
            return
        }
        let subgraph = chart.subgraphs[i]
        // Titles at the left: edges usually enter a cluster at the middle of its top, through a centred title.
        out += "subgraph \(clusterName(i)) {\nlabel=\(quoted(subgraph.title)); labeljust=l; margin=12;\n"
        for id in subgraph.nodeIDs {
            if let n = index[id] { out += node(n, chart.nodes[n]) + "\n" }
        }
        for child in subgraph.children { cluster(child, chart, index, scope, into: &out) }
        out += "}\n"
    }

    private static func inches(_ points: Double) -> String { String(format: "%.4f", points / 72) }

    /// Which subgraph each node is first written in, and each subgraph's index by id.
    struct Members {
        var home: [String: Int] = [:]
        var subgraphs: [String: Int] = [:]

        init(_ chart: Flowchart) {
            for (i, subgraph) in chart.subgraphs.enumerated() {
                for id in subgraph.nodeIDs where home[id] == nil { home[id] = i }
                if subgraphs[subgraph.id] == nil { subgraphs[subgraph.id] = i }
            }
        }
    }

    /// The subgraphs from `start` outwards.
    private static func chain(_ start: Int?, _ chart: Flowchart) -> [Int] {
        var found: [Int] = []
        var next = start
        while let i = next, !found.contains(i) {
            found.append(i)
            next = chart.subgraphs[i].parent
        }
        return found
    }

    /// The box standing for a node inside `chain` (innermost first), if one of its subgraphs
    /// below the scope is laid out on its own; nil when the chain does not reach into the scope.
    private static func placement(_ chain: [Int], _ scope: Scope) -> (inScope: Bool, box: Int?) {
        var below = chain
        if let s = scope.subgraph {
            guard let at = chain.firstIndex(of: s) else { return (false, nil) }
            below = Array(chain[..<at])
        }
        return (true, below.last { scope.boxes[$0] != nil })
    }

    /// A node, or a subgraph standing for its first node with the edge clipped at the cluster, or
    /// the box of a subgraph laid out on its own; nil for an end outside the scope.
    private static func endpoint(
        _ id: String, _ chart: Flowchart, _ index: [String: Int], _ members: Members, _ scope: Scope
    ) -> (String, String?)? {
        if let n = index[id] {
            let (inScope, box) = placement(chain(members.home[id], chart), scope)
            guard inScope else { return nil }
            return (box.map(boxName) ?? "n\(n)", nil)
        }
        guard let s = members.subgraphs[id], s != scope.subgraph else { return nil }
        let (inScope, box) = placement(chain(s, chart), scope)
        guard inScope else { return nil }
        if let box { return (boxName(box), nil) }
        guard let first = firstNode(s, chart), let n = index[first] else { return nil }
        let (_, inner) = placement(chain(members.home[first], chart), scope)
        return (inner.map(boxName) ?? "n\(n)", clusterName(s))
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
