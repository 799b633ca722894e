import Foundation
import Numbers

/// An amount, a second taken off it by a word, then what is left, in one sentence with no
/// operator: `工事費は税込 941,380 円、補助金 300,000 円を差し引いた自己負担は約 58 万円` (64 万),
/// `€12,400 of works, after the €3,000 grant €9,400 to pay`, `abzüglich`, `扣除`, `déduite`.
///
/// The three are consecutive amounts of one currency, the rest below the first; a rest more than
/// twice or less than half the difference is another amount (a share of it, an instalment).
struct NetAmountRule: PageRule {
    static let id = "net-amount"
    static let guessesRelation = true

    private static let words = LiteralSet(LanguageProfile.all.flatMap(\.deductionWords), foldingASCIICase: true)

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 3 && Self.words.occurs(in: run.text) {
            let chars = run.characters
            for index in 0..<(run.figures.count - 2) {
                let whole = run.figures[index], taken = run.figures[index + 1], rest = run.figures[index + 2]
                guard whole.isPlainAmount, taken.isPlainAmount, rest.isPlainAmount,
                    whole.number.unit?.measure == taken.number.unit?.measure,
                    taken.number.unit?.measure == rest.number.unit?.measure,
                    let gap = whole.gap(to: rest, in: chars).map({ String($0) }),
                    !gap.contains(where: { "=＝×÷+＋−*/".contains($0) }), Self.words.occurs(in: gap.lowercased()),
                    SentenceBounds.range(around: whole, in: chars).contains(rest.number.range.column - 1),
                    // `営業利益は 585,100 円（約 58.5 万円）`: the amount taken said again is no rest.
                    let between = taken.gap(to: rest, in: chars), !RestatementWords.introduces(between)
                else { continue }
                // `1.284,00 € Verkauf minus 684,30 € Einkauf minus 245,00 € … ergibt 354,70 €`: amounts
                // taken off one after another all come off the first.
                var head = index
                while head > 0, let link = run.figures[head - 1].gap(to: run.figures[head], in: chars),
                    run.figures[head - 1].isPlainAmount,
                    run.figures[head - 1].number.unit?.measure == whole.number.unit?.measure,
                    !link.contains(where: { "=＝×÷+＋−*/".contains($0) }),
                    Self.words.occurs(in: String(link).lowercased())
                {
                    head -= 1
                }
                let first = run.figures[head]
                let net = run.figures[(head + 1)...(index + 1)].reduce(first.number.value) { $0 - $1.number.value }
                guard net > 0, rest.number.value < first.number.value,
                    SlipDistance.isWithinScaleOrHalf(stated: rest.number.value, computed: net)
                else { continue }
                report.compare(
                    rest, computed: Quantity(net, rest.number.unit), rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(first.number.text) less "
                        + run.figures[(head + 1)...(index + 1)].map(\.number.text).joined(separator: " and "),
                    what: "amount left",
                    tolerance: Agreement.tolerance(operands: run.figures[head...(index + 1)].map(\.number)))
            }
        }
    }
}
