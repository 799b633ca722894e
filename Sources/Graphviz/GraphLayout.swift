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
    }
}
