import Foundation
import Numbers

/// One line per series over evenly spaced categories, each with its own marker and dash.
public struct LineChart: Sendable {
    public var data: ChartData
    public var options: ChartOptions

    public init(data: ChartData, options: ChartOptions) {
        self.data = data
        self.options = options
    }

    private static let plotHeight = 220.0

    /// Throws what `svg()` would throw, without drawing: `sitegen check` asks only this.
    public func validate() throws(ChartError) {
        _ = try axis()
    }

    /// The value axis, or why the data cannot be drawn.
    private func axis() throws(ChartError) -> ValueAxis {
        guard !data.categories.isEmpty, !data.allValues.isEmpty else { throw .noData }
        if options.scale == .log,
            let bad = data.categories.indices.first(where: { i in
                data.series.contains { ($0.points[i].map { $0.value <= 0 || ($0.expected ?? 1) <= 0 }) == true }
            })
        {
            throw .nonPositiveOnLogScale(label: data.categories[bad])
        }
        return try ValueAxis(values: data.allValues, scale: options.scale, format: options.format)
    }

    public func svg() throws(ChartError) -> String {
        let axis = try axis()
        let names = data.series.map(\.name)
        let legendNames = data.series.count > 1 ? names : []
        let top = ChartCanvas.top(legend: legendNames) + (options.valueTitle == nil ? 16 : 34)
        let left = ChartCanvas.margin + PlotArea.tickLabelWidth(axis) + 10
        let right = ChartCanvas.width - ChartCanvas.margin
        let band = (right - left) / Double(data.categories.count)
        let lines = PlotArea.categoryLines(data.categories, band: band)
        let plot = PlotArea(left: left, top: top, right: right, bottom: top + Self.plotHeight)
        let height = plot.bottom + 18 + Double((lines.map(\.count).max() ?? 1) - 1) * 14 + ChartCanvas.margin
        let summary = ChartSummary.sentence(kind: ChartWords.of(options.locale).lineChart, data: data, options: options)

        var canvas = ChartCanvas(options: options, kind: "line", height: height, summary: summary, seriesCount: 1)
        if !legendNames.isEmpty { Legend.draw(names, sample: .line, top: 34, canvas: &canvas) }
        plot.drawVerticalValueAxis(axis, title: options.valueTitle, canvas: &canvas)
        let centres = data.categories.indices.map { plot.left + band * (Double($0) + 0.5) }
        for (s, series) in data.series.enumerated() {
            canvas.svg.open("g", [("class", "chart-series")])
            var path = ""
            var pen = "M"
            for (i, point) in series.points.enumerated() {
                guard let point else { pen = "M"; continue }
                path += "\(pen)\(centres[i].svg),\(plot.y(axis.fraction(point.value)).svg) "
                pen = "L"
            }
            var style = "stroke:\(Palette.colour(s));stroke-width:2.5;fill:none;stroke-linejoin:round"
            if let dash = Palette.dash(s) { style += ";stroke-dasharray:\(dash)" }
            canvas.svg.element("path", [("d", String(path.dropLast())), ("style", style)])
            for (i, point) in series.points.enumerated() {
                guard let point else { continue }
                drawPoint(point, series: s, category: i, x: centres[i], axis: axis, plot: plot, canvas: &canvas)
            }
            canvas.svg.close("g")
        }
        plot.drawCategoryLabels(data.categories, lines: lines, centres: centres, canvas: &canvas)
        return canvas.finish()
    }

    private func drawPoint(
        _ point: ChartPoint, series s: Int, category i: Int, x: Double, axis: ValueAxis, plot: PlotArea,
        canvas: inout ChartCanvas
    ) {
        let format = options.format
        let y = plot.y(axis.fraction(point.value))
        canvas.svg.open("g", [("class", point.expected == nil ? "chart-point" : "chart-point chart-mismatch")])
        var tip = data.series.count > 1 ? "\(data.categories[i]) — \(data.series[s].name): " : "\(data.categories[i]): "
        tip += format.label(point) + (point.expected.map { " ≠ " + format.value($0) } ?? "")
        canvas.svg.element("title", text: tip)
        if let expected = point.expected {
            let ye = plot.y(axis.fraction(expected))
            canvas.svg.element(
                "path",
                [
                    ("d", "M\(x.svg),\(y.svg) V\(ye.svg)"),
                    ("style", "stroke:\(Palette.alert);stroke-width:1;stroke-dasharray:3 2"),
                ])
            canvas.svg.element(
                "circle",
                [
                    ("class", "chart-expected"), ("cx", x.svg), ("cy", ye.svg), ("r", "6"),
                    ("style", BarChart.ghostStyle),
                ])
            let note = TextPattern.fill(
                ChartWords.of(options.locale).computedMark, ["computed": format.value(expected)])
            // The computed note goes beyond the ghost and the stated label beyond the point, on
            // opposite sides, so the two never overlap.
            let ghostAbove = ye < y
            canvas.svg.element(
                "text",
                [
                    ("class", "chart-value chart-expected"), ("x", x.svg), ("y", (ghostAbove ? ye - 10 : ye + 19).svg),
                    ("text-anchor", "middle"), ("font-size", "11"), ("style", "fill:\(Palette.alert);\(Palette.halo)"),
                ], text: note)
        }
        Palette.marker(s, x: x, y: y, into: &canvas.svg)
        if data.series.count == 1 {
            let below = point.expected.map { plot.y(axis.fraction($0)) < y } ?? false
            canvas.svg.element(
                "text",
                [
                    ("class", "chart-value"), ("x", x.svg), ("y", (below ? y + 19 : y - 9).svg),
                    ("text-anchor", "middle"), ("font-size", "11"),
                    ("fill", "currentColor"), ("style", Palette.halo),
                ], text: format.label(point))
        }
        canvas.svg.close("g")
    }
}
