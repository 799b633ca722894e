import Foundation

extension BarChart {
    private static let maxLabelWidth = 200.0

    /// The rows of a horizontal bar chart: one row per category, split into one slot per series
    /// unless the bars are stacked.
    private struct HorizontalRows {
        let plot: PlotArea
        let row: Double
        let barHeight: Double
        let stacked: Bool

        /// The top of a segment's bar.
        func y(of segment: BarLayout.Segment) -> Double {
            let slot = stacked ? 0 : segment.series
            return plot.top + row * Double(segment.category) + 5 + barHeight * Double(slot)
        }
    }

    func drawHorizontal(_ layout: BarLayout, summary: String) -> String {
        let names = data.series.map(\.name)
        let legendNames = data.series.count > 1 ? names : []
        let lines = data.categories.map {
            LabelFitter.lines($0, maxWidth: Self.maxLabelWidth, fontSize: ChartCanvas.fontSize, maxLines: 2)
        }
        let rows = horizontalRows(layout, top: ChartCanvas.top(legend: legendNames) + 6, labelLines: lines)
        let height = rows.plot.bottom + 22 + (options.valueTitle == nil ? 0 : 20) + ChartCanvas.margin

        var canvas = ChartCanvas(
            options: options, kind: options.stacked ? "stacked-hbar" : "hbar", height: height, summary: summary,
            seriesCount: data.series.count)
        if !legendNames.isEmpty { Legend.draw(names, sample: .swatch, top: 34, canvas: &canvas) }
        rows.plot.drawHorizontalValueAxis(layout.axis, title: options.valueTitle, canvas: &canvas)

        canvas.svg.open("g", [("class", "chart-bars")])
        for segment in layout.segments {
            drawHorizontalBar(segment, layout: layout, rows: rows, canvas: &canvas)
        }
        canvas.svg.close("g")
        drawRowLabels(lines, rows: rows, canvas: &canvas)
        return canvas.finish()
    }

    /// The plot sits between the widest category label on the left and the widest value label
    /// on the right, so neither is clipped.
    private func horizontalRows(_ layout: BarLayout, top: Double, labelLines: [[String]]) -> HorizontalRows {
        let labelWidth =
            labelLines.flatMap { $0 }.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0
        let valueWidth =
            layout.segments.compactMap { segment -> Double? in
                let text = [valueLabel(segment, layout: layout), computedLabel(segment)].compactMap { $0 }.joined(
                    separator: "  ")
                return TextMetrics.width(text, fontSize: 11)
            }.max() ?? 0
        let slots = options.stacked ? 1 : data.series.count
        let row = max(30, Double(slots) * 16 + 12)
        let plot = PlotArea(
            left: ChartCanvas.margin + labelWidth + 10, top: top,
            right: ChartCanvas.width - ChartCanvas.margin - valueWidth - 8,
            bottom: top + row * Double(data.categories.count))
        return HorizontalRows(plot: plot, row: row, barHeight: (row - 10) / Double(slots), stacked: options.stacked)
    }

    private func drawHorizontalBar(
        _ segment: BarLayout.Segment, layout: BarLayout, rows: HorizontalRows, canvas: inout ChartCanvas
    ) {
        let plot = rows.plot, barHeight = rows.barHeight
        let y = rows.y(of: segment)
        let x0 = plot.x(layout.axis.fraction(segment.start)), x1 = plot.x(layout.axis.fraction(segment.end))
        openBar(segment, x: min(x0, x1), y: y + 1, width: abs(x1 - x0), height: barHeight - 2, canvas: &canvas)
        var end = max(x0, x1)
        if let expectedEnd = segment.expectedEnd {
            let xe = plot.x(layout.axis.fraction(expectedEnd))
            canvas.svg.element(
                "rect",
                [
                    ("class", "chart-expected"), ("x", min(x0, xe).svg), ("y", (y + barHeight * 0.3).svg),
                    ("width", abs(xe - x0).svg),
                    ("height", (barHeight * 0.4).svg), ("style", Self.ghostStyle),
                ])
            end = max(end, xe)
        }
        drawHorizontalLabels(segment, layout: layout, after: end, middle: y + barHeight / 2, canvas: &canvas)
        canvas.svg.close("g")
    }

    /// The value right of a bar (or of its expected ghost, whichever reaches further), and after
    /// it the computed value when `check` disagreed.
    private func drawHorizontalLabels(
        _ segment: BarLayout.Segment, layout: BarLayout, after end: Double, middle: Double, canvas: inout ChartCanvas
    ) {
        guard let label = valueLabel(segment, layout: layout) else { return }
        canvas.svg.element(
            "text",
            [
                ("class", "chart-value"), ("x", (end + 5).svg), ("y", (middle + 4).svg),
                ("font-size", "11"), ("fill", "currentColor"),
            ], text: label)
        if let computed = computedLabel(segment) {
            let x = end + 5 + TextMetrics.width(label + "  ", fontSize: 11)
            canvas.svg.element(
                "text",
                [
                    ("class", "chart-value chart-expected"), ("x", x.svg), ("y", (middle + 4).svg),
                    ("font-size", "11"), ("style", "fill:\(Palette.alert)"),
                ], text: computed)
        }
    }

    /// Each category's label, its lines centred on its row.
    private func drawRowLabels(_ lines: [[String]], rows: HorizontalRows, canvas: inout ChartCanvas) {
        canvas.svg.open("g", [("class", "chart-axis chart-category-axis")])
        for (i, category) in data.categories.enumerated() {
            let centre = rows.plot.top + rows.row * (Double(i) + 0.5)
            let first = centre + 4 - Double(lines[i].count - 1) * 7
            canvas.label(category, lines: lines[i], x: rows.plot.left - 8, y: first, anchor: "end")
        }
        canvas.svg.close("g")
    }
}
