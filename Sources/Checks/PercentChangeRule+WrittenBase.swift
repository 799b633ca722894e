import Foundation
import Numbers

extension PercentChangeRule {
    /// `(620 − 450) ÷ 450 ≈ 37.8% cheaper than the South route`: the arithmetic holds, but "cheaper
    /// than" takes the difference over the dearer amount (27.4 %), and "more than" over the
    /// smaller one. A written calculation that divides by the other side of the comparison it
    /// then states is the wrong-base slip.
    func checkWrittenBase(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for chain in CalculationChain.chains(in: run) {
            guard case let (part, _, stated?)? = chain.computation, stated.isPercent,
                part.figures.count == 3, part.operators == ["−", "÷"] || part.operators == ["−", "/"]
            else { continue }
            let a = part.figures[0].number.value, b = part.figures[1].number.value
            let divisor = part.figures[2].number.value
            guard a > 0, b > 0, a != b, divisor == a || divisor == b,
                let isDecrease = Self.comparison(around: part.figures[0], and: stated, in: chars)
            else { continue }
            let base = isDecrease ? max(a, b) : min(a, b)
            guard divisor != base else { continue }
            let share = (a - b).magnitude / base * 100
            report.compare(
                stated, computed: Quantity(share, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation:
                    "\(isDecrease ? "less" : "more") than the other amount is the difference over \(isDecrease ? "the larger" : "the smaller"), \(part.figures.first { $0.number.value == base }?.number.text ?? "")",
                what: "percentage comparison", knownSlip: true)
        }
    }

    /// Whether the clause around a calculation compares with something else (`比城南线低 (620 − 450)
    /// ÷ 450`, `37.8% cheaper than`): a than-word and a less (true) or more (false) word before its
    /// first figure or after its result, within the clause; nil when it says no comparison.
    private static func comparison(around first: LocatedFigure, and result: LocatedFigure, in chars: [Character])
        -> Bool?
    {
        func isClauseEnd(_ c: Character) -> Bool { "，,；;。.!！?？\n：:".contains(c) }
        var from = max(0, min(chars.count, first.number.range.column - 1))
        let opening = from
        while from > 0, opening - from < 16, !isClauseEnd(chars[from - 1]) { from -= 1 }
        var to = min(chars.count, result.number.range.column - 1 + result.number.range.length)
        let closing = to
        while to < chars.count, to - closing < 24, !isClauseEnd(chars[to]) { to += 1 }
        let said = String(chars[from..<opening]) + " " + String(chars[closing..<to])
        guard StaleFigureRule.setsAgainst(said) else { return nil }
        return comparesDownward(said)
    }
}
