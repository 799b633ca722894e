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

    /// The elements that draw `shape` in `box`; an element with a `class` is a line drawn over the fill.
    static func outline(_ shape: FlowNode.Shape, _ box: GraphLayout.Box) -> [(String, [(String, String)])] {
        let (w, h) = (box.width, box.height)
        let (x, y) = (box.center.x - w / 2, box.center.y - h / 2)
        let (cx, cy) = (box.center.x, box.center.y)
        func rect(rx: Double) -> (String, [(String, String)]) {
            ("rect", [("x", x.svg), ("y", y.svg), ("width", w.svg), ("height", h.svg), ("rx", rx.svg)])
        }
        func polygon(_ points: [(Double, Double)]) -> (String, [(String, String)]) {
            ("polygon", [("points", points.map { "\($0.0.svg),\($0.1.svg)" }.joined(separator: " "))])
        }
        let skew = min(h * 0.35, w * 0.2)
        // Graphviz clips edges at its own outline of a polygon; drawing that outline keeps
        // arrowheads on the border of slanted and pointed shapes.
        if let outline = box.outline, outline.count >= 3,
            [.diamond, .hexagon, .parallelogram, .parallelogramAlt, .trapezoid, .trapezoidAlt].contains(shape)
        {
            return [polygon(outline.map { ($0.x, $0.y) })]
        }
        switch shape {
        case .rectangle: return [rect(rx: 0)]
        case .rounded: return [rect(rx: 8)]
        case .stadium: return [rect(rx: h / 2)]
        case .subroutine:
            return [
                rect(rx: 0),
                (
                    "path",
                    [
                        ("class", "rail"),
                        ("d", "M\((x + 8).svg),\(y.svg) v\(h.svg) M\((x + w - 8).svg),\(y.svg) v\(h.svg)"),
                    ]
                ),
            ]
        case .cylinder:
            let ry = min(h * 0.12, 8.0), rx = w / 2
            let body =
                "M\(x.svg),\((y + ry).svg) a\(rx.svg),\(ry.svg) 0 0 1 \(w.svg),0 v\((h - 2 * ry).svg) a\(rx.svg),\(ry.svg) 0 0 1 \((-w).svg),0 Z"
            return [
                ("path", [("d", body)]),
                ("path", [("class", "rim"), ("d", "M\(x.svg),\((y + ry).svg) a\(rx.svg),\(ry.svg) 0 0 0 \(w.svg),0")]),
            ]
        case .circle:
            return [("circle", [("cx", cx.svg), ("cy", cy.svg), ("r", (min(w, h) / 2).svg)])]
        case .doubleCircle:
            return [
                ("circle", [("cx", cx.svg), ("cy", cy.svg), ("r", (min(w, h) / 2).svg)]),
                ("circle", [("class", "inner"), ("cx", cx.svg), ("cy", cy.svg), ("r", (min(w, h) / 2 - 4).svg)]),
            ]
        case .diamond: return [polygon([(cx, y), (x + w, cy), (cx, y + h), (x, cy)])]
        case .hexagon:
            let inset = min(w * 0.25, h * 0.5)
            return [
                polygon([
                    (x + inset, y), (x + w - inset, y), (x + w, cy), (x + w - inset, y + h), (x + inset, y + h),
                    (x, cy),
                ])
            ]
        case .parallelogram: return [polygon([(x + skew, y), (x + w, y), (x + w - skew, y + h), (x, y + h)])]
        case .parallelogramAlt: return [polygon([(x, y), (x + w - skew, y), (x + w, y + h), (x + skew, y + h)])]
        case .trapezoid: return [polygon([(x + skew, y), (x + w - skew, y), (x + w, y + h), (x, y + h)])]
        case .trapezoidAlt: return [polygon([(x, y), (x + w, y), (x + w - skew, y + h), (x + skew, y + h)])]
        case .asymmetric: return [polygon([(x, y), (x + w, y), (x + w, y + h), (x, y + h), (x + skew, cy)])]
        }
    }
}
