import Foundation
import Numbers

/// A column that is another times a factor the table never states (`月油费 = 月油耗 × 7.62`, the
/// price of diesel; `1名あたり = 金額 ÷ 14`, the riders): each row's stated figure, as rounded,
/// allows the factor a small interval, and a factor inside the intervals of most rows is the
/// column's rule. The rows whose interval misses it break the rule.
struct ProportionalColumn {
    var source: Int
    /// The factor written as the page would: `÷ 14` when it is the inverse of a whole number.
    var factor: Decimal
    var divisor: Int?
    /// The rows whose stated figure the factor explains.
    var agreeing: [Int]
    /// The rows whose figure could be judged (three digits or so, no bound): only these can break it.
    var judged: Set<Int>

    func compute(_ x: Decimal) -> Decimal { divisor.map { x / Decimal($0) } ?? x * factor }

    func describe(_ header: [String]) -> String {
        let name = "'\(header[safe: source] ?? "#\(source + 1)")'"
        return divisor.map { "\(name) ÷ \($0)" } ?? "\(name) × \(factor)"
    }

    /// The factor that explains `target` from one of `sources` in at least `minimumRows` rows and
    /// two thirds of those with both values; `minimumPreciseRows` of those rows must state three
    /// significant digits or more (small round counts are proportional by chance).
    static func find(
        target: Int, sources: [Int], rows: [Int], table: CheckedTable, minimumRows: Int, minimumPreciseRows: Int = 2
    ) -> ProportionalColumn? {
        guard !sources.isEmpty else { return nil }
        var best: ProportionalColumn?
        let stated = statedFigures(target: target, rows: rows, table: table)
        for source in sources {
            var intervals: [(row: Int, low: Double, high: Double)] = []
            var paired = 0
            for (row, y) in stated {
                guard let x = table.cells[row][safe: source] ?? nil, table.isFigureOnly(row: row, column: source) else {
                    continue
                }
                paired += 1
                guard let y else { continue }
                let xv = x.number.value.asDouble
                guard xv > 0 else { continue }
                intervals.append((row, (y.value - y.half) / xv, (y.value + y.half) / xv))
            }
            guard intervals.count >= minimumRows else { continue }
            // The point inside the most intervals: one of their lower ends.
            var most: (low: Double, high: Double, rows: [Int])?
            for candidate in intervals {
                let inside = intervals.filter {
                    $0.low <= candidate.low * (1 + 1e-12) && candidate.low <= $0.high * (1 + 1e-12)
                }
                guard inside.count > (most?.rows.count ?? 0) else { continue }
                most = (inside.map(\.low).max()!, inside.map(\.high).min()!, inside.map(\.row))
            }
            guard let (low, high, agreeing) = most, agreeing.count >= minimumRows,
                Double(agreeing.count) >= Double(truncating: CheckPolicy.inferredRelationMajority as NSNumber)
                    * Double(paired),
                Set(agreeing.compactMap { table.cells[$0][target]?.number.value }).count >= 2,
                agreeing.filter({ (table.cells[$0][target]?.significantDigits ?? 0) >= 3 }).count
                    >= minimumPreciseRows,
                // `× 1` is the same column written twice; other rules judge copies.
                !(low <= 1 && 1 <= high),
                agreeing.count > (best?.agreeing.count ?? 0),
                let (factor, divisor) = simplest(in: low, high)
            else { continue }
            best = ProportionalColumn(
                source: source, factor: factor, divisor: divisor, agreeing: agreeing, judged: Set(intervals.map(\.row)))
        }
        return best
    }

    /// The target column's figures, by row, that a proportion could be paired with: nil where a row's
    /// figure cannot be judged (fewer than two significant digits, approximate, a bound), so it counts
    /// as paired but allows no factor. Worked out once, whichever column it is compared with.
    private static func statedFigures(target: Int, rows: [Int], table: CheckedTable)
        -> [(row: Int, figure: (value: Double, half: Double)?)]
    {
        rows.compactMap { row in
            guard let y = table.cells[row][safe: target] ?? nil, table.isFigureOnly(row: row, column: target) else {
                return nil
            }
            let value = y.number.value.asDouble
            // `<0.1%` bounds a value, it does not state one.
            guard value > 0, !y.number.isApproximate, y.significantDigits >= 2, !table.isBound(row: row, column: target)
            else { return (row, nil) }
            return (row, (value, pow(10, Double(y.number.quantumExponent)) / 2))
        }
    }

    /// The simplest factor in `low...high`: the inverse of a whole number up to 1,000, else the
    /// decimal with the fewest significant digits.
    private static func simplest(in low: Double, _ high: Double) -> (Decimal, Int?)? {
        guard low.isFinite, high.isFinite, low > 1e-30, high >= low, high < 1e30 else { return nil }
        if high < 1, 1 / high <= 1000 {
            let smallest = Int((1 / high).rounded(.up)), largest = Int(min(1001, (1 / low).rounded(.down)))
            if smallest <= largest, smallest >= 2 { return (Decimal(1) / Decimal(smallest), smallest) }
        }
        for digits in 1...9 {
            let exponent = Int(floor(log10(high))) - digits + 1
            let step = pow(10, Double(exponent))
            let candidate = (low / step).rounded(.up) * step
            if candidate <= high * (1 + 1e-12) {
                return (
                    Decimal(sign: .plus, exponent: exponent, significand: Decimal(Int((candidate / step).rounded()))),
                    nil
                )
            }
        }
        return nil
    }
}
