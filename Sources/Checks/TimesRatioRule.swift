import Foundation
import Numbers

/// A number of times said between two amounts of one sentence is their ratio: `une facture d'août
/// 3 fois plus élevée que celle de juillet (1 432,10 € contre 598,90 €)` is 2.4 times, `8 月的账单是
/// 7 月的 2.4 倍（1,432.10 元对 598.90 元）` agrees.
///
/// The sentence must hold the times figure and exactly two amounts of one measure; "N times more"
/// read as N + 1 times agrees too, since authors write both.
struct TimesRatioRule: PageRule {
    static let id = "times-ratio"
    static let guessesRelation = true

    private static let timesWords = ["倍", "fois", "times", "mal", "Mal"]

    private static func mayBeTimes(_ figure: LocatedFigure) -> Bool {
        guard figure.number.rangePart == .none, figure.number.value > 1, figure.number.value < 1000 else {
            return false
        }
        if case .count(.times)? = figure.number.unit?.measure { return true }
        return figure.number.unit == nil
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 3 {
            // Most runs say no number of times: a byte search rules them out before any Character is read.
            guard Self.timesWords.contains(where: { run.text.containsLiteral($0) }),
                run.figures.contains(where: Self.mayBeTimes)
            else { continue }
            let chars = run.characters
            let times = run.figures.filter { figure in
                guard Self.mayBeTimes(figure) else { return false }
                // `４０×９`: a multiplication sign glued to a figure is no ratio.
                if case .count(.times)? = figure.number.unit?.measure {
                    return !figure.number.text.hasSuffix("×") && !figure.number.text.lowercased().hasSuffix("x")
                }
                // `3 times what we paid`, `2,4-mal so viel`: the word the scanner leaves as text.
                let end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
                let after = String(chars[end..<min(chars.count, end + 7)]).lowercased()
                return after.hasPrefix(" times") || after.hasPrefix(" mal ") || after.hasPrefix("-mal")
            }
            // Amounts worked out in the sentence (`６人 × ３２万円 ＝ １９２万円、材料費の約2.3倍`) are set against something else.
            let calculated = Set(
                CalculationChain.chains(in: run).flatMap { $0.parts.flatMap(\.figures) }.map { [$0.line, $0.column] })
            for stated in times {
                let bounds = SentenceBounds.range(around: stated, in: chars)
                let amounts = run.figures.filter {
                    $0.isPlainAmount && bounds.contains($0.number.range.column - 1)
                }
                // `(163,17 $ contre 9,79 $ par mois) et reste sous les 10 $`: a third amount of the measure,
                // a rate or not, leaves which two are compared unsaid.
                let ofMeasure = run.figures.filter {
                    bounds.contains($0.number.range.column - 1) && $0.number.rangePart == .none
                        && $0.number.unit?.measure == amounts.first?.number.unit?.measure
                }
                guard amounts.count == 2, ofMeasure.count == 2, amounts[0].number.unit == amounts[1].number.unit,
                    !amounts.contains(where: { calculated.contains([$0.line, $0.column]) })
                else { continue }
                let larger = max(amounts[0].number.value, amounts[1].number.value)
                let smaller = min(amounts[0].number.value, amounts[1].number.value)
                let ratio = larger / smaller
                // `$4,800 …, about 540 times what the API costs`: far from the two amounts' ratio, it compares others.
                guard ratio >= stated.number.value / 2, ratio <= stated.number.value * 2 else { continue }
                let tolerance = Agreement.tolerance(operands: amounts.map(\.number))
                if Agreement.compare(stated: stated.number, computed: ratio - 1, tolerance: tolerance).isAgreement {
                    report.relationsChecked += 1
                    continue
                }
                report.compare(
                    stated, computed: Quantity(ratio, stated.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation:
                        "\(larger == amounts[0].number.value ? amounts[0].number.text : amounts[1].number.text) ÷ \(larger == amounts[0].number.value ? amounts[1].number.text : amounts[0].number.text)",
                    what: "ratio", tolerance: tolerance)
            }
        }
    }
}
