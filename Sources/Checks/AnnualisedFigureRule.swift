import Foundation
import Numbers
import TextKit

/// An amount said for a whole year right after an amount for a month, a quarter, a week or a
/// day (`GPU 月费为 … 46,800 元，全年约 56.2万元`, `四半期の材料費は約66万円…年間では約264万円`)
/// is that amount × 12, 4, 52 or 365. Only a slip is reported: digits swapped or one changed, or
/// the scale off by ten; a yearly figure no period explains is left alone.
struct AnnualisedFigureRule: PageRule {
    static let id = "annualised-figure"

    static let periods: [Decimal] = [12, 4, 52, 365]
    static let annualWords = LanguageProfile.all.flatMap(\.annualWords).map { $0.lowercased() }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // Amounts of the last lines said per month: `- 每月燃油费：… ＝ 1,612,306.8元`, then `- 全年燃油费合 1,934.8万元`.
        // A run's last amount counts as a month's only when the run says a month word; that is asked
        // (`monthWordsRun`) only once a yearly amount looks back at it: most never are.
        var monthly: [(figure: LocatedFigure, monthWordsRun: Substring?)] = []
        // Any amount of the last lines (`Q3 energy spend was $170,890`, a listing's `$10,656.00`): a
        // yearly figure in the next lines that is one of them × a period, but in another scale, slipped.
        var recent: [LocatedFigure] = []
        var saidYear: [Int: Bool] = [:]
        for (runIndex, run) in page.runs.enumerated() {
            checkTermTotals(run, file: file, locale: page.locale, into: &report)
            let amounts = run.figures.filter(Self.isPeriodAmount)
            monthly.removeAll { run.line - $0.figure.line > 3 }
            recent.removeAll { run.line - $0.line > 3 }
            // Most runs say no year word at all: their amounts are not placed against each word.
            let saysYear = !amounts.isEmpty && Self.saysYearWord(run)
            if !amounts.isEmpty { saidYear[runIndex] = saysYear }
            let text = saysYear ? run.characters : []
            let annual = amounts.map {
                !Self.isPerMonth($0) && (Self.isPerYear($0) || saysYear && Self.isAnnual($0, in: text))
            }
            if annual.first == true {
                monthly = monthly.filter { $0.monthWordsRun.map { PeriodWords.saysMonth(String($0)) } ?? true }
                    .map { ($0.figure, nil) }
            }
            checkYearlyAmounts(
                amounts, annual: annual, monthly: monthly.map(\.figure), recent: recent, in: run, page: page,
                file: file, into: &report)
            checkMonthsWorkedOut(amounts, annual: annual, in: run, page: page, file: file, into: &report)
            if let last = amounts.last, annual.last == false { monthly.append((last, run.text)) }
            // `CNY 10,800 per month` reads as a rate a month; it is a month's amount all the same.
            monthly += amounts.dropLast().filter(Self.isPerMonth).map { ($0, nil) }
            recent += amounts.indices.filter { !annual[$0] }.map { amounts[$0] }
        }
        checkMonthsCalledYears(page, saidYear: saidYear, file: file, into: &report)
        checkTenfoldYears(page, saidYear: saidYear, file: file, into: &report)
    }

    /// Each yearly amount of a run against the month's amounts of the lines above (or the amount
    /// right before it in the run), and against any recent amount in another scale.
    private func checkYearlyAmounts(
        _ amounts: [LocatedFigure], annual: [Bool], monthly: [LocatedFigure], recent: [LocatedFigure],
        in run: TextRun, page: PageFigures, file: String, into report: inout RuleReport
    ) {
        guard annual.contains(true) else { return }
        let chars = run.characters
        for (index, yearly) in amounts.enumerated() where annual[index] {
            // `年間でも 216円 × 12 ＝ 2,592円`: an operand the year is worked out from is no year's amount.
            if ComputedRangeRule.precedesOperator(yearly, inRun: chars) { continue }
            // `gut 37 € je Mitglied und etwa 424 € aufs Jahr`: an amount for each member is no month's.
            let bases =
                index > 0
                ? (annual[index - 1]
                    || PerWords.followAmount(amounts[index - 1], in: chars)
                        && !Self.isMonthly(amounts[index - 1], in: chars)
                    || Self.clauseSaysYear(before: amounts[index - 1], in: chars)
                    ? [] : [amounts[index - 1]])
                : monthly
            let alike = { (base: LocatedFigure) in
                base.number.unit?.measure == yearly.number.unit?.measure && base.number.value != yearly.number.value
            }
            // Only a rounded yearly figure (`约5.92万元`, `about $6.8 million`) restates a product in another scale.
            let rounded = yearly.number.isApproximate || yearly.number.scale != nil
            let scaleOnly =
                index > 0 || !rounded
                ? []
                : recent.filter { base in
                    alike(base) && !bases.contains { $0.line == base.line && $0.column == base.column }
                }
            // `样品费每月 2.6万元上下，按这个节奏全年约 21.2万元`: a month's amount said as such, then
            // the year worked out from it, is twelve of it, slip or not.
            if index > 0, !annual[index - 1], yearly.number.isApproximate, alike(amounts[index - 1]),
                Self.extrapolates(amounts[index - 1], to: yearly, in: run)
            {
                let base = amounts[index - 1]
                report.compare(
                    yearly, computed: Quantity(base.number.value * 12, yearly.number.unit), rule: Self.id,
                    file: file, locale: page.locale, explanation: "\(base.number.text) a month × 12",
                    what: "yearly figure", tolerance: Agreement.tolerance(operands: [base.number]))
                continue
            }
            check(yearly, against: bases.filter(alike), scaleOnly: scaleOnly, page: page, file: file, into: &report)
        }
    }

    /// An amount of money said plainly or per month or per year (`430 €`, `76 € par mois`, `6 200 € par an`).
    static func isPeriodAmount(_ figure: LocatedFigure) -> Bool {
        guard case .currency? = figure.number.unit?.measure, figure.number.rangePart == .none,
            figure.number.value > 0
        else { return false }
        guard let per = figure.number.unit?.per else { return true }
        return per.amount == 1 && (per.thing == .months || per.thing == .years)
    }

    static func isPerYear(_ figure: LocatedFigure) -> Bool {
        figure.number.unit?.per.map { $0.thing == .years && $0.amount == 1 } ?? false
    }

    static func isPerMonth(_ figure: LocatedFigure) -> Bool {
        figure.number.unit?.per.map { $0.thing == .months && $0.amount == 1 } ?? false
    }

    /// `800,80 € sur l'année … pas loin de 76 € par mois`: a rounded month's amount said after a
    /// year's in one sentence, with only the year's amounts between, is the year's twelfth.
    private func checkMonthsWorkedOut(
        _ amounts: [LocatedFigure], annual: [Bool], in run: TextRun, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        guard annual.contains(true), annual.contains(false) else { return }
        let text = run.characters
        for (index, month) in amounts.enumerated() where index > 0 && !annual[index] && month.number.isApproximate {
            guard annual[index - 1], Self.isMonthly(month, in: text) else { continue }
            let sentence = SentenceBounds.range(around: month, in: text)
            // The exact year's amount said first is the source; a rounded restatement of it may be off itself.
            let years = amounts[..<index].indices.reversed().prefix { annual[$0] }.map { amounts[$0] }
                .filter { sentence.contains($0.number.range.column - 1) }
            guard let year = years.last(where: { !$0.number.isApproximate }) ?? years.first,
                year.number.unit?.measure == month.number.unit?.measure,
                !run.figures.contains(where: {
                    $0.column > year.column && $0.column < month.column && !Self.isPeriodAmount($0)
                })
            else { continue }
            let ratio = year.number.value / month.number.value
            guard ratio > 6 && ratio < 18 else { continue }
            report.compare(
                month, computed: Quantity(year.number.value / 12, month.number.unit), rule: Self.id, file: file,
                locale: page.locale, explanation: "\(year.number.text) a year ÷ 12", what: "monthly figure",
                tolerance: Agreement.tolerance(operands: [year.number]))
        }
    }

    /// Whether a year word (`全年`, `per year`, `annuel`) stands anywhere in the run.
    static func saysYearWord(_ run: TextRun) -> Bool {
        annualWords.contains(where: String(run.text).lowercased().containsLiteral)
    }

    /// The yearly figure agrees with a base × a period, or is reported when it is exactly one
    /// base's product with a slip; the `scaleOnly` bases count only with the scale off by ten.
    private func check(
        _ yearly: LocatedFigure, against bases: [LocatedFigure], scaleOnly: [LocatedFigure] = [], page: PageFigures,
        file: String,
        into report: inout RuleReport
    ) {
        guard !bases.isEmpty || !scaleOnly.isEmpty else { return }
        // `8 335 € × 12 = 100 020 €, soit environ 100 k€ par an` says the year's amount again.
        guard
            !bases.contains(where: {
                Agreement.compare(stated: yearly.number, computed: $0.number.value).isAgreement
            })
        else { return }
        var slips: [(base: LocatedFigure, period: Decimal, product: Decimal)] = []
        for (base, onlyScale) in bases.map({ ($0, false) }) + scaleOnly.map({ ($0, true) }) {
            let tolerance = Agreement.tolerance(operands: [base.number])
            // `environ 646 € par mois, soit quelque 7 750 €`: twelve rounded months are rounded too.
            var stated = yearly.number
            if base.number.isApproximate { stated.isApproximate = true }
            for period in Self.periods {
                let product = base.number.value * period
                // `5.47 €/mois` then `65.66 €/an`: twelve of the unrounded month, which 5.47 rounds.
                let rounding = base.number.halfQuantum
                if Agreement.compare(stated: stated, computed: product, tolerance: tolerance).isAgreement
                    || (stated.value - product).magnitude <= rounding * period
                {
                    report.relationsChecked += 1
                    return
                }
                // A scale off by ten is judged at the figure's last digit: `约 100 万` rounds a
                // million of anything, 1,236 万 ÷ 10 included.
                // Days and weeks times a scale of ten meet most amounts somewhere: only months and quarters slip so.
                // `rund 2 Mrd. €` is within rounding of too many products ten times off to name one.
                if !onlyScale && DigitSlip.isPreciseSlip(stated, of: product)
                    || period <= 12 && yearly.significantDigits >= 2
                        && [Decimal(10), Decimal(1) / 10].contains(where: {
                            let scaled = product * $0
                            return Agreement.compare(
                                stated: yearly.number.value, quantumExponent: yearly.number.quantumExponent,
                                isApproximate: false, computed: scaled
                            ).isAgreement || (yearly.number.value - scaled).magnitude <= tolerance * scaled
                        })
                {
                    slips.append((base, period, product))
                }
            }
        }
        // One amount said twice (`$170,890, or about $0.17 million`) gives one product, not two.
        let distinct = slips.filter { slip in
            !slips.contains { $0.product > slip.product && ($0.product - slip.product) < slip.product / 50 }
        }
        guard distinct.count == 1, let slip = distinct.first, !Self.isWorkedOut(yearly, on: page) else { return }
        report.compare(
            yearly, computed: Quantity(slip.product, yearly.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation: "\(slip.base.number.text) × \(slip.period) for the year", what: "yearly figure",
            tolerance: Agreement.tolerance(operands: [slip.base.number]))
    }

    /// `£625 × 40 = £25,000 a year`: a year's amount stated as the result of its own calculation
    /// is that calculation's to check, whatever other amount a year of some period would give.
    private static func isWorkedOut(_ yearly: LocatedFigure, on page: PageFigures) -> Bool {
        guard let run = page.run(holding: yearly) else { return false }
        return CalculationChain.chains(in: run).contains { chain in
            chain.computation?.stated.map { $0.line == yearly.line && $0.column == yearly.column } == true
        }
    }

    /// Whether a yearly amount is worked out from the month's amount right before it: the month is
    /// said as such, no other figure stands between them (`比 8 月少 47.0%，按年算省下约 22.3 万元`
    /// works out a saving), and the year is more than half a year's and less than two years' worth.
    static func extrapolates(_ month: LocatedFigure, to yearly: LocatedFigure, in run: TextRun) -> Bool {
        guard isMonthly(month, in: run.characters), month.number.value > 0,
            !run.figures.contains(where: { $0.column > month.column && $0.column < yearly.column })
        else { return false }
        let ratio = yearly.number.value / month.number.value
        return ratio > 6 && ratio < 18
    }

    /// Whether a year word stands right before the figure (`全年约`, `par an :`) or right after it (`… a year`).
    static func isAnnual(_ figure: LocatedFigure, in text: [Character]) -> Bool {
        // Only the few characters around the figure are lowercased: the columns index the run as written.
        let start = min(figure.number.range.column - 1, text.count),
            end = min(start + figure.number.range.length, text.count)
        let before = String(text[max(0, start - 30)..<start]).lowercased()
        let after = String(text[end..<min(text.count, end + 12)]).lowercased()
        // Most amounts stand near no year word: those are told apart before any word is placed.
        let present = annualWords.filter { before.containsLiteral($0) || after.containsLiteral($0) }
        guard !present.isEmpty else { return false }
        // Trimmed once, with the standard library: Foundation's trimming and backwards search go through NSString.
        let trimmedBefore = before.trimmingSpaces, trimmedAfter = after.trimmingSpaces
        return present.contains { word in
            before.hasSuffix(word) || trimmedBefore.hasSuffix(word) || Self.endsWithWordThenQualifier(before, word)
                || trimmedAfter.hasPrefix(word)
        }
    }

    /// `每MW每年：359,300 ／ 48 ≈ 7,485澳元`: an amount its clause already says for a year.
    static func clauseSaysYear(before figure: LocatedFigure, in text: [Character]) -> Bool {
        let end = min(max(0, figure.number.range.column - 1), text.count)
        var start = end
        while start > 0, !"；;。!?！？\n".contains(text[start - 1]) { start -= 1 }
        return PeriodWords.isYearly(String(text[start..<end]).lowercased())
    }

    /// `全年约`, `年間では約`, `全年燃油费合人民币`: the year word, then a few words of the same clause before the figure.
    private static func endsWithWordThenQualifier(_ text: String, _ word: String) -> Bool {
        guard let range = text.ranges(of: word).last else { return false }
        let rest = text[range.upperBound...].filter { !$0.isWhitespace }
        return rest.count <= 12 && !rest.contains(where: { $0.isNumber || "，,。.；;—".contains($0) })
    }
}
