/// A graph as Graphviz laid it out, in points with the origin at the top left (SVG's way up).
public struct GraphLayout: Sendable, Equatable {
    public var width: Double
    public var height: Double
    /// By node name, as written in the DOT.
    public var nodes: [String: Box]
    /// In the order the DOT lists them; `id` is the edge's `id` attribute.
    public var edges: [Edge]
    /// By subgraph name (`cluster_…`), outermost first.
    public var clusters: [Cluster]

    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double

        public init(x: Double, y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// A node's centre and size, and Graphviz's outline of it when the shape is a polygon
    /// (edges are clipped at that outline, so sitegen draws the same one).
    public struct Box: Sendable, Equatable {
        public var center: Point
        public var width: Double
        public var height: Double
        public var outline: [Point]?
    }

    public struct Edge: Sendable, Equatable {
        public var id: String
        /// A cubic B-spline as Graphviz gives it: a start point, then three points per segment.
        public var spline: [Point]
        /// Where the arrowhead at the head (`end`) or the tail (`start`) touches its node, when
        /// one is drawn there; the spline stops short of it by the arrow's length.
        public var start: Point?
        public var end: Point?
        public var labelCenter: Point?
    }

    public struct Cluster: Sendable, Equatable {
        public var name: String
        public var x: Double
        public var y: Double
        public var width: Double
        public var height: Double
        public var labelCenter: Point?

        public init(name: String, x: Double, y: Double, width: Double, height: Double, labelCenter: Point?) {
            (self.name, self.x, self.y, self.width, self.height, self.labelCenter) = (
                name, x, y, width, height, labelCenter
            )
        }
    }
}

extension GraphLayout {
    /// Every position moved by (dx, dy): a layout placed inside another.
    public func translated(dx: Double, dy: Double) -> GraphLayout {
        func move(_ p: Point) -> Point { Point(x: p.x + dx, y: p.y + dy) }
        var moved = self
        for (name, box) in nodes {
            moved.nodes[name] = Box(
                center: move(box.center), width: box.width, height: box.height, outline: box.outline?.map(move))
        }
        moved.edges = edges.map {
            Edge(
                id: $0.id, spline: $0.spline.map(move), start: $0.start.map(move), end: $0.end.map(move),
                labelCenter: $0.labelCenter.map(move))
        }
        moved.clusters = clusters.map {
            Cluster(
                name: $0.name, x: $0.x + dx, y: $0.y + dy, width: $0.width, height: $0.height,
                labelCenter: $0.labelCenter.map(move))
        }
        return moved
    }
}
