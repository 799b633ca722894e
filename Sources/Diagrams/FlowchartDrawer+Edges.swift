import Charts
import Graphviz

extension FlowchartDrawer {
    private func laidOut(_ index: Int) -> GraphLayout.Edge? {
        layout.edges.first { $0.id == "e\(index)" }
    }

    private func style(ofEdge index: Int) -> NodeStyle {
        (chart.defaultEdgeStyle ?? NodeStyle()).overridden(by: chart.edgeStyles[index] ?? NodeStyle())
    }

    func drawEdge(_ edge: FlowEdge, index: Int, into svg: inout SVGWriter) {
        guard edge.stroke != .invisible, let path = laidOut(index), let first = path.spline.first else { return }
        let style = style(ofEdge: index)
        let variables = ThemedPaint.variables(for: NodeStyle(stroke: style.stroke))
        svg.open(
            "g",
            [("class", "edge \(edge.stroke.rawValue)" + (variables.isEmpty ? "" : " styled"))]
                + (variables.isEmpty ? [] : [("style", variables)]))
        var d = "M\(first.x.svg),\(first.y.svg)"
        for i in stride(from: 1, to: path.spline.count - 2, by: 3) {
            let (a, b, c) = (path.spline[i], path.spline[i + 1], path.spline[i + 2])
            d += " C\(a.x.svg),\(a.y.svg) \(b.x.svg),\(b.y.svg) \(c.x.svg),\(c.y.svg)"
        }
        let colour = "var(--edge-stroke,\(style.stroke?.hex ?? "#57606a"))"
        let width = style.strokeWidth ?? (edge.stroke == .thick ? 3.2 : 1.5)
        var paint = "fill:none;stroke:\(colour);stroke-width:\(width.svg)"
        if let dash = style.dashArray ?? (edge.stroke == .dotted ? "3 4" : nil) { paint += ";stroke-dasharray:\(dash)" }
        svg.element("path", [("d", d), ("style", paint)])
        if let tip = path.end, let from = path.spline.last {
            drawEnd(edge.head, from: from, tip: tip, colour: colour, into: &svg)
        }
        if let tip = path.start { drawEnd(edge.tail, from: first, tip: tip, colour: colour, into: &svg) }
        svg.close("g")
    }

    /// An arrowhead, circle or cross in the gap Graphviz leaves between the spline and the node.
    private func drawEnd(
        _ end: FlowEdge.End, from: GraphLayout.Point, tip: GraphLayout.Point, colour: String, into svg: inout SVGWriter
    ) {
        let (dx, dy) = (tip.x - from.x, tip.y - from.y)
        let length = max(0.001, (dx * dx + dy * dy).squareRoot())
        let (ux, uy) = (dx / length, dy / length)
        let (mx, my) = ((from.x + tip.x) / 2, (from.y + tip.y) / 2)
        switch end {
        case .none: return
        case .arrow:
            let half = length * 0.4
            let points = [
                (tip.x, tip.y), (from.x - uy * half, from.y + ux * half), (from.x + uy * half, from.y - ux * half),
            ]
            svg.element(
                "polygon",
                [
                    ("points", points.map { "\($0.0.svg),\($0.1.svg)" }.joined(separator: " ")),
                    ("style", "fill:\(colour);stroke:\(colour);stroke-width:1"),
                ])
        case .circle:
            svg.element(
                "circle",
                [
                    ("cx", mx.svg), ("cy", my.svg), ("r", (length / 2 - 0.5).svg),
                    ("style", "fill:var(--bg,#ffffff);stroke:\(colour);stroke-width:1.5"),
                ])
        case .cross:
            let r = length * 0.35
            let (ax, ay) = ((ux - uy) * r, (uy + ux) * r), (bx, by) = ((ux + uy) * r, (uy - ux) * r)
            svg.element(
                "path",
                [
                    (
                        "d",
                        "M\((mx - ax).svg),\((my - ay).svg) L\((mx + ax).svg),\((my + ay).svg) M\((mx - bx).svg),\((my - by).svg) L\((mx + bx).svg),\((my + by).svg)"
                    ),
                    ("style", "fill:none;stroke:\(colour);stroke-width:2"),
                ])
        }
    }

    /// The label on a background of the page's colour, so an edge crossing it does not strike it through.
    func drawEdgeLabel(_ edge: FlowEdge, index: Int, into svg: inout SVGWriter) {
        guard edge.stroke != .invisible, let label = edge.label, !label.isEmpty,
            let center = laidOut(index)?.labelCenter
        else { return }
        let lines = label.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let size = DOTWriter.edgeFontSize, lineHeight = DOTWriter.edgeFontSize * 1.2
        let width = lines.map { TextMetrics.width($0, fontSize: size) }.max() ?? 0
        let height = lineHeight * Double(lines.count)
        svg.open("g", [("class", "edge-label")])
        svg.element(
            "rect",
            [
                ("x", (center.x - width / 2 - 3).svg), ("y", (center.y - height / 2 - 1).svg),
                ("width", (width + 6).svg),
                ("height", (height + 2).svg), ("rx", "3"), ("style", "fill:var(--bg,#ffffff);opacity:0.92"),
            ])
        let top = center.y - lineHeight * Double(lines.count - 1) / 2
        for (i, line) in lines.enumerated() {
            svg.element(
                "text",
                [
                    ("x", center.x.svg), ("y", (top + Double(i) * lineHeight).svg), ("text-anchor", "middle"),
                    ("dominant-baseline", "central"),
                    ("font-size", size.svg), ("style", "fill:var(--fg,#1f2328)"),
                ], text: line)
        }
        svg.close("g")
    }
}
