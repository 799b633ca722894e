import Foundation

extension BarChart {
    private static let plotHeight = 220.0

    func drawVertical(_ layout: BarLayout, summary: String) -> String {
        let names = data.series.map(\.name)
        let legendNames = data.series.count > 1 ? names : []
        let top = ChartCanvas.top(legend: legendNames) + (options.valueTitle == nil ? 16 : 34)
        let left = ChartCanvas.margin + PlotArea.tickLabelWidth(layout.axis) + 10
        let right = ChartCanvas.width - ChartCanvas.margin
        let band = (right - left) / Double(data.categories.count)
        let lines = PlotArea.categoryLines(data.categories, band: band)
        let plot = PlotArea(left: left, top: top, right: right, bottom: top + Self.plotHeight)
        let height = plot.bottom + 18 + Double((lines.map(\.count).max() ?? 1) - 1) * 14 + ChartCanvas.margin

        var canvas = ChartCanvas(
            options: options, kind: options.stacked ? "stacked-bar" : "bar", height: height, summary: summary,
            seriesCount: data.series.count)
        if !legendNames.isEmpty { Legend.draw(names, sample: .swatch, top: 34, canvas: &canvas) }
        plot.drawVerticalValueAxis(layout.axis, title: options.valueTitle, canvas: &canvas)

        let groupWidth = band * 0.72
        let slots = options.stacked ? 1 : data.series.count
        let barWidth = groupWidth / Double(slots)
        canvas.svg.open("g", [("class", "chart-bars")])
        for segment in layout.segments {
            let slot = options.stacked ? 0 : segment.series
            let x = plot.left + band * Double(segment.category) + (band - groupWidth) / 2 + barWidth * Double(slot)
            let y0 = plot.y(layout.axis.fraction(segment.start)), y1 = plot.y(layout.axis.fraction(segment.end))
            openBar(segment, x: x + 1, y: min(y0, y1), width: barWidth - 2, height: abs(y0 - y1), canvas: &canvas)
            var labelTop = min(y0, y1)
            if let expectedEnd = segment.expectedEnd {
                let ye = plot.y(layout.axis.fraction(expectedEnd))
                canvas.svg.element(
                    "rect",
                    [
                        ("class", "chart-expected"), ("x", (x + barWidth * 0.3).svg), ("y", min(y0, ye).svg),
                        ("width", (barWidth * 0.4).svg),
                        ("height", abs(y0 - ye).svg), ("style", Self.ghostStyle),
                    ])
                labelTop = min(labelTop, ye)
            }
            drawLabels(
                segment, layout: layout, centre: x + barWidth / 2, top: labelTop, width: barWidth, canvas: &canvas)
            canvas.svg.close("g")
        }
        canvas.svg.close("g")
        let centres = data.categories.indices.map { plot.left + band * (Double($0) + 0.5) }
        plot.drawCategoryLabels(data.categories, lines: lines, centres: centres, canvas: &canvas)
        return canvas.finish()
    }

    /// The value above a bar, and above it the computed value when `check` disagreed; left out
    /// when the bar is too narrow for it (the value stays in the bar's `<title>` and the table).
    private func drawLabels(
        _ segment: BarLayout.Segment, layout: BarLayout, centre: Double, top: Double, width: Double,
        canvas: inout ChartCanvas
    ) {
        guard let label = valueLabel(segment, layout: layout),
            TextMetrics.width(label, fontSize: 11) <= width + 10
        else { return }
        canvas.svg.element(
            "text",
            [
                ("class", "chart-value"), ("x", centre.svg), ("y", (top - 5).svg), ("text-anchor", "middle"),
                ("font-size", "11"), ("fill", "currentColor"),
            ], text: label)
        if let computed = computedLabel(segment) {
            canvas.svg.element(
                "text",
                [
                    ("class", "chart-value chart-expected"), ("x", centre.svg), ("y", (top - 19).svg),
                    ("text-anchor", "middle"),
                    ("font-size", "11"), ("style", "fill:\(Palette.alert)"),
                ], text: computed)
        }
    }
}
