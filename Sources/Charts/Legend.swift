/// A row (or rows) of series names with their swatch or line sample, under the title.
enum Legend {
    static let rowHeight = 20.0
    private static let maxItemWidth = 260.0
    private static let sample = 26.0

    enum Sample { case swatch, line }

    /// Where each entry goes, left to right, wrapping at the chart's width.
    static func positions(_ names: [String]) -> [(x: Double, row: Int, shown: String)] {
        var x = ChartCanvas.margin
        var row = 0
        return names.map { name in
            let shown = LabelFitter.shorten(name, maxWidth: maxItemWidth, fontSize: ChartCanvas.fontSize)
            let width = sample + 6 + TextMetrics.width(shown, fontSize: ChartCanvas.fontSize) + 18
            if x + width > ChartCanvas.width - ChartCanvas.margin, x > ChartCanvas.margin {
                row += 1
                x = ChartCanvas.margin
            }
            defer { x += width }
            return (x, row, shown)
        }
    }

    static func height(_ names: [String]) -> Double {
        Double((positions(names).last?.row ?? 0) + 1) * rowHeight + 6
    }

    static func draw(_ names: [String], sample kind: Sample, top: Double, canvas: inout ChartCanvas) {
        canvas.svg.open("g", [("class", "chart-legend")])
        for (series, place) in positions(names).enumerated() {
            let y = top + Double(place.row) * rowHeight
            switch kind {
            case .swatch:
                Palette.bar(
                    series, chart: canvas.id, x: place.x, y: y + 2, width: sample, height: 12, into: &canvas.svg)
            case .line:
                var style = "stroke:\(Palette.colour(series));stroke-width:2.5;fill:none"
                if let dash = Palette.dash(series) { style += ";stroke-dasharray:\(dash)" }
                canvas.svg.element("path", [("d", "M\(place.x.svg),\((y + 8).svg) h\(sample.svg)"), ("style", style)])
                Palette.marker(series, x: place.x + sample / 2, y: y + 8, into: &canvas.svg)
            }
            canvas.label(
                names[series], lines: [place.shown], x: place.x + sample + 6, y: y + 12, anchor: "start",
                className: "chart-legend-item")
        }
        canvas.svg.close("g")
    }
}
