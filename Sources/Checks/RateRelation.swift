import Foundation
import Numbers

/// A column computed from another with a rate the page states elsewhere, such as calls a day =
/// monthly cost ÷ 30 ÷ `$0.0465 per call`.
///
/// Used when no relation holds in most rows: a table whose cells are mostly wrong still shows
/// its intended rate in the typical ratio of its columns, and the page states that rate.
struct RateRelation {
    var source: Int
    var multiplies: Bool
    var factor: Decimal
    var rate: LocatedFigure
    var days: Decimal

    static let periodFactors: [Decimal] = [1, 7, 12, 24, 30, 365]
    /// How close the typical ratio of the columns must be to factor × rate.
    static let closeness = Decimal(string: "0.01")!
    /// How far any row's ratio may stray from the typical one.
    static let spread = Decimal(string: "0.03")!

    /// Whether the units agree: money ÷ (money per call) gives calls; calls × (money per call) gives money.
    static func fits(_ rate: LocatedFigure, source: [LocatedFigure?], target: [LocatedFigure?], multiplies: Bool)
        -> Bool
    {
        guard let unit = rate.number.unit, let per = unit.per?.thing else { return false }
        let money = multiplies ? target : source
        let counts = multiplies ? source : target
        let moneyOK =
            money.compactMap { $0?.number.unit?.measure }.allSatisfy { $0 == unit.measure }
            && money.contains { $0?.number.unit?.measure == unit.measure }
        let countOK = counts.compactMap { $0?.number.unit?.measure }.allSatisfy { $0 == .count(per) }
        return moneyOK && countOK
    }

    func compute(_ x: Quantity) -> Quantity {
        Quantity(multiplies ? x.value * factor : x.value / factor)
    }

    /// Whether `stated` lies within what `x` gives at the values a rate written as approximate
    /// (`≈ 505,17 € par m²`) may stand for: a table worked out with the unrounded rate is right.
    func agreesWithinRateRounding(_ stated: ScannedNumber, _ x: Quantity) -> Bool {
        guard rate.number.isApproximate, rate.number.value > 0 else { return false }
        let half = rate.number.halfQuantum
        let low = (rate.number.value - half) * factor / rate.number.value
        let high = (rate.number.value + half) * factor / rate.number.value
        let ends = multiplies ? [x.value * low, x.value * high] : [x.value / high, x.value / low]
        return stated.value >= ends[0] - stated.halfQuantum && stated.value <= ends[1] + stated.halfQuantum
    }

    func describe(_ header: [String]) -> String {
        let name = "'\(header[safe: source] ?? "#\(source + 1)")'"
        let daysText = days == 1 ? "" : (multiplies ? " × \(days)" : " ÷ \(days)")
        return "\(name)\(daysText) \(multiplies ? "×" : "÷") \(rate.number.text) (line \(rate.line))"
    }

    /// The rate relation that best explains `target` from one of `sources`, if one is close enough.
    /// `rough` holds the table's cells as `Double`s, to rule out columns without exact division.
    static func find(
        target: Int, sources: [Int], rows: [Int], table: CheckedTable, rough: [[Double?]], rates: [LocatedFigure]
    ) -> RateRelation? {
        guard !rates.isEmpty else { return nil }
        var best: (RateRelation, Decimal)?
        for source in sources {
            // Most pairs of columns have no steady ratio at all, which `Double` shows without a
            // single exact division (its error is far below the margin added to `spread`).
            let roughPairs = rows.compactMap { row -> (Double, Double)? in
                guard let x = rough[row][safe: source] ?? nil, let y = rough[row][safe: target] ?? nil, x != 0, y != 0
                else { return nil }
                return (x, y)
            }
            let steady = [false, true].filter { multiplies in
                let ratios = roughPairs.map { multiplies ? $0.1 / $0.0 : $0.0 / $0.1 }.sorted()
                guard ratios.count >= 3, ratios.allSatisfy(\.isFinite) else { return ratios.count >= 3 }
                let median = ratios[ratios.count / 2]
                return median != 0 && ratios.allSatisfy { abs(($0 - median) / median) <= 0.03 + 1e-6 }
            }
            guard !steady.isEmpty else { continue }
            let pairs = rows.compactMap { row -> (Decimal, Decimal)? in
                guard let x = table.cells[row][safe: source] ?? nil, let y = table.cells[row][safe: target] ?? nil,
                    x.number.value != 0, y.number.value != 0
                else { return nil }
                return (x.number.value, y.number.value)
            }
            guard pairs.count >= 3 else { continue }
            for multiplies in steady {
                let ratios = pairs.map { multiplies ? $0.1 / $0.0 : $0.0 / $0.1 }.sorted()
                let median = ratios[ratios.count / 2]
                // Rows of one intended rate differ only by rounding and slips, not by multiples.
                guard median != 0, ratios.allSatisfy({ (($0 - median) / median).magnitude <= spread }) else { continue }
                for rate in rates
                where fits(rate, source: table.column(source), target: table.column(target), multiplies: multiplies) {
                    for days in periodFactors {
                        let factor = rate.number.value * days
                        let distance = ((median - factor) / factor).magnitude
                        guard distance <= closeness else { continue }
                        if best == nil || distance < best!.1 {
                            best = (
                                RateRelation(
                                    source: source, multiplies: multiplies, factor: factor, rate: rate, days: days),
                                distance
                            )
                        }
                    }
                }
            }
        }
        return best?.0
    }
}
