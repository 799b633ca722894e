import Foundation

/// Tick values for a linear axis: round steps (1, 2, 2.5 or 5 times a power of ten) that cover
/// the data, computed in `Decimal` so a tick at 0.3 is exactly 0.3.
public struct NiceTicks: Sendable, Equatable {
    public var values: [Decimal]
    public var step: Decimal

    /// About `target` steps from ⌊min⌋ to ⌈max⌉ at the chosen step; zero is always included
    /// when the data are all on one side of it, because bars start at zero.
    public init(min: Decimal, max: Decimal, target: Int = 5) {
        var low = Swift.min(min, 0)
        var high = Swift.max(max, 0)
        if low == high { high = low + 1 }
        let rough = (high - low) / Decimal(Swift.max(1, target))
        let exponent = DecimalMath.floorLog10(rough)
        let unit = DecimalMath.power(exponent)
        let mantissa = rough / unit
        let factor = [Decimal(1), 2, Decimal(string: "2.5")!, 5, 10].first { $0 >= mantissa } ?? 10
        step = factor * unit
        low = DecimalMath.floor(low / step) * step
        high = DecimalMath.ceil(high / step) * step
        var ticks: [Decimal] = []
        var tick = low
        while tick <= high {
            ticks.append(tick)
            tick += step
        }
        values = ticks
    }
}

/// Tick values for a log axis: every power of ten from just below the smallest value to just
/// above the largest, so 6e-08…5e-06 gets 1e-08, 1e-07, 1e-06 and 1e-05.
public struct LogTicks: Sendable, Equatable {
    public var values: [Decimal]
    public var lowExponent: Int
    public var highExponent: Int

    /// `min` and `max` must be positive.
    public init(min: Decimal, max: Decimal) {
        lowExponent = DecimalMath.floorLog10(min)
        highExponent = Swift.max(DecimalMath.ceilLog10(max), lowExponent + 1)
        values = (lowExponent...highExponent).map(DecimalMath.power)
    }
}
