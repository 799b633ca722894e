import Foundation
import Numbers

/// The value axis of a chart: its ticks with their labels, where bars start, and where any
/// value falls along it, as a fraction from 0 (the first tick) to 1 (the last).
struct ValueAxis {
    var ticks: [Decimal]
    var labels: [String]
    /// Where bars grow from: zero on a linear axis, the lowest power of ten on a log axis.
    var baseline: Decimal
    var scale: AxisScale
    private var low: Decimal
    private var high: Decimal

    /// Fits an axis around `values`; a log axis needs every value positive.
    init(values: [Decimal], scale: AxisScale, format: ValueFormat) throws(ChartError) {
        guard let minimum = values.min(), let maximum = values.max() else { throw .noData }
        self.scale = scale
        switch scale {
        case .linear:
            let nice = NiceTicks(min: minimum, max: maximum)
            ticks = nice.values
            labels = ticks.map { format.tick($0, step: nice.step) }
            baseline = 0
        case .log:
            guard minimum > 0 else { throw .nonPositiveOnLogScale(label: "\(minimum)") }
            let log = LogTicks(min: minimum, max: maximum)
            ticks = log.values
            labels = ticks.map { format.tick($0, step: $0) }
            baseline = ticks[0]
        }
        low = ticks.first!
        high = ticks.last!
    }

    /// The position of `value` along the axis, 0 at the first tick and 1 at the last.
    func fraction(_ value: Decimal) -> Double {
        switch scale {
        case .linear:
            return ((value - low) / (high - low)).asDouble
        case .log:
            guard value > 0 else { return 0 }
            let l = log10(low.asDouble), h = log10(high.asDouble)
            return (log10(value.asDouble) - l) / (h - l)
        }
    }
}
