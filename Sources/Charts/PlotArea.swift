/// The rectangle data are drawn in, and the axis furniture around it: grid lines, tick labels
/// and category labels.
struct PlotArea {
    var left: Double
    var top: Double
    var right: Double
    var bottom: Double

    var width: Double { right - left }
    var height: Double { bottom - top }

    /// The y of a value on a vertical value axis.
    func y(_ fraction: Double) -> Double { bottom - fraction * height }
    /// The x of a value on a horizontal value axis.
    func x(_ fraction: Double) -> Double { left + fraction * width }

    /// The widest tick label, to size the margin it sits in.
    static func tickLabelWidth(_ axis: ValueAxis) -> Double {
        axis.labels.map { TextMetrics.width($0, fontSize: ChartCanvas.fontSize) }.max() ?? 0
    }

    /// Horizontal grid lines with tick labels on the left, and the axis title above them.
    func drawVerticalValueAxis(_ axis: ValueAxis, title: String?, canvas: inout ChartCanvas) {
        canvas.svg.open("g", [("class", "chart-axis chart-value-axis")])
        for (tick, label) in zip(axis.ticks, axis.labels) {
            let y = self.y(axis.fraction(tick))
            let isBase = tick == axis.baseline
            canvas.svg.element(
                "path",
                [
                    ("d", "M\(left.svg),\(y.svg) H\(right.svg)"),
                    ("style", "stroke:\(isBase ? Palette.axis : Palette.grid);stroke-width:1"),
                ])
            canvas.svg.element(
                "text",
                [("x", (left - 6).svg), ("y", (y + 4).svg), ("text-anchor", "end"), ("style", "fill:\(Palette.axis)")],
                text: label)
        }
        if let title {
            let shown = LabelFitter.shorten(
                title, maxWidth: ChartCanvas.width - 2 * ChartCanvas.margin, fontSize: ChartCanvas.fontSize)
            canvas.label(
                title, lines: [shown], x: ChartCanvas.margin, y: top - 22, anchor: "start",
                className: "chart-axis-title")
        }
        canvas.svg.close("g")
    }

    /// Vertical grid lines with tick labels below, and the axis title under them.
    func drawHorizontalValueAxis(_ axis: ValueAxis, title: String?, canvas: inout ChartCanvas) {
        canvas.svg.open("g", [("class", "chart-axis chart-value-axis")])
        for (tick, label) in zip(axis.ticks, axis.labels) {
            let x = self.x(axis.fraction(tick))
            let isBase = tick == axis.baseline
            canvas.svg.element(
                "path",
                [
                    ("d", "M\(x.svg),\(top.svg) V\(bottom.svg)"),
                    ("style", "stroke:\(isBase ? Palette.axis : Palette.grid);stroke-width:1"),
                ])
            canvas.svg.element(
                "text",
                [("x", x.svg), ("y", (bottom + 16).svg), ("text-anchor", "middle"), ("style", "fill:\(Palette.axis)")],
                text: label)
        }
        if let title {
            let shown = LabelFitter.shorten(title, maxWidth: width, fontSize: ChartCanvas.fontSize)
            canvas.label(
                title, lines: [shown], x: left + width / 2, y: bottom + 34, anchor: "middle",
                className: "chart-axis-title")
        }
        canvas.svg.close("g")
    }

    /// Category labels under a horizontal band axis, wrapped to the band's width.
    static func categoryLines(_ categories: [String], band: Double) -> [[String]] {
        categories.map {
            LabelFitter.lines($0, maxWidth: max(24, band - 6), fontSize: ChartCanvas.fontSize, maxLines: 3)
        }
    }

    func drawCategoryLabels(_ categories: [String], lines: [[String]], centres: [Double], canvas: inout ChartCanvas) {
        canvas.svg.open("g", [("class", "chart-axis chart-category-axis")])
        for (i, category) in categories.enumerated() {
            canvas.label(category, lines: lines[i], x: centres[i], y: bottom + 18, anchor: "middle")
        }
        canvas.svg.close("g")
    }
}
