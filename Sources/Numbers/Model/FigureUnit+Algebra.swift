import Foundation

/// The unit of a product or quotient, and the factor the plain Decimal result must be scaled by.
struct UnitOutcome: Sendable, Equatable {
    var unit: FigureUnit?
    /// Multiply the plain result by this (a rate per 10⁶ tokens times tokens divides by 10⁶).
    var factor: Decimal
}

extension FigureUnit {
    /// The unit of `lhs × rhs`, or `nil` when the product has no unit this model can name.
    ///
    /// Supported: a plain number times anything; percent times anything (÷100); a count of T
    /// times a rate per n T (÷n); kW × h = kWh and W × h = Wh.
    static func product(_ lhs: FigureUnit?, _ rhs: FigureUnit?) -> UnitOutcome? {
        // `540 × 20%` is 108, a plain number, not 10,800 percent.
        if lhs?.measure == .percent, lhs?.per == nil { return UnitOutcome(unit: rhs, factor: Decimal(1) / 100) }
        if rhs?.measure == .percent, rhs?.per == nil { return UnitOutcome(unit: lhs, factor: Decimal(1) / 100) }
        guard let lhs else { return UnitOutcome(unit: rhs, factor: 1) }
        guard let rhs else { return UnitOutcome(unit: lhs, factor: 1) }
        if let outcome = countTimesRate(lhs, rhs) ?? countTimesRate(rhs, lhs) { return outcome }
        if let outcome = rateTimesRate(lhs, rhs) ?? rateTimesRate(rhs, lhs) { return outcome }
        if let energy = powerTimesTime(lhs, rhs) ?? powerTimesTime(rhs, lhs) {
            return UnitOutcome(unit: energy, factor: 1)
        }
        return nil
    }

    /// The unit of `lhs ÷ rhs`, or `nil` when it has no unit this model can name.
    ///
    /// Supported: anything ÷ a plain number; a unit ÷ itself (a plain number); an amount without
    /// denominator ÷ a count of T (a rate per 1 T); an amount ÷ a rate of that amount per n T
    /// (a count of n·T, as in a monthly cost ÷ the cost per call = calls).
    static func quotient(_ lhs: FigureUnit?, _ rhs: FigureUnit?) -> UnitOutcome? {
        guard let rhs else { return UnitOutcome(unit: lhs, factor: 1) }
        guard let lhs else { return nil }
        if lhs == rhs { return UnitOutcome(unit: nil, factor: 1) }
        if lhs.per == nil, rhs.per == nil, case .count(let thing) = rhs.measure {
            return UnitOutcome(
                unit: FigureUnit(lhs.measure, per: Denominator(thing: thing), written: lhs.written), factor: 1)
        }
        if lhs.per == nil, let per = rhs.per, rhs.measure == lhs.measure, let thing = per.thing {
            return UnitOutcome(unit: FigureUnit(.count(thing), written: thing.description), factor: per.amount)
        }
        return nil
    }

    private static func countTimesRate(_ count: FigureUnit, _ rate: FigureUnit) -> UnitOutcome? {
        guard count.per == nil, case .count(let thing) = count.measure, let per = rate.per, per.amount != 0 else {
            return nil
        }
        // `500K requests × $0.20 per 1M`: a rate per a bare amount is per that many of what is counted.
        // `$0.20 per 1M` is read as per million tokens; beside `500K requests` it is per million of those.
        let tokensOnlyInferred =
            per.thing == .tokens && !rate.written.lowercased().contains("token")
            && !rate.written.contains("トークン")
        if per.thing == thing || per.thing == nil || tokensOnlyInferred {
            return UnitOutcome(unit: rate.withoutDenominator.keepingWritten(rate), factor: Decimal(1) / per.amount)
        }
        // `32 kL × ¥115/L`, `5.2t × 620円/kg`: a count and a rate in one family of units (the tonne
        // among the weights, as for what a rate is per).
        guard let perThing = per.thing, let a = thing.perPrefixed, let b = perThing.perPrefixed, a.family == b.family
        else {
            return nil
        }
        let factor = Decimal(sign: .plus, exponent: a.power - b.power, significand: 1) / per.amount
        return UnitOutcome(unit: rate.withoutDenominator.keepingWritten(rate), factor: factor)
    }

    /// `35 L/100 km × 1,72 €/L`: a rate of a thing times a price per that thing is the price per
    /// the first rate's denominator (€ per 100 km).
    private static func rateTimesRate(_ rate: FigureUnit, _ price: FigureUnit) -> UnitOutcome? {
        guard let per = rate.per, let pricePer = price.per, pricePer.amount != 0, case .count(let thing) = rate.measure,
            pricePer.thing == thing
        else { return nil }
        return UnitOutcome(
            unit: FigureUnit(price.measure, per: per, written: price.written), factor: Decimal(1) / pricePer.amount)
    }

    private static func powerTimesTime(_ power: FigureUnit, _ time: FigureUnit) -> FigureUnit? {
        guard power.per == nil, time.per == nil, time.measure == .count(.hours) else { return nil }
        switch power.measure {
        case .count(.kilowatts): return FigureUnit(.count(.kilowattHours), written: "kWh")
        case .count(.watts): return FigureUnit(.count(.wattHours), written: "Wh")
        default: return nil
        }
    }

    /// This unit with the currency or count text of `source` (so `美元/百万token` × tokens says `美元`).
    private func keepingWritten(_ source: FigureUnit) -> FigureUnit {
        var copy = self
        let numeratorText = source.written.split(separator: "/", maxSplits: 1).first.map(String.init)
        copy.written = numeratorText.map { $0.trimmingCharacters(in: .whitespaces) } ?? copy.written
        return copy
    }
}
