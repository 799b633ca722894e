import Foundation
import Numbers

/// A range that restates two figures stated side by side elsewhere, one end as written and the
/// other with a slip of the pen: `Haiku だと月 $176〜$246` under a table row of `$176.00` and
/// `$264.00`.
///
/// Only a pair on one line (a table row, a sentence) counts, the agreeing end's figure and the
/// other end's, and only when exactly one other figure of that line reads as the slipped end with
/// two neighbouring digits swapped.
struct RestatedRangeRule: PageRule {
    static let id = "restated-range"
    static let guessesRelation = true

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 2 {
            for range in ComputedRangeRule.ranges(in: run.figures) {
                var lower = range.lower
                if lower.number.unit == nil { lower.number.unit = range.upper.number.unit }
                guard case .currency? = lower.number.unit?.measure,
                    lower.number.unit?.per == range.upper.number.unit?.per
                else { continue }
                // The upper end is judged against the lower only when the lower did not already slip.
                if !check(ends: (lower, range.upper), page: page, file: file, into: &report) {
                    check(ends: (range.upper, lower), page: page, file: file, into: &report)
                }
            }
        }
    }

    /// Whether `ends.agreeing` restates a figure of another line and `ends.other` slips from the
    /// figure beside it; reports the slip.
    @discardableResult
    private func check(
        ends: (agreeing: LocatedFigure, other: LocatedFigure), page: PageFigures, file: String,
        into report: inout RuleReport
    ) -> Bool {
        let elsewhere = page.allFigures.filter {
            // `月額（2万件）` over a column makes its cells a month's: the range says `月` in words.
            $0.line != ends.agreeing.line && $0.number.rangePart == .none
                && $0.number.unit?.measure == ends.agreeing.number.unit?.measure
                && ($0.number.unit?.per == ends.agreeing.number.unit?.per || $0.number.unit?.per == nil
                    || ends.agreeing.number.unit?.per == nil)
        }
        func agrees(_ stated: LocatedFigure, _ figure: LocatedFigure) -> Bool {
            Agreement.compare(stated: stated.number, computed: figure.number.value).isAgreement
        }
        let sources = elsewhere.filter { agrees(ends.agreeing, $0) }
        guard !sources.isEmpty, !elsewhere.contains(where: { agrees(ends.other, $0) }) else { return false }
        let lines = Set(sources.map(\.line))
        let exponent = ends.other.number.quantumExponent
        guard let said = DigitSlip.digits(ends.other.number.value, at: exponent) else { return false }
        // Two digits swapped only: one digit changed (`1,20 €` against `1,30 €`) is as often another price.
        let slipped = elsewhere.filter { figure in
            lines.contains(figure.line) && figure.number.value != ends.agreeing.number.value
                && DigitSlip.digits(figure.number.value, at: exponent).map {
                    DigitSlip.isAdjacentTransposition($0, said) && $0 != said
                } == true
        }
        guard Set(slipped.map(\.number.value)).count == 1, let source = slipped.first else { return false }
        report.compare(
            ends.other, computed: Quantity(source.number.value, ends.other.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation:
                "the range restates \(ends.agreeing.number.text) and \(source.number.text), side by side at line \(source.line)",
            what: "range end")
        return true
    }
}
