import Foundation
import Numbers

/// Vertical or horizontal bars, one per category and series, grouped side by side or stacked.
public struct BarChart: Sendable {
    public var data: ChartData
    public var options: ChartOptions
    public var horizontal: Bool

    public init(data: ChartData, options: ChartOptions, horizontal: Bool = false) {
        self.data = data
        self.options = options
        self.horizontal = horizontal
    }

    /// Throws what `svg()` would throw, without drawing: `sitegen check` asks only this.
    public func validate() throws(ChartError) {
        _ = try BarLayout(data: data, options: options)
    }

    /// The chart as one `<svg>` element.
    public func svg() throws(ChartError) -> String {
        let layout = try BarLayout(data: data, options: options)
        let summary = ChartSummary.sentence(kind: ChartWords.of(options.locale).barChart, data: data, options: options)
        return horizontal ? drawHorizontal(layout, summary: summary) : drawVertical(layout, summary: summary)
    }

    /// `<title>` of one bar: what it is and its value, plus the computed value if they differ.
    func tooltip(_ segment: BarLayout.Segment) -> String {
        let format = options.format
        let category = data.categories[segment.category]
        var text = data.series.count > 1 ? "\(category) — \(data.series[segment.series].name): " : "\(category): "
        text += format.label(segment.point)
        if let expected = segment.point.expected {
            text += " ≠ " + format.value(expected)
        }
        return text
    }

    /// Opens a bar's group and draws the bar with its `<title>`, outlined in the alert colour when
    /// `check` computed another value (the ghost of that value, which runs along the value axis,
    /// is the caller's). The group is closed by the caller after its labels.
    func openBar(
        _ segment: BarLayout.Segment, x: Double, y: Double, width: Double, height: Double, canvas: inout ChartCanvas
    ) {
        canvas.svg.open("g", [("class", segment.point.expected == nil ? "chart-bar" : "chart-bar chart-mismatch")])
        canvas.svg.element("title", text: tooltip(segment))
        Palette.bar(segment.series, chart: canvas.id, x: x, y: y, width: width, height: height, into: &canvas.svg)
        guard segment.expectedEnd != nil else { return }
        canvas.svg.element(
            "rect",
            [
                ("x", x.svg), ("y", y.svg), ("width", width.svg), ("height", height.svg),
                ("style", Self.mismatchOutline),
            ])
    }

    /// Text written at the end of a bar: its value, or the stack's total on the top segment.
    func valueLabel(_ segment: BarLayout.Segment, layout: BarLayout) -> String? {
        guard options.stacked else { return options.format.label(segment.point) }
        let isTop = !data.series.indices.contains {
            $0 > segment.series && data.series[$0].points[segment.category] != nil
        }
        guard isTop, let total = layout.totals[segment.category] else { return nil }
        return data.series.count > 1 ? options.format.value(total) : options.format.label(segment.point)
    }

    /// The note beside a bar `check` disagrees with: the computed value, in the page's words.
    func computedLabel(_ segment: BarLayout.Segment) -> String? {
        guard let expected = segment.point.expected else { return nil }
        return TextPattern.fill(
            ChartWords.of(options.locale).computedMark, ["computed": options.format.value(expected)])
    }

    /// The computed value's ghost: a translucent, dashed strip, visible whether it is longer
    /// than the stated bar or hidden inside it.
    static let ghostStyle =
        "fill:\(Palette.alert);fill-opacity:0.28;stroke:\(Palette.alert);stroke-width:1.5;stroke-dasharray:4 3"
    static let mismatchOutline = "fill:none;stroke:\(Palette.alert);stroke-width:2"
}
