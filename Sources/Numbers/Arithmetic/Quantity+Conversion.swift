import Foundation

extension CountedThing {
    /// The family and power of ten of a unit with an SI prefix: `kWh` is energy at 10³ Wh, `TB`
    /// data at 10¹² bytes. Units of one family convert into each other.
    public var prefixed: (family: String, power: Int)? {
        switch self {
        case .watts: ("W", 0)
        case .kilowatts: ("W", 3)
        case .wattHours: ("Wh", 0)
        case .kilowattHours: ("Wh", 3)
        case .megabytes: ("B", 6)
        case .gigabytes: ("B", 9)
        case .terabytes: ("B", 12)
        case .other(let symbol): Self.otherPrefixed[symbol]
        default: nil
        }
    }

    /// How many seconds one of the unit is, for the units of a clock; days and longer vary
    /// with what is counted (a working day, a billing month) and do not convert.
    public var clockSeconds: Decimal? {
        switch self {
        case .seconds: 1
        case .other("min"): 60
        case .hours: 3600
        default: nil
        }
    }

    /// `prefixed`, and the tonne among the weights, for what a rate is per: `€/t` and `€/kg` are one
    /// price. An amount in `t` stays apart from one in kg, which authors convert themselves (`÷ 1,000`).
    public var perPrefixed: (family: String, power: Int)? {
        self == .other("t") ? ("g", 6) : prefixed
    }

    /// Whether the unit has an SI prefix family (W, Wh, B).
    public var isPrefixed: Bool { prefixed != nil }

    private static let otherPrefixed: [String: (family: String, power: Int)] = [
        "MW": ("W", 6), "GW": ("W", 9), "MWh": ("Wh", 6), "GWh": ("Wh", 9), "TWh": ("Wh", 12), "KB": ("B", 3),
        "PB": ("B", 15),
        "L": ("L", 0), "hL": ("L", 2), "kL": ("L", 3), "ML": ("L", 6),
        "mg": ("g", -3), "g": ("g", 0), "kg": ("g", 3),
    ]
}

extension Quantity {
    /// This amount of data in `unit` counted in powers of 1,024 (`1 TB = 1,024 GB`, as many cloud
    /// bills count), when both are bytes with different prefixes; nil otherwise.
    public func convertedBinary(to unit: FigureUnit?) -> Quantity? {
        guard let from = self.unit, let to = unit, from.per == nil, to.per == nil,
            case .count(let a) = from.measure, case .count(let b) = to.measure,
            let x = a.prefixed, let y = b.prefixed, x.family == "B", y.family == "B", x.power != y.power,
            x.power % 3 == 0, y.power % 3 == 0
        else { return nil }
        var factor = Decimal(1)
        for _ in 0..<abs(x.power - y.power) / 3 { factor *= 1024 }
        return Quantity(x.power > y.power ? value * factor : value / factor, to)
    }

    /// This quantity in `unit`, when both count things of one family (`17,400 GB` in TB is 17.4)
    /// or are rates of one measure per different amounts of one thing; nil otherwise.
    public func converted(to unit: FigureUnit?) -> Quantity? {
        // `60,20 € per 100 km` is `0,602 €/km`: one measure over amounts of one thing.
        if let from = self.unit, let to = unit, from.measure == to.measure, let a = from.per, let b = to.per,
            a.thing == b.thing,
            a.amount != b.amount, a.amount != 0
        {
            return Quantity(value * b.amount / a.amount, to)
        }
        // `3 427 400 € ÷ 802 t` is `4,27 €/kg`: one measure over units of one family.
        if let from = self.unit, let to = unit, from.measure == to.measure, let a = from.per, let b = to.per,
            let x = a.thing?.perPrefixed, let y = b.thing?.perPrefixed, x.family == y.family, x.power != y.power,
            a.amount != 0
        {
            let factor = Decimal(sign: .plus, exponent: y.power - x.power, significand: 1)
            return Quantity(value * factor * b.amount / a.amount, to)
        }
        guard let from = self.unit, let to = unit, from.per == nil, to.per == nil,
            case .count(let a) = from.measure, case .count(let b) = to.measure
        else { return nil }
        // `1,800 × 20 min = 600 hours`: durations of a clock's units convert.
        if let x = a.clockSeconds, let y = b.clockSeconds, x != y {
            return Quantity(value * x / y, to)
        }
        guard let x = a.prefixed, let y = b.prefixed, x.family == y.family else { return nil }
        return Quantity(value * Decimal(sign: .plus, exponent: x.power - y.power, significand: 1), to)
    }
}

extension Quantity {
    /// This rate per month as a rate per year, or the other way round (`30 $ par mois` is `360 $ par
    /// an`); nil for other units. Apart from `converted(to:)`: a month is not a fixed share of a year
    /// the way a minute is of an hour, so only a sentence that says both may ask for it.
    public func convertedPerPeriod(to unit: FigureUnit?) -> Quantity? {
        guard let from = self.unit, let to = unit, from.measure == to.measure, let a = from.per, let b = to.per,
            a.amount == 1, b.amount == 1
        else { return nil }
        switch (a.thing, b.thing) {
        case (.months?, .years?): return Quantity(value * 12, to)
        case (.years?, .months?): return Quantity(value / 12, to)
        default: return nil
        }
    }
}
