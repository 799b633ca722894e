import Foundation

extension BarChart {
    private static let maxLabelWidth = 200.0

    func drawHorizontal(_ layout: BarLayout, summary: String) -> String {
        let names = data.series.map(\.name)
        let legendNames = data.series.count > 1 ? names : []
        let top = ChartCanvas.top(legend: legendNames) + 6
        let lines = data.categories.map {
            LabelFitter.lines($0, maxWidth: Self.maxLabelWidth, fontSize: ChartCanvas.fontSize, maxLines: 2)
        }
        let labelWidth = lines.flatMap { $0 }.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0
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
        let height = plot.bottom + 22 + (options.valueTitle == nil ? 0 : 20) + ChartCanvas.margin

        var canvas = ChartCanvas(
            options: options, kind: options.stacked ? "stacked-hbar" : "hbar", height: height, summary: summary,
            seriesCount: data.series.count)
        if !legendNames.isEmpty { Legend.draw(names, sample: .swatch, top: 34, canvas: &canvas) }
        plot.drawHorizontalValueAxis(layout.axis, title: options.valueTitle, canvas: &canvas)

        let barHeight = (row - 10) / Double(slots)
        canvas.svg.open("g", [("class", "chart-bars")])
        for segment in layout.segments {
            let slot = options.stacked ? 0 : segment.series
            let y = plot.top + row * Double(segment.category) + 5 + barHeight * Double(slot)
            let x0 = plot.x(layout.axis.fraction(segment.start)), x1 = plot.x(layout.axis.fraction(segment.end))
            canvas.svg.open("g", [("class", segment.point.expected == nil ? "chart-bar" : "chart-bar chart-mismatch")])
            canvas.svg.element("title", text: tooltip(segment))
            Palette.bar(
                segment.series, chart: canvas.id, x: min(x0, x1), y: y + 1, width: abs(x1 - x0), height: barHeight - 2,
                into: &canvas.svg)
            var end = max(x0, x1)
            if let expectedEnd = segment.expectedEnd {
                let xe = plot.x(layout.axis.fraction(expectedEnd))
                canvas.svg.element(
                    "rect",
                    [
                        ("x", min(x0, x1).svg), ("y", (y + 1).svg), ("width", abs(x1 - x0).svg),
                        ("height", (barHeight - 2).svg),
                        ("style", Self.mismatchOutline),
                    ])
                canvas.svg.element(
                    "rect",
                    [
                        ("class", "chart-expected"), ("x", min(x0, xe).svg), ("y", (y + barHeight * 0.3).svg),
                        ("width", abs(xe - x0).svg),
                        ("height", (barHeight * 0.4).svg), ("style", Self.ghostStyle),
                    ])
                end = max(end, xe)
            }
            if let label = valueLabel(segment, layout: layout) {
                canvas.svg.element(
                    "text",
                    [
                        ("class", "chart-value"), ("x", (end + 5).svg), ("y", (y + barHeight / 2 + 4).svg),
                        ("font-size", "11"), ("fill", "currentColor"),
                    ], text: label)
                if let computed = computedLabel(segment) {
                    let x = end + 5 + TextMetrics.width(label + "  ", fontSize: 11)
                    canvas.svg.element(
                        "text",
                        [
                            ("class", "chart-value chart-expected"), ("x", x.svg), ("y", (y + barHeight / 2 + 4).svg),
                            ("font-size", "11"), ("style", "fill:\(Palette.alert)"),
                        ], text: computed)
                }
            }
            canvas.svg.close("g")
        }
        canvas.svg.close("g")
        canvas.svg.open("g", [("class", "chart-axis chart-category-axis")])
        for (i, category) in data.categories.enumerated() {
            let centre = plot.top + row * (Double(i) + 0.5)
            let first = centre + 4 - Double(lines[i].count - 1) * 7
            canvas.label(category, lines: lines[i], x: plot.left - 8, y: first, anchor: "end")
        }
        canvas.svg.close("g")
        return canvas.finish()
    }
}
