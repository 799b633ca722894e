import Foundation

/// Where each bar of a bar chart runs along the value axis: from the baseline for grouped bars,
/// from the top of the one below for stacked bars. Checks what the scale cannot show.
struct BarLayout {
    struct Segment {
        var series: Int
        var category: Int
        var start: Decimal
        var end: Decimal
        /// The point as stated, for its label and title.
        var point: ChartPoint
        /// Where the value `check` computed would end the bar.
        var expectedEnd: Decimal?
    }

    var segments: [Segment] = []
    var axis: ValueAxis
    /// Per category, the stacked total, for the label on top of a stack.
    var totals: [Decimal?]

    init(data: ChartData, options: ChartOptions) throws(ChartError) {
        guard !data.categories.isEmpty, !data.allValues.isEmpty else { throw .noData }
        if options.stacked, options.scale == .log { throw .stackedLogScale }
        var values = data.allValues
        totals = Array(repeating: nil, count: data.categories.count)
        if options.stacked {
            for category in data.categories.indices {
                var sum: Decimal = 0
                for series in data.series.indices {
                    guard let point = data.series[series].points[category] else { continue }
                    guard point.value >= 0 else { throw .negativeStack(label: data.categories[category]) }
                    sum += point.value
                }
                totals[category] = sum
                values.append(sum)
            }
        }
        if options.scale == .log {
            for (category, label) in data.categories.enumerated() {
                for series in data.series
                where (series.points[category].map { $0.value <= 0 || ($0.expected ?? 1) <= 0 }) == true {
                    throw .nonPositiveOnLogScale(label: label)
                }
            }
        }
        axis = try ValueAxis(values: values, scale: options.scale, format: options.format)
        for category in data.categories.indices {
            var start = axis.baseline
            for series in data.series.indices {
                guard let point = data.series[series].points[category] else { continue }
                // Grouped bars grow from the baseline (zero, or a log axis's lowest decade);
                // stacked ones from the top of the segment below.
                let from = options.stacked ? start : axis.baseline
                let shift = options.stacked ? start : 0
                segments.append(
                    Segment(
                        series: series, category: category, start: from, end: shift + point.value,
                        point: point, expectedEnd: point.expected.map { shift + $0 }))
                if options.stacked { start += point.value }
            }
        }
    }
}
