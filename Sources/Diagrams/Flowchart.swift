/// A place inside a diagram block: 1-based line (the block's first line is 1) and character column.
public struct BlockPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (a: Self, b: Self) -> Bool { (a.line, a.column) < (b.line, b.column) }
    public var description: String { "\(line):\(column)" }
}

/// A Mermaid flowchart as written: nodes, edges and subgraphs in source order, with the styles
/// the author gave them.
public struct Flowchart: Sendable, Equatable {
    public enum Direction: String, Sendable, CaseIterable {
        case topToBottom = "TB", bottomToTop = "BT", leftToRight = "LR", rightToLeft = "RL"
    }

    public var direction: Direction = .topToBottom
    public var nodes: [FlowNode] = []
    public var edges: [FlowEdge] = []
    public var subgraphs: [Subgraph] = []
    /// Styles named by `classDef`, applied by `class` and `:::`; `default` applies to every node.
    public var classes: [String: NodeStyle] = [:]
    /// `linkStyle` by edge index (in the order edges are written); `defaultEdgeStyle` for `linkStyle default`.
    public var edgeStyles: [Int: NodeStyle] = [:]
    public var defaultEdgeStyle: NodeStyle?

    public init() {}

    public func node(_ id: String) -> FlowNode? { nodes.first { $0.id == id } }

    /// The node's own style over its classes' styles, over `classDef default`.
    public func style(of node: FlowNode) -> NodeStyle {
        var style = classes["default"] ?? NodeStyle()
        for name in node.classes { style = style.overridden(by: classes[name] ?? NodeStyle()) }
        return style.overridden(by: node.style)
    }
}

public struct FlowNode: Sendable, Equatable {
    public enum Shape: String, Sendable, CaseIterable {
        case rectangle, rounded, stadium, subroutine, cylinder, circle, doubleCircle, diamond, hexagon
        case parallelogram, parallelogramAlt, trapezoid, trapezoidAlt, asymmetric
    }

    public var id: String
    /// Lines of the label (`<br>` splits them); the id when no label is written.
    public var lines: [String]
    public var shape: Shape = .rectangle
    public var classes: [String] = []
    public var style = NodeStyle()
    /// Where the node is first written.
    public var position: BlockPosition
}

public struct FlowEdge: Sendable, Equatable {
    public enum Stroke: String, Sendable { case solid, thick, dotted, invisible }
    public enum End: String, Sendable { case none, arrow, circle, cross }

    /// Node or subgraph ids.
    public var from: String
    public var to: String
    public var label: String?
    public var stroke: Stroke
    public var head: End
    public var tail: End
    /// Extra dashes (`--->`) ask for a longer edge: one more rank each.
    public var extraLength: Int
    public var position: BlockPosition
}

public struct Subgraph: Sendable, Equatable {
    public var id: String
    public var title: String
    /// Nodes first written inside it (not inside a nested subgraph).
    public var nodeIDs: [String] = []
    /// Indexes into `Flowchart.subgraphs`.
    public var children: [Int] = []
    public var parent: Int?
    public var position: BlockPosition
    /// A `direction` the subgraph declares, and where; Graphviz lays a graph out in one
    /// direction, so such a subgraph is laid out on its own (see `ownLayout`).
    public var direction: Flowchart.Direction?
    public var directionPosition: BlockPosition?
}

extension Flowchart {
    /// Subgraphs laid out as graphs of their own, in their declared direction, and placed in
    /// their parent's layout as one box: those whose direction differs from the one they would
    /// follow and none of whose nodes links outside them. As in Mermaid, a subgraph with such a
    /// link follows its parent's direction (an edge to the subgraph itself is fine: it meets the box).
    public var ownLayout: Set<Int> {
        ownLayoutAndIgnored().own
    }

    /// Subgraphs with their own direction nest at most this deep; deeper ones follow their parent.
    static let ownLayoutDepth = 16

    /// The subgraphs laid out on their own, and those whose declared direction is ignored, with
    /// why (a node inside that links outside, or too deep a nesting).
    func ownLayoutAndIgnored() -> (own: Set<Int>, ignored: [(subgraph: Int, reason: String)]) {
        var own: Set<Int> = []
        var ignored: [(Int, String)] = []
        guard subgraphs.contains(where: { $0.direction != nil }) else { return (own, ignored) }
        var home: [String: Int] = [:]
        for (i, subgraph) in subgraphs.enumerated() {
            for id in subgraph.nodeIDs where home[id] == nil { home[id] = i }
        }
        let subgraphIndex = Dictionary(subgraphs.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        func ancestors(_ start: Int?) -> Set<Int> {
            var chain: Set<Int> = []
            var next = start
            while let i = next, chain.insert(i).inserted { next = subgraphs[i].parent }
            return chain
        }
        /// The subgraphs an edge end lies in (a subgraph named as the end lies in its parents), and that subgraph.
        struct End { var inside: Set<Int>; var subgraph: Int?; var id: String }
        func end(_ id: String) -> End {
            if let s = subgraphIndex[id], home[id] == nil {
                return End(inside: ancestors(subgraphs[s].parent), subgraph: s, id: id)
            }
            return End(inside: ancestors(home[id]), subgraph: nil, id: id)
        }
        let ends = edges.map { (end($0.from), end($0.to)) }
        // Declared directions, outermost first (parents come before their children), each against
        // the direction it would otherwise follow.
        var effective: [Int: Flowchart.Direction] = [:]
        var ownDepth: [Int: Int] = [:]
        for i in subgraphs.indices {
            let parent = subgraphs[i].parent
            effective[i] = parent.flatMap { effective[$0] } ?? direction
            ownDepth[i] = parent.flatMap { ownDepth[$0] } ?? 0
            guard let declared = subgraphs[i].direction, declared != effective[i] else { continue }
            var linkedOutside: String?
            for (a, b) in ends where linkedOutside == nil {
                let (aIn, bIn) = (a.inside.contains(i), b.inside.contains(i))
                if aIn, !bIn {
                    linkedOutside = a.id
                } else if bIn, !aIn {
                    linkedOutside = b.id
                } else if aIn, b.subgraph == i {
                    linkedOutside = a.id
                } else if bIn, a.subgraph == i {
                    linkedOutside = b.id
                }
            }
            if let node = linkedOutside {
                ignored.append((i, "its node '\(node)' links outside it (as in Mermaid)"))
            } else if ownDepth[i]! >= Self.ownLayoutDepth {
                ignored.append((i, "subgraphs with their own direction nest at most \(Self.ownLayoutDepth) deep"))
            } else {
                own.insert(i)
                effective[i] = declared
                ownDepth[i] = ownDepth[i]! + 1
            }
        }
        return (own, ignored)
    }
}
