import Foundation
import Numbers

extension ComputedRangeRule {
    /// `年1.2〜1.5万枚とすると、30,000枚は2.0〜3.0年で配り終える`, `entre 18 et 22 m³ par jour` then
    /// `entre 19 et 25 jours` for 420 m³: a range worked out by dividing an amount the page states
    /// by another range, so its lower end comes from the other's upper end and its upper end from
    /// the lower one. When the amount gives one end and not the other, the other is reported.
    ///
    /// The amount is a figure stated before the range (at most `dividendReach` lines above), of the
    /// measure of one of the two ranges;
    /// only an end within a factor of two of what it should be counts, and only when every such
    /// amount that gives one end gives the same value for the other.
    /// How many lines above a range the amount it divides may be stated.
    static let dividendReach = 20

    func checkInverse(
        _ result: FigureRange, in chars: [Character], sources: [(run: Int, range: FigureRange)],
        figuresByLine: [Int: [LocatedFigure]], corrections: inout [[Int]: Decimal], page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let lower2 = result.lower, upper2 = result.upper
        // `from £45 to £50`: a change, no range.
        guard lower2.number.value > 0, upper2.number.value > lower2.number.value,
            !lower2.isPercent, !upper2.isPercent, !Self.isFromTo(result, in: chars)
        else { return }
        var found: [(end: LocatedFigure, value: Decimal, source: FigureRange, amount: LocatedFigure)] = []
        for (run, source) in sources {
            let lower1 = source.lower, upper1 = source.upper
            guard lower1.number.value > 0, upper1.number.value > lower1.number.value, !lower1.isPercent,
                !Self.isFromTo(source, in: page.runs[run].characters),
                (lower1.line, lower1.column) < (lower2.line, lower2.column),
                !Self.follows(result, from: source)
            else { continue }
            let measures = [lower1.number.unit?.measure, lower2.number.unit?.measure].compactMap { $0 }
            let stated = (max(0, lower2.line - Self.dividendReach)...lower2.line).flatMap { figuresByLine[$0] ?? [] }
            let amounts = stated.filter { amount in
                (amount.line, amount.column) < (lower2.line, lower2.column) && amount.number.rangePart == .none
                    && amount.significantDigits >= 2 && amount.number.value > upper1.number.value
                    && amount.number.value > upper2.number.value
                    && amount.number.unit.map { unit in measures.contains(unit.measure) } == true
            }
            for amount in amounts {
                let c = amount.number.value
                let fromUpper = c / upper1.number.value, fromLower = c / lower1.number.value
                let agreesLow = Agreement.compare(stated: lower2.number, computed: fromUpper).isAgreement
                let agreesHigh = Agreement.compare(stated: upper2.number, computed: fromLower).isAgreement
                if agreesLow && agreesHigh { return }
                // A round end (`60–80 m³`, `de 120 à 144 €`, `3-6 ans`) agrees with too many quotients to prove one.
                if agreesLow, Self.provesQuotient(lower2),
                    SlipDistance.isWithinScaleOrHalf(stated: upper2.number.value, computed: fromLower)
                {
                    found.append((upper2, fromLower, source, amount))
                } else if agreesHigh, Self.provesQuotient(upper2),
                    SlipDistance.isWithinScaleOrHalf(stated: lower2.number.value, computed: fromUpper)
                {
                    found.append((lower2, fromUpper, source, amount))
                }
            }
        }
        guard let first = found.first,
            found.allSatisfy({ $0.end.column == first.end.column && $0.value == first.value }),
            corrections[[first.end.line, first.end.column]] == nil
        else { return }
        corrections[[first.end.line, first.end.column]] = first.value
        report.compare(
            first.end, computed: Quantity(first.value, first.end.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation:
                "\(first.amount.number.text) ÷ \(first.source.lower.number.text)–\(first.source.upper.number.text), the ends swapped",
            what: "range end")
    }

    /// Whether an end is written finely enough that a quotient agreeing with it is no coincidence:
    /// two significant digits or more, and not a whole number of tens.
    private static func provesQuotient(_ end: LocatedFigure) -> Bool {
        guard end.significantDigits >= 2 else { return false }
        guard end.number.precision.fractionDigits == 0 else { return true }
        var tens = end.number.value / 10
        var whole = Decimal()
        NSDecimalRound(&whole, &tens, 0, .down)
        return whole != tens
    }
}
