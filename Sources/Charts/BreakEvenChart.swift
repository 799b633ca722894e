import Foundation
import Numbers

/// Fixed costs as flat lines against volume-driven costs as rising lines, each crossing marked
/// with its volume: below it the variable option is cheaper, above it the fixed one.
public struct BreakEvenChart: Sendable {
    public var data: BreakEvenData
    public var options: ChartOptions

    public init(data: BreakEvenData, options: ChartOptions) {
        self.data = data
        self.options = options
    }

    private static let plotHeight = 240.0

    /// Throws what `svg()` would throw, without drawing: `sitegen check` asks only this.
    public func validate() throws(ChartError) {
        _ = try axes(data.crossings)
    }

    /// The volume and cost axes, or why the data cannot be drawn.
    private func axes(_ crossings: [BreakEvenData.Crossing]) throws(ChartError) -> (volume: ValueAxis, cost: ValueAxis)
    {
        guard !data.fixed.isEmpty, !data.variable.isEmpty else { throw .noData }
        guard let lastCrossing = crossings.map(\.volume).max() else { throw .noCrossing }
        let volumeAxis = try ValueAxis(
            values: [0, data.volumeMax ?? lastCrossing * Decimal(string: "1.5")!], scale: .linear,
            format: ValueFormat(locale: options.locale))
        let highestFixed = data.fixed.map(\.value).max() ?? 1
        return (volumeAxis, try ValueAxis(values: [0, highestFixed * 2], scale: .linear, format: options.format))
    }

    public func svg() throws(ChartError) -> String {
        let crossings = data.crossings
        let (volumeAxis, costAxis) = try axes(crossings)
        let names = data.fixed.map(\.name) + data.variable.map(\.name)
        let top = ChartCanvas.top(legend: names) + (options.valueTitle == nil ? 16 : 34)
        let plot = PlotArea(
            left: ChartCanvas.margin + PlotArea.tickLabelWidth(costAxis) + 10, top: top,
            right: ChartCanvas.width - ChartCanvas.margin - 12, bottom: top + Self.plotHeight)
        let height = plot.bottom + 42 + ChartCanvas.margin

        var canvas = ChartCanvas(
            options: options, kind: "break-even", height: height, summary: summary(crossings), seriesCount: 1)
        Legend.draw(names, sample: .line, top: 34, canvas: &canvas)
        plot.drawVerticalValueAxis(costAxis, title: options.valueTitle, canvas: &canvas)
        drawVolumeTicks(volumeAxis, plot: plot, canvas: &canvas)
        let volumeEnd = volumeAxis.ticks.last!, costEnd = costAxis.ticks.last!
        for (f, fixed) in data.fixed.enumerated() {
            let y = plot.y(costAxis.fraction(fixed.value))
            canvas.svg.open("g", [("class", "chart-series chart-fixed")])
            canvas.svg.element("title", text: "\(fixed.name): \(fixed.text ?? options.format.value(fixed.value))")
            canvas.svg.element(
                "path", [("d", "M\(plot.left.svg),\(y.svg) H\(plot.right.svg)"), ("style", lineStyle(f))])
            Palette.marker(f, x: plot.right, y: y, into: &canvas.svg)
            canvas.svg.close("g")
        }
        for (v, variable) in data.variable.enumerated() {
            let series = data.fixed.count + v
            // The line runs to the edge of the plot, or to its top if it leaves through the top.
            let endVolume = min(volumeEnd, costEnd / variable.rate)
            let end = (plot.x(volumeAxis.fraction(endVolume)), plot.y(costAxis.fraction(endVolume * variable.rate)))
            canvas.svg.open("g", [("class", "chart-series chart-variable")])
            canvas.svg.element("title", text: variable.name)
            canvas.svg.element(
                "path",
                [
                    ("d", "M\(plot.left.svg),\(plot.bottom.svg) L\(end.0.svg),\(end.1.svg)"),
                    ("style", lineStyle(series)),
                ])
            Palette.marker(series, x: end.0, y: end.1, into: &canvas.svg)
            canvas.svg.close("g")
        }
        for (i, crossing) in crossings.enumerated() where crossing.volume <= volumeEnd {
            drawCrossing(crossing, index: i, plot: plot, volumeAxis: volumeAxis, costAxis: costAxis, canvas: &canvas)
        }
        return canvas.finish()
    }

    private func lineStyle(_ series: Int) -> String {
        var style = "stroke:\(Palette.colour(series));stroke-width:\(series < data.fixed.count ? "3" : "2.5");fill:none"
        if let dash = Palette.dash(series) { style += ";stroke-dasharray:\(dash)" }
        return style
    }

    private func drawVolumeTicks(_ axis: ValueAxis, plot: PlotArea, canvas: inout ChartCanvas) {
        canvas.svg.open("g", [("class", "chart-axis chart-volume-axis")])
        for (tick, label) in zip(axis.ticks, axis.labels) {
            let x = plot.x(axis.fraction(tick))
            canvas.svg.element("path", [("d", "M\(x.svg),\(plot.bottom.svg) v5"), ("style", "stroke:\(Palette.axis)")])
            canvas.svg.element(
                "text",
                [
                    ("x", x.svg), ("y", (plot.bottom + 18).svg), ("text-anchor", "middle"),
                    ("style", "fill:\(Palette.axis)"),
                ], text: label)
        }
        let shown = LabelFitter.shorten(data.volumeTitle, maxWidth: plot.width, fontSize: ChartCanvas.fontSize)
        canvas.label(
            data.volumeTitle, lines: [shown], x: plot.left + plot.width / 2, y: plot.bottom + 36, anchor: "middle",
            className: "chart-axis-title")
        canvas.svg.close("g")
    }

    private func drawCrossing(
        _ crossing: BreakEvenData.Crossing, index: Int, plot: PlotArea, volumeAxis: ValueAxis, costAxis: ValueAxis,
        canvas: inout ChartCanvas
    ) {
        let x = plot.x(volumeAxis.fraction(crossing.volume)), y = plot.y(costAxis.fraction(crossing.cost))
        let volume = volumeText(crossing.volume)
        canvas.svg.open("g", [("class", "chart-crossing")])
        canvas.svg.element(
            "title",
            text:
                "\(data.fixed[crossing.fixed].name) = \(data.variable[crossing.variable].name): \(volume) \(data.volumeTitle)"
        )
        canvas.svg.element(
            "path",
            [
                ("d", "M\(x.svg),\(y.svg) V\(plot.bottom.svg)"),
                ("style", "stroke:\(Palette.axis);stroke-width:1;stroke-dasharray:3 3"),
            ])
        canvas.svg.element(
            "circle",
            [
                ("cx", x.svg), ("cy", y.svg), ("r", "5.5"),
                ("style", "fill:var(--bg,#fff);stroke:currentColor;stroke-width:2"),
            ])
        // The volume is written at the foot of the drop line, where the lines rarely are, and
        // staggered so neighbouring crossings do not overwrite each other.
        let labelY = plot.bottom - 6 - Double(index % 2) * 15
        let text = TextPattern.fill(ChartWords.of(options.locale).breakEvenMark, ["x": volume])
        canvas.svg.element(
            "text",
            [
                ("class", "chart-value"), ("x", (x + 4).svg), ("y", labelY.svg), ("text-anchor", "start"),
                ("font-size", "11"),
                ("font-weight", "600"), ("fill", "currentColor"), ("style", Palette.halo),
            ], text: text)
        canvas.svg.close("g")
    }

    /// A volume is a count: whole units from ten up, two decimals below.
    private func volumeText(_ volume: Decimal) -> String {
        NumberFormatting.format(volume, locale: options.locale, fractionDigits: volume >= 10 ? 0 : 2)
    }

    private func summary(_ crossings: [BreakEvenData.Crossing]) -> String {
        let words = ChartWords.of(options.locale)
        var parts = [words.breakEvenChart + words.sentenceEnd]
        for crossing in crossings {
            let fixed = data.fixed[crossing.fixed]
            parts.append(
                TextPattern.fill(
                    words.crossing,
                    [
                        "fixed": fixed.name, "fixedValue": fixed.text ?? options.format.value(fixed.value),
                        "variable": data.variable[crossing.variable].name, "x": volumeText(crossing.volume),
                        "unit": data.volumeTitle,
                    ]))
        }
        return parts.joined(separator: words.sentenceEnd == "。" ? "" : " ")
    }
}
