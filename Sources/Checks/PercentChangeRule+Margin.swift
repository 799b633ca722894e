import Foundation
import Numbers

extension PercentChangeRule {
    /// `每盒成本 52.48 元，零售價 120 元，毛利率 43.7%`, `elle dégage 2 670 €, soit une marge de 121,9 %`:
    /// a margin is the profit over the price. The sentence states the cost and the price, or the
    /// profit alone whose price and cost the page states as two amounts that far apart. Only a
    /// percentage that is the cost over the price or the profit over the cost (the wrong bases)
    /// is reported: a margin may be taken on something the sentence does not show.
    func checkMargin(_ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport)
    {
        for percent in run.figures where percent.isPercent && percent.number.rangePart == .none {
            let start = percent.number.range.column - 1
            let lead = String(chars[max(0, start - 12)..<start]).lowercased()
            let sentence = Self.sentence(around: percent, in: chars)
            let clause = Self.clause(around: percent, within: sentence, in: chars)
            let end = min(clause.upperBound, start + percent.number.range.length)
            let after = String(chars[end..<clause.upperBound]).lowercased()
            // `毛利率`, `gross margin`, or a margin said to be on the takings (`marge de 121,9 % sur ce
            // qu'elle a encaissé`): a French `taux de marge` alone is taken on the cost.
            guard
                Self.priceMarginWordList.contains(where: { lead.containsLiteral($0) })
                    || Self.marginWordSet.occurs(in: lead) && Self.takingsWordSet.occurs(in: after),
                // `22 % du coût`, `on cost`: a margin the author takes on the cost.
                !Self.costBaseWords.contains(where: { after.containsLiteral($0) })
            else { continue }
            let amounts = run.figures.filter {
                $0.isPlainAmount && sentence.contains($0.number.range.column - 1)
            }
            if amounts.count == 2, amounts[0].number.unit == amounts[1].number.unit {
                let (cost, price) =
                    amounts[0].number.value < amounts[1].number.value
                    ? (amounts[0], amounts[1]) : (amounts[1], amounts[0])
                // `每盒成本 52.48 元`, `pour 2 316,50 € d'achats`: the smaller amount named as a cost, not
                // as the profit (`每盒毛利 NT$82.01`).
                // (`扣除進貨成本後毛利為 1,824,000 − 473,400 ＝ 1,350,600 元`: a difference worked out is the profit.)
                guard cost.number.value < price.number.value, Self.isNamedCost(cost, in: chars),
                    !CalculationChain.chains(in: run).contains(where: { chain in
                        guard case let (part, _, stated?)? = chain.computation else { return false }
                        return stated.column == cost.column && stated.line == cost.line
                            && (part.operators.contains("−") || part.operators.contains("-"))
                    })
                else { continue }
                judgeMargin(
                    percent, profit: price.number.value - cost.number.value, price: price.number.value,
                    cost: cost.number.value,
                    explanation: "\(price.number.text) less \(cost.number.text), over \(price.number.text)", page: page,
                    file: file, into: &report)
            } else if amounts.count == 1, let profit = amounts.first, !Self.isNamedCost(profit, in: chars) {
                // The price and cost the profit lies between, as the page states them.
                let pairs = Self.pairsApart(by: profit, in: page)
                guard pairs.count == 1, let (price, cost) = pairs.first else { continue }
                judgeMargin(
                    percent, profit: profit.number.value, price: price.number.value, cost: cost.number.value,
                    explanation:
                        "\(profit.number.text) over the \(price.number.text) it is earned on, \(cost.number.text) of cost",
                    page: page, file: file, into: &report)
            }
        }
    }

    /// Reports a margin equal to the cost's share of the price or to the profit over the cost.
    private func judgeMargin(
        _ percent: LocatedFigure, profit: Decimal, price: Decimal, cost: Decimal, explanation: String,
        page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let right = profit / price * 100
        if Agreement.compare(stated: percent.number, computed: right).isAgreement {
            report.relationsChecked += 1
            return
        }
        let wrong = [cost / price * 100, profit / cost * 100]
        guard wrong.contains(where: { Agreement.compare(stated: percent.number, computed: $0).isAgreement }) else {
            return
        }
        report.compare(
            percent, computed: Quantity(right, percent.number.unit), rule: Self.id, file: file, locale: page.locale,
            explanation: explanation, what: "margin", knownSlip: true)
    }

    /// The larger and smaller of each two amounts the page states, in the profit's unit, whose
    /// difference is the profit exactly.
    private static func pairsApart(by profit: LocatedFigure, in page: PageFigures) -> [(LocatedFigure, LocatedFigure)] {
        var byValue: [Decimal: LocatedFigure] = [:]
        for figure in page.allFigures
        where figure.number.unit == profit.number.unit && figure.number.rangePart == .none && figure.number.value > 0
            && (figure.line != profit.line || figure.column != profit.column)
        {
            byValue[figure.number.value] = byValue[figure.number.value] ?? figure
        }
        return byValue.compactMap { value, price in
            byValue[value - profit.number.value].map { (price, $0) }
        }
    }

    /// Whether a cost word stands in the amount's clause before it (`每盒成本 314,880 ÷ 6,000 = 52.48 元`)
    /// or right after it (`2 316,50 € d'achats`).
    private static func isNamedCost(_ amount: LocatedFigure, in chars: [Character]) -> Bool {
        let start = amount.number.range.column - 1, end = min(chars.count, start + amount.number.range.length)
        let clauseStart = ClauseTerms.clauseStart(in: chars, before: start, reach: 30)
        let near =
            String(chars[clauseStart..<start]).lowercased() + " "
            + String(chars[end..<min(chars.count, end + 12)]).lowercased()
        return costWordList.contains { near.containsLiteral($0) }
    }

    private static let priceMarginWordList = LanguageProfile.all.flatMap(\.priceMarginWords).map { $0.lowercased() }
    private static let costWordList = LanguageProfile.all.flatMap(\.costWords).map { $0.lowercased() }
}
