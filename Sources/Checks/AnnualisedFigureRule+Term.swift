import Foundation
import Numbers
import TextKit

extension AnnualisedFigureRule {
    private static let termTotalWords = LanguageProfile.all.flatMap { $0.totalWords + $0.totalLeadWords }
        .map { $0.lowercased() }

    /// `按每间每年 600 元支付，1,200 × 600 = 72 万元/年，8 年合计 567 万元`: an amount a year (or a
    /// month), then a number of years (or months) with a total word, then the total over them: the
    /// amount times the number. Only a slip is reported, as for a year's amount.
    func checkTermTotals(_ run: TextRun, file: String, locale: NumberLocale, into report: inout RuleReport) {
        let figures = run.figures
        guard figures.count >= 3, figures.contains(where: { Self.isPerYear($0) || Self.isPerMonth($0) }) else {
            return
        }
        let chars = run.characters
        for (index, rate) in figures.enumerated() where Self.isPerYear(rate) || Self.isPerMonth(rate) {
            let period: CountedThing = Self.isPerYear(rate) ? .years : .months
            guard index + 2 < figures.count else { continue }
            let count = figures[index + 1], total = figures[index + 2]
            guard count.number.unit?.measure == .count(period), count.number.unit?.per == nil,
                count.number.value >= 2, count.number.rangePart == .none,
                total.number.unit?.measure == rate.number.unit?.measure, total.number.unit?.per == nil,
                total.number.rangePart == .none,
                let between = rate.gap(to: count, in: chars), between.count <= 4,
                !between.contains(where: { "=＝×x+＋−-÷/".contains($0) }),
                let gap = count.gap(to: total, in: chars), gap.count <= 8,
                !gap.contains(where: { "=＝×x+＋−-÷/".contains($0) })
            else { continue }
            let said = String(gap).lowercased()
            guard Self.termTotalWords.contains(where: { said.containsLiteral($0) }) else { continue }
            let computed = rate.number.value * count.number.value
            report.compareAsSlip(
                total, readings: [computed], rule: Self.id, file: file, locale: locale,
                explanation: "\(rate.number.text) × \(count.number.text)", what: "total over the term")
        }
    }
}
