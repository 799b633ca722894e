import Charts
import Graphviz

extension FlowchartDrawer {
    func drawNode(_ node: FlowNode, box: GraphLayout.Box?, into svg: inout SVGWriter) {
        guard let box else { return }
        let style = chart.style(of: node)
        let variables = ThemedPaint.variables(for: style)
        svg.open(
            "g", [("class", style.isEmpty ? "node" : "node styled")] + (variables.isEmpty ? [] : [("style", variables)])
        )
        var paint =
            "fill:var(--node-fill,\(style.fill?.hex ?? "#ffffff"));stroke:var(--node-stroke,\(style.stroke?.hex ?? "#4e79a7"));stroke-width:\((style.strokeWidth ?? 1.5).svg)"
        if let dash = style.dashArray { paint += ";stroke-dasharray:\(dash)" }
        for (name, attributes) in Self.outline(node.shape, box) {
            svg.element(
                name,
                attributes + [
                    ("style", paint + (name == "line" || attributes.contains { $0.0 == "class" } ? ";fill:none" : ""))
                ])
        }
        let lineHeight = DOTWriter.fontSize * 1.2
        let top = box.center.y - lineHeight * Double(node.lines.count - 1) / 2
        let text = "fill:var(--node-text,\(ThemedPaint.readable(style.text, on: style.fill ?? ThemedPaint.white).hex))"
        for (i, line) in node.lines.enumerated() {
            svg.element(
                "text",
                [
                    ("x", box.center.x.svg), ("y", (top + Double(i) * lineHeight).svg), ("text-anchor", "middle"),
                    ("dominant-baseline", "central"), ("style", text),
                ], text: line)
        }
        svg.close("g")
    }

    /// One SVG element: its name and attributes.
    typealias OutlineElement = (String, [(String, String)])

    /// The shapes Graphviz clips edges against a polygon outline of its own.
    private static let polygonShapes: [FlowNode.Shape] = [
        .diamond, .hexagon, .parallelogram, .parallelogramAlt, .trapezoid, .trapezoidAlt,
    ]

    /// The elements that draw `shape` in `box`; an element with a `class` is a line drawn over the fill.
    static func outline(_ shape: FlowNode.Shape, _ box: GraphLayout.Box) -> [OutlineElement] {
        let frame = NodeFrame(box)
        let (x, y, w, h, cx, cy) = (frame.x, frame.y, frame.w, frame.h, frame.cx, frame.cy)
        let skew = min(h * 0.35, w * 0.2)
        // Graphviz clips edges at its own outline of a polygon; drawing that outline keeps
        // arrowheads on the border of slanted and pointed shapes.
        if let outline = box.outline, outline.count >= 3, polygonShapes.contains(shape) {
            return [polygon(outline.map { ($0.x, $0.y) })]
        }
        switch shape {
        case .rectangle: return [frame.rect(rx: 0)]
        case .rounded: return [frame.rect(rx: 8)]
        case .stadium: return [frame.rect(rx: h / 2)]
        case .subroutine: return subroutine(frame)
        case .cylinder: return cylinder(frame)
        case .circle: return [circle(frame)]
        case .doubleCircle: return [circle(frame), innerRing(frame)]
        case .diamond: return [polygon([(cx, y), (x + w, cy), (cx, y + h), (x, cy)])]
        case .hexagon: return [hexagon(frame)]
        case .parallelogram: return [polygon([(x + skew, y), (x + w, y), (x + w - skew, y + h), (x, y + h)])]
        case .parallelogramAlt: return [polygon([(x, y), (x + w - skew, y), (x + w, y + h), (x + skew, y + h)])]
        case .trapezoid: return [polygon([(x + skew, y), (x + w - skew, y), (x + w, y + h), (x, y + h)])]
        case .trapezoidAlt: return [polygon([(x, y), (x + w, y), (x + w - skew, y + h), (x + skew, y + h)])]
        case .asymmetric: return [polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x + skew, cy)])]
        }
    }

    /// A node's box as its top-left corner, size and centre.
    private struct NodeFrame {
        let x, y, w, h, cx, cy: Double

        init(_ box: GraphLayout.Box) {
            (w, h) = (box.width, box.height)
            (x, y) = (box.center.x - w / 2, box.center.y - h / 2)
            (cx, cy) = (box.center.x, box.center.y)
        }

        func rect(rx: Double) -> OutlineElement {
            ("rect", [("x", x.svg), ("y", y.svg), ("width", w.svg), ("height", h.svg), ("rx", rx.svg)])
        }
    }

    private static func polygon(_ points: [(Double, Double)]) -> OutlineElement {
        ("polygon", [("points", points.map { "\($0.0.svg),\($0.1.svg)" }.joined(separator: " "))])
    }

    /// A rectangle with a rail down each side.
    private static func subroutine(_ f: NodeFrame) -> [OutlineElement] {
        [
            f.rect(rx: 0),
            (
                "path",
                [
                    ("class", "rail"),
                    ("d", "M\((f.x + 8).svg),\(f.y.svg) v\(f.h.svg) M\((f.x + f.w - 8).svg),\(f.y.svg) v\(f.h.svg)"),
                ]
            ),
        ]
    }

    /// The body with both ends rounded, and the front rim of the top end drawn over it.
    private static func cylinder(_ f: NodeFrame) -> [OutlineElement] {
        let (x, y, w, h) = (f.x, f.y, f.w, f.h)
        let ry = min(h * 0.12, 8.0), rx = w / 2
        let body =
            "M\(x.svg),\((y + ry).svg) a\(rx.svg),\(ry.svg) 0 0 1 \(w.svg),0 v\((h - 2 * ry).svg) a\(rx.svg),\(ry.svg) 0 0 1 \((-w).svg),0 Z"
        return [
            ("path", [("d", body)]),
            ("path", [("class", "rim"), ("d", "M\(x.svg),\((y + ry).svg) a\(rx.svg),\(ry.svg) 0 0 0 \(w.svg),0")]),
        ]
    }

    /// The circle that fits the box.
    private static func circle(_ f: NodeFrame) -> OutlineElement {
        ("circle", [("cx", f.cx.svg), ("cy", f.cy.svg), ("r", (min(f.w, f.h) / 2).svg)])
    }

    /// The inner ring of a double circle, drawn over the fill.
    private static func innerRing(_ f: NodeFrame) -> OutlineElement {
        ("circle", [("class", "inner"), ("cx", f.cx.svg), ("cy", f.cy.svg), ("r", (min(f.w, f.h) / 2 - 4).svg)])
    }

    private static func hexagon(_ f: NodeFrame) -> OutlineElement {
        let (x, y, w, h) = (f.x, f.y, f.w, f.h)
        let inset = min(w * 0.25, h * 0.5)
        return polygon([
            (x + inset, y), (x + w - inset, y), (x + w, f.cy), (x + w - inset, y + h), (x + inset, y + h), (x, f.cy),
        ])
    }
}
