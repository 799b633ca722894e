import Foundation

/// Fixed costs (flat lines) against costs that grow in proportion to volume (lines from zero).
public struct BreakEvenData: Sendable, Equatable {
    /// A cost that does not depend on volume, such as a server's monthly cost.
    public struct FixedCost: Sendable, Equatable {
        public var name: String
        public var value: Decimal
        /// The value as the page writes it.
        public var text: String?

        public init(name: String, value: Decimal, text: String? = nil) {
            self.name = name
            self.value = value
            self.text = text
        }
    }

    /// A cost of `rate` per unit of volume, such as an API's cost per daily call over a month.
    public struct VariableCost: Sendable, Equatable {
        public var name: String
        public var rate: Decimal

        public init(name: String, rate: Decimal) {
            self.name = name
            self.rate = rate
        }
    }

    public var fixed: [FixedCost]
    public var variable: [VariableCost]
    /// What the horizontal axis counts, such as `calls per day`.
    public var volumeTitle: String
    /// The end of the horizontal axis; by default half as far again as the last crossing.
    public var volumeMax: Decimal?

    public init(fixed: [FixedCost], variable: [VariableCost], volumeTitle: String, volumeMax: Decimal? = nil) {
        self.fixed = fixed
        self.variable = variable
        self.volumeTitle = volumeTitle
        self.volumeMax = volumeMax
    }

    /// A fixed and a variable cost meet where rate × volume = fixed.
    public struct Crossing: Sendable, Equatable {
        public var fixed: Int
        public var variable: Int
        public var volume: Decimal
        public var cost: Decimal
    }

    /// Every crossing, fixed costs outer, variable costs inner.
    public var crossings: [Crossing] {
        fixed.indices.flatMap { f in
            variable.indices.compactMap { v -> Crossing? in
                guard variable[v].rate > 0, fixed[f].value > 0 else { return nil }
                return Crossing(fixed: f, variable: v, volume: fixed[f].value / variable[v].rate, cost: fixed[f].value)
            }
        }
    }
}
