import Foundation
import Numbers
import TextKit

/// A change from one amount to another stated as a percentage: `le PUE est passé de 1,52 à 1,41,
/// soit une baisse de 7,2 %`, `from $1,200 to $1,380, a 15 % increase`, `从 800 元降至 680 元，降幅 15%`.
///
/// The two amounts must stand next to each other (as a range `A à B`, or joined by a word), with
/// the same unit, and the percentage must follow them in the same sentence after a change word;
/// the base is the first amount, as "from" says.
struct PercentChangeRule: PageRule {
    static let id = "percent-change"
    static let guessesRelation = true

    static let changeWords = LanguageProfile.all.flatMap(\.changeWords).map { $0.lowercased() }
    /// At most this many Characters between the second amount and the percentage.
    static let maximumGap = 40

    static let decreaseWords = LanguageProfile.all.flatMap(\.decreaseWords).map { $0.lowercased() }
    private static let marginWords = LanguageProfile.all.flatMap(\.marginWords).map { $0.lowercased() }
    /// The three word lists above, searched as bytes: a sentence is asked for dozens of words at a time.
    private static let changeWordSet = LiteralSet(changeWords)
    private static let decreaseWordSet = LiteralSet(decreaseWords)
    static let marginWordSet = LiteralSet(marginWords)
    static let takingsWordSet = LiteralSet(LanguageProfile.all.flatMap(\.takingsWords).map { $0.lowercased() })
    private static let shareWordSet = LiteralSet(LanguageProfile.all.flatMap(\.shareWords).map { $0.lowercased() })
    /// `超出预算 48,500 元`: the second amount is the one planned, the first compared with it.
    private static let planWords = LanguageProfile.all.flatMap(\.planWords).map { $0.lowercased() }
    static let costBaseWords = LanguageProfile.all.flatMap(\.costBaseWords).map { $0.lowercased() }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let totals = page.tables.flatMap { table in
            let implied = table.impliedTotalRows
            return table.cells.indices.filter { table.isTotalRow($0) || implied.contains($0) }.flatMap { row in
                table.cells[row].enumerated().compactMap { column, cell in
                    cell.map { Total(figure: $0, header: (table.header[safe: column] ?? "").lowercased()) }
                }
            }
        }
        let changeRuns = page.runs.filter { run in
            run.figures.count >= 2 && run.figures.contains { $0.number.unit?.measure == .percent }
        }
        if !changeRuns.isEmpty {
            let recent = Self.recentResults(of: page)
            for run in changeRuns {
                let near = (max(0, run.line - Self.recentLines)..<run.line).flatMap { recent[$0] ?? [] }
                guard !totals.isEmpty || !near.isEmpty else { continue }
                checkAgainstTotal(run, totals: totals + near, page: page, file: file, into: &report)
            }
        }
        if !page.tables.isEmpty {
            let percentRuns = page.runs.filter { run in run.figures.contains { $0.number.unit?.measure == .percent } }
            for run in percentRuns { checkAgainstTableRow(run, page: page, file: file, into: &report) }
            for run in percentRuns {
                let chars = run.characters
                checkRowComparison(run, chars: chars, page: page, file: file, into: &report)
                checkColumnComparison(run, chars: chars, page: page, file: file, into: &report)
                checkBudgetVariance(run, chars: chars, page: page, file: file, into: &report)
            }
        }
        for run in page.runs where run.figures.count >= 3 {
            let chars = run.characters
            checkDifferences(run, chars: chars, page: page, file: file, into: &report)
            checkComparison(run, chars: chars, page: page, file: file, into: &report)
            checkFromTo(run, chars: chars, page: page, file: file, into: &report)
            checkEarlierAmountAndChange(run, chars: chars, page: page, file: file, into: &report)
            checkWrittenBase(run, chars: chars, page: page, file: file, into: &report)
        }
        for run in page.runs where run.figures.count >= 2 && run.figures.contains(where: \.isPercent) {
            checkMargin(run, chars: run.characters, page: page, file: file, into: &report)
        }
        var amounts: AmountIndex?
        for (index, run) in page.runs.enumerated() where run.figures.contains(where: \.isPercent) {
            checkDifferenceBase(
                run, runIndex: index, chars: run.characters, page: page, amounts: &amounts, file: file, into: &report)
        }
    }

    private static let otherBaseWords = ["比", "より", " than ", "par rapport", "gegenüber", "compared", "contre"]

    static func namesAnotherBase(_ gap: String) -> Bool {
        let lowered = gap.lowercased()
        return otherBaseWords.contains { lowered.contains($0) }
    }

    /// `from $1,200 to $1,380, a 15 % increase`, `455 adhérents cette saison, contre 412`: two
    /// amounts side by side, then the percentage of their change in the same sentence.
    private func checkFromTo(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        // `from $38,900 in 2025 to $46,082 in 2026`: the years qualify the amounts.
        let figures = run.figures.filter { !$0.isBareYear }
        for index in 0..<max(0, figures.count - 2) {
            // Two amounts of different kinds are no change, whichever is the base: the words between
            // them are not read. `from $34.90 an hour in 2024 to $38.40`: the rate is said once.
            // So is `de 19 € à 24 € le m²`, the rate said with the second.
            let rateSaidOnce =
                figures[index].number.unit?.measure == figures[index + 1].number.unit?.measure
                && figures[index].number.unit?.measure != .percent
                && (figures[index + 1].number.unit?.per == nil) != (figures[index].number.unit?.per == nil)
                && (Self.joinedByWord(figures[index], figures[index + 1], chars)
                    || Self.isAgainst(figures[index], figures[index + 1], chars))
            guard Self.sameMeasure(figures[index].number, figures[index + 1].number) || rateSaidOnce else { continue }
            // `455 adhérents cette saison, contre 412 en 2023`: the amount after "against" is the base.
            let isAgainst = Self.isAgainst(figures[index], figures[index + 1], chars)
            let (from, to) = isAgainst ? (figures[index + 1], figures[index]) : (figures[index], figures[index + 1])
            // `延迟了2到3小时，…增长了43%`: a range written with `到` or `至` is a change only after `从`.
            let isRange = from.number.rangePart == .lower && to.number.rangePart == .upper
            let isCJKRangeOnly =
                isRange
                && Self.text(between: from, and: to, in: chars).map { $0.contains { "到至〜～".contains($0) } } == true
                && !ComputedRangeRule.isFromTo(ComputedRangeRule.FigureRange(lower: from, upper: to), in: chars)
            guard Self.sameMeasure(from.number, to.number) || rateSaidOnce, from.number.value != 0, !isCJKRangeOnly,
                isAgainst || isRange
                    || Self.joinedByWord(from, to, chars) || Self.namesEarlierThenNow(from, to, chars),
                let percent = Self.changePercent(
                    after: index, of: figures, from: from, to: to, chars: chars, nextSentence: !isAgainst)
            else { continue }
            // `预计 3,025 万–3,512.5 万元，比今年最多增加 9.7%`: a range's ends, then a change against
            // something else the sentence names.
            if from.number.rangePart == .lower, to.number.rangePart == .upper,
                Self.text(between: to, and: percent, in: chars).map(Self.namesAnotherBase) == true
            {
                continue
            }
            // `前年度の 18,640 円から 5,105 円増え、27.4 % の増加`: a change word right after the second
            // amount makes it the change itself, a share of the first.
            // `去年 4,700 英镑，今年增加 850 英镑`: the change itself, which the earlier-amount reading checks.
            if Self.changeWord(before: to, after: from, in: chars) != nil { continue }
            // `阈值从 0.85 调到 0.80，预计复核占比降到 9% 左右`: a percentage something falls to is a level.
            if let gap = Self.text(between: to, and: percent, in: chars)?.trimmingCharacters(in: .whitespaces),
                Self.levelLeadWords.contains(where: gap.hasSuffix)
            {
                continue
            }
            if Self.isFollowedByChangeWord(to, in: chars) {
                report.compare(
                    percent, computed: Quantity(to.number.value / from.number.value * 100, percent.number.unit),
                    rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(to.number.text) on \(from.number.text)", what: "percentage change")
                continue
            }
            let change = (to.number.value - from.number.value) / from.number.value * 100
            let stated = percent.number.value < 0 ? change : change.magnitude
            // `337.8 百万円（約 3.4 億円）、前年（301.5 百万円）比 12.0 % 増`: a rounded amount stands for any
            // value it rounds; the change of one of them is the stated one.
            if from.number.isApproximate || to.number.isApproximate,
                Self.agreesWithinRounding(percent, from: from, to: to)
            {
                report.relationsChecked += 1
                continue
            }
            // `312 projects from 46 schools, up from 276 projects last year, a rise of 13.0 %`: the
            // base was compared with another amount of the sentence than the one beside it.
            let sentence = Self.sentence(around: from, in: chars)
            if figures.contains(where: { other in
                other.column != to.column && other.column != from.column && other.line == from.line
                    && sentence.contains(other.number.range.column - 1) && Self.sameMeasure(other.number, from.number)
                    && Agreement.compare(
                        stated: percent.number,
                        computed: ((other.number.value - from.number.value) / from.number.value * 100).magnitude
                    ).isAgreement
            }) {
                report.relationsChecked += 1
                continue
            }
            // `$31,870, against $8,950 in March 2024 — up 71.9 %`: the change over the new amount.
            let overNew =
                to.number.value != 0
                && Agreement.compare(
                    stated: percent.number,
                    computed: ((to.number.value - from.number.value) / to.number.value * 100).magnitude
                ).isAgreement
            report.compare(
                percent, computed: Quantity(stated, percent.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "change from \(from.number.text) to \(to.number.text)", what: "percentage change",
                knownSlip: overNew,
                // `$52.8k against $26.0k, an increase of 103.0%`: amounts rounded to a scale pin no last digit.
                mayBeCutOff: from.number.scale == nil && to.number.scale == nil)
        }
    }

    /// Whether the stated change lies between the changes of the values the two amounts may stand
    /// for at their precision.
    private static func agreesWithinRounding(_ percent: LocatedFigure, from: LocatedFigure, to: LocatedFigure) -> Bool {
        func bounds(_ figure: LocatedFigure) -> (Decimal, Decimal) {
            let half = figure.number.halfQuantum
            return (figure.number.value - half, figure.number.value + half)
        }
        let (fromLow, fromHigh) = bounds(from), (toLow, toHigh) = bounds(to)
        guard fromLow > 0 else { return false }
        // The change's size at the ends of what the two amounts may stand for.
        let sizes = [(toLow, fromHigh), (toHigh, fromLow)].map { (($0.0 - $0.1) / $0.1 * 100).magnitude }
        let low = sizes.min()!, high = sizes.max()!
        let half = percent.number.halfQuantum
        let stated = percent.number.value.magnitude
        return stated + half >= low && stated - half <= high
    }

    /// The percentage right after two amounts, or the first one of the sentence after a calculation
    /// that restates their change (`grew from 15,200 to 18,400, which is (18,400 − 15,200) / 15,200 =
    /// 21.1 %`), when the sentence says it is a change.
    private static func changePercent(
        after index: Int, of figures: [LocatedFigure], from: LocatedFigure, to: LocatedFigure, chars: [Character],
        nextSentence: Bool = false
    ) -> LocatedFigure? {
        var sentence = Self.sentence(around: to, in: chars)
        var percentIndex = figures.indices.dropFirst(index + 2).first(where: {
            figures[$0].number.unit?.measure == .percent && sentence.contains(figures[$0].number.range.column - 1)
        })
        // `went from $34.90 an hour to $38.40. That's up 9.1 % on last year`: the next sentence's
        // first figure, a percentage, says the change when the sentence of the amounts says none.
        if percentIndex == nil, nextSentence, index + 2 < figures.count,
            figures[index + 2].number.unit?.measure == .percent
        {
            let next = Self.sentence(around: figures[index + 2], in: chars)
            // Only right after the amounts, a few words into the next sentence.
            if next.lowerBound >= sentence.upperBound,
                (Self.text(between: to, and: figures[index + 2], in: chars)?.count ?? .max) <= 24
            {
                sentence = next
                percentIndex = index + 2
            }
        }
        guard let percentIndex,
            figures[percentIndex].number.unit?.per == nil,
            let between = Self.text(between: to, and: figures[percentIndex], in: chars),
            between.count <= Self.maximumGap * 3
        else { return nil }
        // A calculation in between must restate this change, not another one.
        if percentIndex > index + 2 {
            let between = figures[(index + 2)..<percentIndex].map(\.number.value)
            // `3 793 k€ au lieu des 3 500 k€, soit un dépassement de 293 k€ (+7,4 %)` states the difference first.
            let difference = (to.number.value - from.number.value).magnitude
            guard
                between.contains(from.number.value) && between.contains(to.number.value)
                    || between.contains(difference)
                        && between.allSatisfy({ [from.number.value, to.number.value, difference].contains($0) })
            else { return nil }
        }
        // `290 円から 330 円に改定した場合、客数が 5% 減っても`: a new subject (が, は) after a clause
        // break has a percentage of its own.
        // (`増加率は 13.9 %` names the change itself.)
        let tail = between.trimmingCharacters(in: .whitespaces)
        if let cut = tail.lastIndex(where: { $0 == "、" || $0 == "，" }), tail.hasSuffix("が") || tail.hasSuffix("は"),
            !Self.changeWordSet.occurs(in: String(tail[cut...]))
        {
            return nil
        }
        let said = String(chars[sentence]).lowercased()
        // `de 11 700 € à 13 260 €, soit + 11,8 %`: a percentage signed the way the amounts move is the
        // change itself; `82 t contre 96 t, soit + 17,1 %` sets them the other way round.
        let sign = figures[percentIndex].writtenSign(in: chars)
        let signFollowsChange =
            sign == "+" ? to.number.value > from.number.value : sign != nil && to.number.value < from.number.value
        guard Self.changeWordSet.occurs(in: said) || signFollowsChange else { return nil }
        // `売上は 58,000〜68,000 元、粗利率 30% なら`: a margin named before the percentage is no change of the range.
        let lead = between.lowercased()
        guard !Self.marginWordSet.occurs(in: lead) else { return nil }
        return figures[percentIndex]
    }

    /// What a calculation worked out is the current amount as much as a total row is (`Coût par
    /// repas : 36 254,00 / 11 605 = 3,12 €`, then `en février, 2,87 € … la hausse`), its computed
    /// value too when the stated one slipped; so is what a list above adds up to. By line.
    private static func recentResults(of page: PageFigures) -> [Int: [Total]] {
        var byLine: [Int: [Total]] = [:]
        for run in page.runs {
            for chain in CalculationChain.chains(in: run) {
                guard case let (_, computed, stated?)? = chain.computation else { continue }
                var value = stated
                value.number.value = computed.value
                byLine[stated.line, default: []] += [
                    Total(figure: stated, header: ""), Total(figure: value, header: ""),
                ]
            }
        }
        let figuresByLine = Dictionary(grouping: page.allFigures, by: \.line)
        for sum in SummaryFigureRule.columnSums(of: page) where sum.unit != nil {
            // Written like one of its addends, as the sum is written nowhere.
            guard
                var figure = sum.source.lazy.compactMap({ figuresByLine[$0]?.first { $0.number.unit == sum.unit } })
                    .first
            else { continue }
            figure.number.value = sum.value
            figure.number.text = FigureText.computed(sum.value, like: figure.number, locale: page.locale)
            figure.line = sum.line
            byLine[sum.line, default: []].append(Total(figure: figure, header: ""))
        }
        return byLine
    }

    /// A slip is this close (relative) to the change against a total; further off, the sentence
    /// compares with something else.
    static let slipDistance = 0.35
    /// A calculation's result this many lines above a sentence can be the amount it compares with an earlier one.
    static let recentLines = 6
    private static let shareWords = LanguageProfile.all.flatMap(\.shareWords).map { $0.lowercased() }
    static let earlierPeriodWords = LanguageProfile.all.flatMap(\.earlierPeriodWords).map { $0.lowercased() }

    /// `与去年双11（花费 152,000 元）相比，今年花费增长 13.6%`, `上个月花了 68.20 美元，这个月省了 22.4%`:
    /// a sentence with one amount, a change word, a word naming an earlier period or reference
    /// (`去年`, `last month`, `par rapport à`) and a percentage compares that earlier amount with
    /// the page's own total in the same unit (a table's total row). When no total gives the stated
    /// change and one gives a change close to it, the percentage is reported against that one. An
    /// amount that is itself a total is the current figure, whose base the page does not give.
    /// A total row's cell and its column's header, which names what a bare count counts.
    struct Total {
        var figure: LocatedFigure
        var header: String

        /// Whether `amount` is of the total's kind: the same unit, or a count of what the header names
        /// (`11,720 billets` against the total of `Billets vendus`).
        func counts(like amount: ScannedNumber) -> Bool {
            if PercentChangeRule.sameMeasure(figure.number, amount) { return true }
            // `574ユーロ` last year against an average of `601.6 ユーロ／1,000 L`: the sentence names no rate.
            if figure.number.unit?.measure == amount.unit?.measure, figure.number.unit != nil,
                figure.number.unit?.measure != .percent,
                figure.number.unit?.per == nil || amount.unit?.per == nil
            {
                return true
            }
            guard figure.number.unit == nil, case .count? = amount.unit?.measure, amount.unit?.per == nil,
                let word = amount.unit?.written.lowercased(), word.count >= 2
            else { return false }
            return header.contains(word)
        }
    }

    private func checkAgainstTotal(
        _ run: TextRun, totals: [Total], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let figures = run.figures.filter { !$0.isBareYear }
        guard figures.contains(where: { $0.number.unit?.measure == .percent }) else { return }
        let chars = run.characters
        for percent in figures where percent.number.unit?.measure == .percent && percent.number.unit?.per == nil {
            guard percent.number.value > 0, percent.number.value < 100, percent.number.rangePart == .none,
                let (earlier, word) = Self.earlierAmount(
                    changedBy: percent, among: figures, totals: totals, chars: chars, page: page)
            else { continue }
            let changes = totals.filter { word.map($0.header.contains) ?? $0.counts(like: earlier.number) }.map(
                \.figure
            ).map { total in
                (total, ((total.number.value - earlier.number.value) / earlier.number.value * 100).magnitude)
            }
            guard !changes.isEmpty else { continue }
            if changes.contains(where: { Agreement.compare(stated: percent.number, computed: $0.1).isAgreement }) {
                report.relationsChecked += 1
                continue
            }
            let stated = percent.number.value.asDouble
            guard let (total, change) = changes.min(by: { abs($0.1.asDouble - stated) < abs($1.1.asDouble - stated) }),
                change > 0, abs(change.asDouble - stated) / change.asDouble < Self.slipDistance,
                // `受注額は昨年より 234,000円、28.7％ 増` under `816,000 | 1,050,000`: the amount is the change itself.
                !Self.isDifference(earlier, of: page.allFigures),
                // `… était de 104 500 €, soit une hausse de 14,7 %` after a turnover of 119 880 €: an amount
                // the page states gives the change; the total is not what is compared.
                !page.allFigures.contains(where: { other in
                    other.number.value > 0 && Self.sameMeasure(other.number, earlier.number)
                        && (other.line != earlier.line || other.column != earlier.column)
                        && Agreement.compare(
                            stated: percent.number,
                            computed: ((other.number.value - earlier.number.value) / earlier.number.value * 100)
                                .magnitude
                        ).isAgreement
                })
            else { continue }
            report.compare(
                percent, computed: Quantity(change, percent.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation:
                    "change from \(earlier.number.text) to the total \(total.number.text) at line \(total.line)",
                what: "percentage change")
        }
    }

    /// Whether the page states two other figures of the amount's measure whose difference it is.
    private static func isDifference(_ amount: LocatedFigure, of figures: [LocatedFigure]) -> Bool {
        let others = figures.filter {
            $0.line != amount.line && $0.number.value > amount.number.value
                && ($0.number.unit == nil || $0.number.unit?.measure == amount.number.unit?.measure)
        }
        let values = Set(others.map(\.number.value))
        return values.contains { values.contains($0 - amount.number.value) }
    }

    /// The one earlier period's amount a percentage's sentence sets against a total (and the word
    /// that names what it counts, for a bare count), when the sentence says a change by the
    /// percentage and does not work it out itself.
    private static func earlierAmount(
        changedBy percent: LocatedFigure, among figures: [LocatedFigure], totals: [Total], chars: [Character],
        page: PageFigures
    ) -> (LocatedFigure, String?)? {
        let sentence = Self.sentence(around: percent, in: chars)
        // Bare numbers are names and counts here (`双11`, `T1`); the amounts carry a unit.
        // …unless the word after one names what a total column counts (`(11,720 billets)` under `Billets vendus`).
        let counted = { (figure: LocatedFigure) -> String? in
            guard figure.number.unit == nil, let word = Self.word(after: figure, in: chars), word.count >= 3,
                totals.contains(where: { $0.figure.number.unit == nil && $0.header.contains(word) })
            else { return nil }
            return word
        }
        let inSentence = figures.filter {
            sentence.contains($0.number.range.column - 1) && ($0.number.unit != nil || counted($0) != nil)
        }
        let amounts = inSentence.filter { $0.number.unit?.measure != .percent }
        guard inSentence.count == 2, amounts.count == 1, let earlier = amounts.first,
            earlier.number.value > 0, earlier.number.rangePart == .none,
            // `総額は約 1.46 億円（前年比 7.9% 増）` rounds the 14,560 万円 of a total row: the current figure.
            !totals.contains(where: {
                Agreement.compare(stated: earlier.number, computed: $0.figure.number.value).isAgreement
            })
        else { return nil }
        let said = String(chars[sentence]).lowercased()
        // A sentence that works the change out itself is the calculation rules' to check.
        guard !said.contains(where: { "=＝÷/×".contains($0) }),
            Self.changeWordSet.occurs(in: said) || Self.decreaseWordSet.occurs(in: said),
            Self.earlierPeriodWords.contains(where: { said.containsLiteral($0) })
                || Self.namesAnEarlierYear(sentence, in: chars, before: page.page.date?.year),
            !Self.shareWords.contains(where: { said.containsLiteral($0) })
        else { return nil }
        // The change word stands by the percentage (`progresse de 9.7 %`, `今年上漲 8.2%`): a percentage
        // away from it (`四分之一的蜂群（23.2%）沒能撐過冬天，比去年明顯增加`) says something else.
        let start = percent.number.range.column - 1, end = start + percent.number.range.length
        let near = String(chars[max(0, start - 20)..<min(chars.count, end + 8)]).lowercased()
        guard Self.changeWordSet.occurs(in: near) || Self.decreaseWordSet.occurs(in: near)
        else { return nil }
        return (earlier, counted(earlier))
    }

    /// `2024年1月の合計は 91,300円 でしたので`, `par rapport au T1 2024`: a year in the sentence dates
    /// its amount, a year before the page's own date. Dates are no figures, so the year is looked for in the text.
    static func namesAnEarlierYear(_ sentence: Range<Int>, in chars: [Character], before year: Int?) -> Bool {
        guard let year else { return false }
        return YearMentions.years(in: chars, within: sentence).contains { $0 < year }
    }

    /// `Total revenue grew 7.4 % quarter over quarter and 34.9 % year over year`, under a table whose
    /// `Total revenue` row holds each period: a percentage of a sentence that names a row and a
    /// change is the change between two of the row's cells. Only a slip of the pen is reported
    /// (39.4 written 34.9): which cells a sentence compares is the author's to say.
    private func checkAgainstTableRow(_ run: TextRun, page: PageFigures, file: String, into report: inout RuleReport) {
        let said = String(run.text).lowercased()
        guard Self.changeWordSet.occurs(in: said) else { return }
        // A percentage the sentence works out itself is the calculation rules' to check.
        let worked = Set(CalculationChain.chains(in: run).flatMap { $0.parts.flatMap(\.figures) }.map(\.column))
        for table in page.tables {
            for (row, label) in table.rowLabels.enumerated() {
                let name = label.lowercased()
                // (`councillors' names` does not name the row `Council`.)
                guard name.count >= 4, said.contains(name), Self.names(said, label: label) else { continue }
                // `Kumo-Lite は Kumo-Pro より … 91.7% 安く`: a sentence naming two rows compares them.
                let namesOtherRow = table.rowLabels.enumerated().contains { other, otherLabel in
                    let otherName = otherLabel.lowercased()
                    return other != row && otherName.count >= 4 && !name.contains(otherName) && said.contains(otherName)
                }
                guard !namesOtherRow else { continue }
                let cells = table.cells[row].compactMap { $0 }.filter {
                    $0.number.unit?.measure != .percent && $0.number.value > 0
                }
                guard cells.count >= 2 else { continue }
                var changes: [Decimal] = []
                for a in cells {
                    // A price per million tokens and a cost per product are no two values of one thing.
                    for b in cells where a.column != b.column && Self.sameMeasure(a.number, b.number) {
                        changes.append(((a.number.value - b.number.value) / b.number.value * 100).magnitude)
                    }
                }
                for percent in run.figures
                where percent.number.unit?.measure == .percent && percent.number.rangePart == .none
                    && !worked.contains(percent.column)
                {
                    // `7月は前月比 32.1 % 増、主因は…データ転送`: a row named after the change is its cause,
                    // not what changed.
                    let before = String(run.text.prefix(max(0, percent.number.range.column - 1))).lowercased()
                    guard before.contains(name) else { continue }
                    report.compareAsSlip(
                        percent, readings: changes, rule: Self.id, file: file, locale: page.locale,
                        explanation: "a change between two cells of the row '\(label)' of table \(table.index)",
                        what: "percentage change")
                }
                return
            }
        }
    }

    /// The lowercased word right after a figure (`billets` in `11,720 billets`), if letters follow it.
    static func word(after figure: LocatedFigure, in chars: [Character]) -> String? {
        var index = figure.number.range.column - 1 + figure.number.range.length
        while index < chars.count, chars[index] == " " { index += 1 }
        let start = index
        while index < chars.count, chars[index].isLetter { index += 1 }
        return index > start ? String(chars[start..<index]).lowercased() : nil
    }

    /// `6,845,000 − 6,715,500 ＝ 129,500円。B社は A社より 1.9% 安い`: a difference, then its
    /// percentage, on the larger amount for "less" and the smaller for "more".
    private func checkDifferences(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for chain in CalculationChain.chains(in: run) {
            guard let (percent, a, b, words) = Self.differenceAndPercent(chain, in: run, chars: chars) else { continue }
            guard
                Self.changeWordSet.occurs(in: words) || Self.decreaseWordSet.occurs(in: words)
                    || Self.marginWordSet.occurs(in: words)
            else {
                checkUnnamedBase(percent, a, b, page: page, file: file, into: &report)
                continue
            }
            // `a surplus of 1,200 − 995.80 = £204.20, which is 17.0% of what came in`: a share of the
            // takings is taken on them, the larger amount.
            let onTakings = Self.takingsWordSet.occurs(
                in: String(
                    chars[percent.number.range.column - 1..<Self.clauseEnd(after: percent, in: chars, reach: 24)]
                )
                .lowercased())
            let isDecrease =
                Self.decreaseWordSet.occurs(in: words) || Self.marginWordSet.occurs(in: words) || onTakings
            // `soit 22,0 % du coût`: a margin taken over the cost is a markup, on the smaller amount.
            let overCost =
                !onTakings && Self.marginWordSet.occurs(in: words)
                && Self.costBaseWords.contains { words.containsLiteral($0) }
            let base = isDecrease && !overCost ? max(a.value, b.value) : min(a.value, b.value)
            guard base != 0 else { continue }
            let change = (a.value - b.value).magnitude / base * 100
            // `1,176 − 282 = 894, a 24 % reduction`: what is taken away may itself be the change, but a
            // margin is always what remains (`22,659 − 10,213 = 12,446, a 54.9 % margin`).
            let isMargin = Self.marginWordSet.occurs(in: words)
            if !isMargin, a.value != 0,
                Agreement.compare(stated: percent.number, computed: (b.value / a.value * 100).magnitude).isAgreement
            {
                report.relationsChecked += 1
                continue
            }
            // `28,600 + 19,700 = 48,300 円 … 19,700 − 9,800 = 9,900 円安くなり、交通費は 20.5% 下がります`:
            // the difference as a share of an amount stated before it, on its line or the line above
            // (the whole it is cut from).
            let difference = (a.value - b.value).magnitude
            let first = chain.parts.flatMap(\.figures).first
            let above = page.runs.first(where: { $0.line == run.line - 1 })?.figures ?? []
            if let first,
                (above + run.figures).contains(where: { whole in
                    // (One of the two amounts said before is the other side, not a whole: `I counted
                    // £1,542.80 … £1,590.60 − £1,542.80 = £47.80 less`.)
                    (whole.line, whole.column) < (first.line, first.column) && whole.isPlainAmount
                        && whole.number.value > difference && whole.number.value != a.value
                        && whole.number.value != b.value
                        && Agreement.compare(stated: percent.number, computed: difference / whole.number.value * 100)
                            .isAgreement
                })
            {
                report.relationsChecked += 1
                continue
            }
            // `Planned surplus: £52,000 − £30,870 = £21,130.` then `Actual surplus: £49,350 − £35,100.50 =
            // £14,249.50, down 32.6% on plan`: the change from a result above to this one, or from one
            // named after the percentage (`up 19.5% on last year's £982.40`).
            let named = run.figures.filter { ($0.line, $0.column) > (percent.line, percent.column) }
            if (above + named).contains(where: { earlier in
                earlier.isPlainAmount && earlier.number.value != 0
                    && Agreement.compare(
                        stated: percent.number,
                        computed: ((difference - earlier.number.value) / earlier.number.value * 100).magnitude
                    ).isAgreement
            }) {
                report.relationsChecked += 1
                continue
            }
            // The difference over the other amount: the base slipped, however far that lands.
            let otherBase = isDecrease ? min(a.value, b.value) : max(a.value, b.value)
            let overOther =
                otherBase != 0
                && Agreement.compare(stated: percent.number, computed: (a.value - b.value).magnitude / otherBase * 100)
                    .isAgreement
            report.compare(
                percent, computed: Quantity(change, percent.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "the difference \(a.text) − \(b.text) on \(isDecrease ? "the larger" : "the smaller")",
                what: "percentage change", knownSlip: overOther)
        }
    }

    /// A difference `a − b` written as a calculation, the percentage said of it (right after it, or
    /// opening its sentence) and the words around that percentage, lowercased.
    private static func differenceAndPercent(_ chain: CalculationChain, in run: TextRun, chars: [Character])
        -> (LocatedFigure, ScannedNumber, ScannedNumber, String)?
    {
        guard let computation = chain.parts.first(where: \.isComputation), computation.operators == ["−"],
            let last = chain.parts.last?.figures.last,
            let index = run.figures.firstIndex(where: { $0.line == last.line && $0.column == last.column }),
            index + 1 < run.figures.count
        else { return nil }
        // The percentage follows the difference, or opens its sentence (`山野茶比鲜果社便宜 39.5%，差额 221,000 − 133,600 = 87,400 元`).
        let sentence = Self.sentence(around: last, in: chars)
        // A rate another calculation uses (`目标是 30%，即 128,600 × 30% = 38,580`) is not this difference's percentage.
        let used = Set(
            CalculationChain.chains(in: run).flatMap { $0.parts.flatMap(\.figures) }.filter {
                $0.number.unit?.measure == .percent
            }.map(\.number.value))
        let before = run.figures.last(where: {
            $0.number.unit?.measure == .percent && sentence.contains($0.number.range.column - 1)
                && $0.number.range.column < computation.figures[0].number.range.column
                && !used.contains($0.number.value)
        })
        let percent =
            run.figures[index + 1].number.unit?.measure == .percent
            ? run.figures[index + 1] : (before ?? run.figures[index + 1])
        let a = computation.figures[0].number, b = computation.figures[1].number
        guard percent.number.unit?.measure == .percent, Self.sameMeasure(a, b) else { return nil }
        // `… ＝ 172,000 元。冬被毛利率最低（32.6%）`: a percentage in brackets in the next sentence
        // quotes another thing's rate.
        if !sentence.contains(percent.number.range.column - 1) {
            let open = chars[..<(percent.number.range.column - 1)].last { $0 != " " }
            if open == "(" || open == "（" { return nil }
        }
        // `若取得 30 % 補助（1,152,000 元），…降為 16,556,000 − 1,152,000`: a percentage before the
        // difference that an amount follows is the rate of that amount.
        if percent.number.range.column < computation.figures[0].number.range.column,
            run.figures.contains(where: {
                $0.number.range.column > percent.number.range.column
                    && $0.number.range.column < computation.figures[0].number.range.column && $0.number.unit != nil
                    && $0.number.unit?.measure != .percent
            })
        {
            return nil
        }
        let between =
            percent.number.range.column > last.number.range.column
            ? (Self.text(between: last, and: percent, in: chars) ?? "")
            : (Self.text(between: percent, and: computation.figures[0], in: chars) ?? "")
        // `9,860 − 3,420 = 6,440 元，约占增量的 70.0 %`: a share of something else, not the change.
        if percent.number.range.column > last.number.range.column {
            let gap = between.lowercased()
            if Self.shareWordSet.occurs(in: gap), !Self.changeWordSet.occurs(in: gap),
                !Self.decreaseWordSet.occurs(in: gap)
            {
                return nil
            }
        }
        // `= 8,078.6 元（按去年 55% 的入住率）`: a bracket of words after the result, with no change
        // word and an unsigned percentage, states what the result assumes.
        if percent.number.range.column > last.number.range.column,
            let open = between.lastIndex(where: { $0 == "(" || $0 == "（" }),
            !"+＋−-".contains(percent.number.text.first ?? " "),
            percent.number.range.column < 2 || !"+＋−-".contains(chars[percent.number.range.column - 2])
        {
            let start = percent.number.range.column - 1
            let close = chars[start...].firstIndex(where: { $0 == ")" || $0 == "）" }) ?? chars.endIndex
            let inside = String(between[between.index(after: open)...]) + String(chars[start..<close])
            if inside.contains(where: \.isLetter), !Self.changeWordSet.occurs(in: inside.lowercased()) { return nil }
        }
        // `… = 1,3 point ; le seuil de dépose est de 6 %`: past a semicolon the sentence weighs something else.
        guard between.count <= Self.maximumGap, !between.contains(where: { $0 == ";" || $0 == "；" }) else {
            return nil
        }
        let start = max(0, percent.number.range.column - 1 - 12)
        // (`毛利率 33.1%。鸡毛这一项就占了总成本的 39.7%`: the next sentence's words are another percentage's.)
        let after = String(
            chars[start..<Self.clauseEnd(after: percent, in: chars, reach: 12)]
        ).lowercased()
        // `La hausse est de 52 710 − 44 900 = 7 810 €, soit +14,8 %`: the change may be named before the difference.
        let first = computation.figures[0].number.range.column - 1
        var lead = String(chars[sentence.lowerBound..<max(sentence.lowerBound, first)]).lowercased()
        // `5% 減のケースで、粗利の増加は 2,954,880 − 2,534,400`: the difference's own clause names it.
        if let cut = lead.lastIndex(where: { $0 == "、" || $0 == "，" || $0 == "," }) {
            lead = String(lead[lead.index(after: cut)...])
        }
        // Only whole words there: the `plus` of `surplus` names no change.
        // A percentage that opens the sentence (`若取得 30 % 補助（1,152,000 元），…降為`) has its own words.
        // `La marge unitaire est de 675 − 553 = 122 €, soit 22,0 %`: so may the margin.
        let named =
            percent.number.range.column > last.number.range.column
            ? (Self.changeOrDecreaseWords + Self.marginWords).filter { lead.containsWord($0) } : []
        return (percent, a, b, (named.joined(separator: " ") + " " + between + " " + after).lowercased())
    }

    /// Where the sentence goes on to after `figure`, at most `reach` Characters past it.
    static func clauseEnd(after figure: LocatedFigure, in chars: [Character], reach: Int) -> Int {
        let start = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        var end = start
        while end < min(chars.count, start + reach), chars[end] != "\n", !SentenceBounds.isEnd(chars, at: end) {
            end += 1
        }
        return end
    }

    /// Whether an ideographic change word (`増え`, `增加了`) follows the figure, spaces aside.
    private static func isFollowedByChangeWord(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        var end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        while end < chars.count, chars[end] == " " { end += 1 }
        // `16,310.00ドルから1,447.40ドルの削減`: the change word may follow a particle.
        if end < chars.count, chars[end] == "の" || chars[end] == "的" { end += 1 }
        let after = String(chars[end..<min(chars.count, end + 4)])
        if Self.ideographicChangeWords.contains(where: { after.hasPrefix($0) }) { return true }
        // `5チーム増えて`: a counter the figure's unit did not take may stand between (not a particle:
        // `22,500 円に増え` names the new amount).
        guard figure.number.unit == nil else { return false }
        let counter = chars[end..<min(chars.count, end + counterReach)].prefix {
            $0.isLetter && !$0.isASCII && !$0.isHiragana
        }.count
        return (1..<max(1, counter)).contains { length in
            let rest = String(chars[(end + length)..<min(chars.count, end + length + 4)])
            return Self.ideographicChangeWords.contains { rest.hasPrefix($0) }
        }
    }

    /// How many Characters of a counter may stand between a figure and its change word.
    private static let counterReach = 5
    private static let changeOrDecreaseWords = changeWords + decreaseWords
    private static let ideographicChangeWords = changeOrDecreaseWords.filter { $0.first?.isUnifiedIdeograph == true }

    /// `1,368.5 − 928.5 = 440.0 MWh, i.e. 23.2 % of facility energy`: no change word says which
    /// base, so only a percentage that is one of the two with its digits slipped is reported.
    private func checkUnnamedBase(
        _ percent: LocatedFigure, _ a: ScannedNumber, _ b: ScannedNumber, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let difference = (a.value - b.value).magnitude
        let shares = [max(a.value, b.value), min(a.value, b.value)].filter { $0 != 0 }.map {
            difference / $0 * 100
        }
        guard !shares.contains(where: { Agreement.compare(stated: percent.number, computed: $0).isAgreement }) else {
            report.relationsChecked += 1
            return
        }
        let slips = shares.filter { DigitSlip.isPreciseSlip(percent.number, of: $0) }
        if slips.count == 1 {
            report.compare(
                percent, computed: Quantity(slips[0], percent.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "the difference \(a.text) − \(b.text) as a share of one of them", what: "percentage")
        }
    }

    /// `USD 1,329 per bike … USD 1,440 per bike, so our cost is 7.7% lower`, `实际为31,104元，较预算18,000元
    /// 超支72.8%`: a sentence with exactly two amounts of one measure and a percentage followed by
    /// a comparison; "less" is on the larger amount, "more" on the smaller.
    private func checkComparison(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for percent in run.figures where percent.number.unit?.measure == .percent && percent.number.rangePart == .none {
            let sentence = Self.sentence(around: percent, in: chars)
            // `CHF 1.29M in 2024, 8.7% more than in 2023 (CHF 1.18M)`: years date the amounts.
            var amounts = run.figures.filter { figure in
                figure.number.unit?.measure != .percent && figure.number.rangePart == .none && !figure.isBareYear
                    && sentence.contains(figure.number.range.column - 1)
            }
            // `costs €18,600 over 5 years, 28.4% less than B and a saving of €6,150`: the span dates the amounts.
            let spans = amounts.filter { Self.isSpan($0.number) }
            if amounts.count - spans.count == 2, !spans.isEmpty { amounts.removeAll { Self.isSpan($0.number) } }
            // `kamen 412 Gäste, im Vorjahr waren es 368 — das sind 44 Gäste oder 10,7 % mehr`: the
            // difference said after the two amounts compares them, counts of guests as well as prices.
            let saysDifference =
                amounts.count == 3 && amounts[2].number.value > 0
                && amounts[2].number.value == (amounts[0].number.value - amounts[1].number.value).magnitude
                && amounts[2].number.unit == amounts[0].number.unit
                // (`收入 576,600 元、支出 384,870 元，结余 191,730 元，比上年多 18.1 %`: a balance compared
                // with last year's; only amounts said against each other are compared.)
                && (Self.isAgainst(amounts[0], amounts[1], chars)
                    || Self.text(between: amounts[0], and: amounts[1], in: chars).map { gap in
                        (Self.earlierPeriodWords + Self.planWords).contains { gap.lowercased().containsLiteral($0) }
                    } == true)
            if saysDifference { amounts.removeLast() }
            // `40 des 120 terminaux, soit 30 % du parc`: a bare count out of a count of things.
            let isOutOf =
                amounts.count == 2
                && Self.text(between: amounts[0], and: amounts[1], in: chars).map {
                    Self.outOfWords.contains($0.lowercased().trimmingCharacters(in: .whitespaces))
                } == true
            guard amounts.count == 2,
                Self.sameMeasure(amounts[0].number, amounts[1].number)
                    || isOutOf && amounts[0].number.unit == nil && amounts[0].number.scale == nil,
                amounts[0].number.unit != nil || isOutOf || saysDifference,
                amounts[0].number.value > 0, amounts[1].number.value > 0,
                // `671,278円、約67.1万円`: one amount said twice compares nothing.
                !Agreement.compare(stated: amounts[1].number, computed: amounts[0].number.value).isAgreement,
                !Agreement.compare(stated: amounts[0].number, computed: amounts[1].number.value).isAgreement,
                // `月费约 2.1 万元，比 8 月少 47.0%，按年算省下约 22.3 万元`: a month's cost and a year's saving compare nothing.
                AnnualisedFigureRule.isAnnual(amounts[0], in: chars)
                    == AnnualisedFigureRule.isAnnual(amounts[1], in: chars),
                // `Rund 22.300 € für alle sechs Luster, also etwa 3.700 € pro Stück`: a whole and a share of it.
                PerWords.followAmount(amounts[0], in: chars) == PerWords.followAmount(amounts[1], in: chars),
                // `三季度燃气费 52,992 元，平均每月 17,664 元`: a quarter's amount and its month's.
                AnnualisedFigureRule.isMonthly(amounts[0], in: chars)
                    == AnnualisedFigureRule.isMonthly(amounts[1], in: chars),
                run.figures.filter({
                    $0.number.unit?.measure == .percent && sentence.contains($0.number.range.column - 1)
                }).count == 1
            else { continue }
            // The comparison word follows the percentage closely (`8.4% lower`, `超支42.1%`, `2.9% 安い`).
            var start = max(sentence.lowerBound, percent.number.range.column - 1 - 6)
            // `毛利率约 36.4%，比二月多赚 1,683 元`: a word after the clause's end compares something else.
            let clause = Self.clause(around: percent, within: sentence, in: chars)
            // `an overrun of 13.4%`, `un dépassement de 15 %`: the comparison named as a noun before it.
            let nounStart = max(clause.lowerBound, percent.number.range.column - 1 - 16)
            if nounStart < start,
                Self.ofWords.contains(where: {
                    String(chars[nounStart..<(percent.number.range.column - 1)]).lowercased().hasSuffix($0)
                })
            {
                start = nounStart
            }
            let end = min(clause.upperBound, percent.number.range.column - 1 + percent.number.range.length + 14)
            let around = String(chars[start..<end]).lowercased()
            let isDecrease = Self.comparisonDecrease.contains(where: { around.containsLiteral($0) })
            let isIncrease = Self.comparisonIncrease.contains(where: { around.containsLiteral($0) })
            // `6,480.00 € sur 18,262.00 €, soit 35.5 %`: a part out of a whole. (`19 of 48 needed welding,
            // which alone accounts for 21.5% of the final spend`: a percentage of money is no share of a count.)
            if !isDecrease, !isIncrease, isOutOf, amounts[1].number.value != 0,
                amounts[0].number.unit != nil || !Self.namesSpendAfter(percent, within: clause, in: chars)
            {
                // `8,118 ユーロのうち 4,472 ユーロ`: some languages name the whole first; a share is of the larger.
                let (part, whole) =
                    amounts[0].number.value <= amounts[1].number.value
                    ? (amounts[0], amounts[1]) : (amounts[1], amounts[0])
                let share = part.number.value / whole.number.value * 100
                report.compare(
                    percent, computed: Quantity(share, percent.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation: "\(part.number.text) out of \(whole.number.text)", what: "share")
                continue
            }
            // `87.9 % cheaper than Q, but failed 9 of 40 programs`: bare counts compare no prices.
            guard isDecrease != isIncrease, amounts[0].number.unit != nil || !isOutOf else { continue }
            // `24,300 円から 6,120 円増え`: the second amount is the change, which the from–to reading checks.
            guard !Self.isFollowedByChangeWord(amounts[1], in: chars) else { continue }
            // `14.696,00 € (19,1 %) günstiger als A und 21.705,60 €`: the percentage in brackets right
            // after an amount makes that amount the difference, from something the sentence leaves out.
            // (`41 200 € (38,8 % moins chère que A, 57 171 €)` keeps the comparison inside the brackets.)
            let closing = chars[min(chars.count, percent.number.range.column - 1 + percent.number.range.length)...]
                .first { $0 != " " }
            if closing == ")" || closing == "）",
                amounts.contains(where: { amount in
                    Self.text(between: amount, and: percent, in: chars).map {
                        ["(", "（"].contains($0.trimmingCharacters(in: .whitespaces))
                    } == true
                })
            {
                continue
            }
            let a = amounts[0].number.value, b = amounts[1].number.value
            // `月成本约 1.38 万元，比 A 便宜 81.0%，每个 DAU 每月约 0.58 元`: amounts a hundredfold apart are
            // a whole and a share of it, not two things compared.
            guard max(a, b) <= 100 * min(a, b) else { continue }
            let base = isDecrease ? max(a, b) : min(a, b)
            let change = (a - b).magnitude / base * 100
            // `4,650 元少了 450 元，下降 9.7%`: one amount is the difference itself, a share of the other.
            // `$8,460 a season, $1,960 less than in-house (18.8% cheaper)`: the difference on the
            // amount it is less than, which the sentence leaves to be added up.
            // `£2,150, £410 more than last year (23.6 % more)`: the difference on the amount less it.
            func agrees(_ share: Decimal) -> Bool {
                Agreement.compare(stated: percent.number, computed: share * 100).isAgreement
            }
            // `甲約 23.6 萬元，乙約 22.7 萬元，乙較甲低 4.1%`: amounts rounded to their last digit leave the
            // change anywhere their unrounded values put it.
            if Self.changeWithinRounding(percent, amounts[0], amounts[1], onLarger: isDecrease) {
                report.relationsChecked += 1; continue
            }
            if agrees(min(a, b) / max(a, b))
                || isDecrease && agrees(min(a, b) / (a + b))
                || !isDecrease && max(a, b) > 2 * min(a, b) && agrees(min(a, b) / (max(a, b) - min(a, b)))
            {
                report.relationsChecked += 1; continue
            }
            // `預算為 HK$420 萬，現超支約 24.8 萬，即超出預算 5.6%`: an overrun taken on the budget and
            // the overrun together is on the wrong base; "more than" is on the amount it is more than.
            if !isDecrease, max(a, b) > 2 * min(a, b), agrees(min(a, b) / (a + b)) {
                let whole = amounts.first { $0.number.value == max(a, b) }!
                let part = amounts.first { $0.number.value == min(a, b) }!
                report.compare(
                    percent, computed: Quantity(min(a, b) / max(a, b) * 100, percent.number.unit), rule: Self.id,
                    file: file, locale: page.locale,
                    explanation: "\(part.number.text) on \(whole.number.text), the amount it is more than",
                    what: "percentage comparison", knownSlip: true)
                continue
            }
            // `€18,600 over 5 years, 28.4% less than B and a saving of €6,150`: the smaller amount is the
            // difference from B, so B is their sum (their difference, for `more than`).
            if let difference = amounts.first(where: { RestatedDifferenceRule.saysDifference(before: $0, in: chars) }),
                difference.number.value == min(a, b), max(a, b) > min(a, b),
                Self.text(between: percent, and: difference, in: chars) != nil
            {
                let amount = amounts.first { $0.number.value == max(a, b) }!
                let compared = isDecrease ? max(a, b) + min(a, b) : max(a, b) - min(a, b)
                let share = min(a, b) / compared * 100
                if (share.asDouble - percent.number.value.asDouble).magnitude / share.asDouble < Self.slipDistance {
                    report.compare(
                        percent, computed: Quantity(share, percent.number.unit), rule: Self.id, file: file,
                        locale: page.locale,
                        explanation:
                            "\(difference.number.text) on \(amount.number.text) \(isDecrease ? "+" : "−") \(difference.number.text), what it is compared with",
                        what: "percentage comparison")
                }
                continue
            }
            // `£128,815, … £6,070 below Ridgeway and 1.2 % cheaper than Northgate`: one amount is a
            // difference from a third, the percentage another comparison.
            // (`较预算18,000元超支42.1%` says the percentage of that difference right after it.)
            if amounts.contains(where: { amount in
                RestatedDifferenceRule.saysDifference(after: amount, in: chars)
                    && (Self.text(between: amount, and: percent, in: chars)?.count ?? 0) > 8
            }) {
                continue
            }
            if Self.restatesOnOtherTaxBasis(amounts[0], amounts[1], in: chars) { continue }
            report.compare(
                percent, computed: Quantity(change, percent.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation:
                    "\(amounts[0].number.text) against \(amounts[1].number.text), on the \(isDecrease ? "larger" : "smaller")",
                what: "percentage comparison")
        }
    }

    /// Whether some values the two amounts may stand for, each within half its last digit, give a
    /// change that rounds to the stated percentage; only amounts said to be approximate and
    /// written to three significant digits or fewer are that coarse.
    static func changeWithinRounding(
        _ percent: LocatedFigure, _ first: LocatedFigure, _ second: LocatedFigure, onLarger: Bool
    ) -> Bool {
        guard first.number.isApproximate || second.number.isApproximate,
            first.significantDigits <= 3 || second.significantDigits <= 3
        else { return false }
        let (x, y) = (first.number, second.number)
        let (large, small) = x.value > y.value ? (x, y) : (y, x)
        func change(_ l: Decimal, _ s: Decimal) -> Decimal? {
            guard s > 0, l > s else { return nil }
            return (l - s) / (onLarger ? l : s) * 100
        }
        let bounds = [
            change(large.value + large.halfQuantum, small.value - small.halfQuantum),
            change(large.value - large.halfQuantum, small.value + small.halfQuantum),
        ].compactMap { $0 }
        guard let high = bounds.max(), let low = bounds.min() else { return false }
        let half = percent.number.halfQuantum
        return percent.number.value >= low - half && percent.number.value <= high + half
    }

    /// `over 5 years`: a span of time, which dates amounts rather than being one.
    private static func isSpan(_ number: ScannedNumber) -> Bool {
        guard case .count(let thing)? = number.unit?.measure, number.unit?.per == nil else { return false }
        return thing.isPeriod
    }

    private static let outOfWords = Set(LanguageProfile.all.flatMap(\.outOfWords))
    private static let spendWords = LanguageProfile.all.flatMap(\.spendWords).map { $0.lowercased() }

    /// Whether the words after a percentage, in its clause, name money as its whole (`of the final spend`).
    private static func namesSpendAfter(_ percent: LocatedFigure, within clause: Range<Int>, in chars: [Character])
        -> Bool
    {
        let start = min(clause.upperBound, percent.number.range.column - 1 + percent.number.range.length)
        let after = String(chars[start..<min(clause.upperBound, start + 24)]).lowercased()
        return spendWords.contains(where: after.containsLiteral)
    }
    static let comparisonDecrease = LanguageProfile.all.flatMap(\.lessThanWords)
    static let comparisonIncrease = LanguageProfile.all.flatMap(\.moreThanWords)
    /// What joins a comparison's noun to its percentage (`overrun of`, `dépassement de`): the
    /// Latin link words of a change, each a word of its own.
    private static let ofWords = LanguageProfile.all.flatMap(\.changeLinkWords).filter { $0.first?.isASCII == true }
        .map { " \($0.lowercased()) " }

    /// The Characters of the sentence around a figure: between the sentence ends (`。`, `. `, `;`) before and after it.
    static func sentence(around figure: LocatedFigure, in chars: [Character]) -> Range<Int> {
        SentenceBounds.range(around: figure, in: chars)
    }

    static func sameMeasure(_ a: ScannedNumber, _ b: ScannedNumber) -> Bool {
        a.unit?.measure != .percent && b.unit?.measure != .percent && a.unit?.measure == b.unit?.measure
            && a.unit?.per == b.unit?.per
    }

    private static let againstWords = LanguageProfile.all.flatMap(\.againstWords).map { $0.lowercased() }

    /// Whether the text between two amounts ends with a word that compares the first with the
    /// second (`contre`, `versus`, `up from`), a few words after the first.
    /// Each against-word with its spaced form and whether an ideograph opens it, made once: every
    /// pair of neighbouring figures is asked.
    private static let againstWordForms = againstWords.map { word in
        (word: word, spaced: " " + word, opensWithIdeograph: word.first?.isUnifiedIdeograph == true)
    }
    private static let spaceAndPunctuation = CharacterSet.whitespaces.union(.punctuationCharacters)

    /// `，比 2025 年的 `: the year right before the base dates it, and is taken out of the words
    /// between with its `年`; `较 2025 年增加 160.4 万元` names a change, not a base.
    private static func withoutYears(_ gap: String) -> String {
        let chars = Array(gap)
        guard chars.count >= 4, let year = YearMentions.years(in: chars, within: 0..<chars.count).last,
            let start = (0...(chars.count - 4)).last(where: { String(chars[$0..<($0 + 4)]) == String(year) })
        else { return gap }
        var end = start + 4
        while end < chars.count, chars[end] == " " { end += 1 }
        if end < chars.count, chars[end] == "年" { end += 1 }
        guard chars[end...].allSatisfy({ $0 == " " || $0 == "的" || $0 == "の" || $0.isPunctuation }) else { return gap }
        return String(chars[..<start]) + String(chars[end...])
    }

    static func isAgainst(_ a: LocatedFigure, _ b: LocatedFigure, _ chars: [Character]) -> Bool {
        guard let gap = text(between: a, and: b, in: chars), gap.count <= maximumGap else { return false }
        let words = withoutYears(gap).lowercased().trimmingCharacters(in: spaceAndPunctuation)
        // `17,430 元，较上季度（15,800 元）`: an ideographic word opens the gap, the period it names follows.
        return againstWordForms.contains { word, spaced, opensWithIdeograph in
            words == word || words.hasSuffix(spaced) || Self.namesAfter(spaced, in: words)
                || opensWithIdeograph
                    && (words.hasPrefix(word) || words.hasSuffix(word))
                    && words.count <= word.count + 4 && !words.contains(where: \.isNumber)
        }
    }

    /// `£3,650 a year against A's £4,950`, `contre l'option B à 4 950 £`: a Latin "against" word
    /// followed by a short name of what the second amount is (two words, no figure).
    private static func namesAfter(_ spaced: String, in words: String) -> Bool {
        guard spaced.dropFirst().first?.isASCII == true, words.containsLiteral(spaced),
            let range = words.range(of: spaced, options: .backwards)
        else { return false }
        let name = words[range.upperBound...]
        return name.count <= 14 && name.split(separator: " ").count <= 2 && !name.contains(where: \.isNumber)
            && name.first == " "
    }

    /// `1,52 à 1,41`, `$1,200 to $1,380`, `800 元降至 680 元`, `1,200円から1,000円に`: a short joining word and nothing else.
    static func joinedByWord(_ a: LocatedFigure, _ b: LocatedFigure, _ chars: [Character]) -> Bool {
        guard var gap = text(between: a, and: b, in: chars) else { return false }
        // `from $34.90 an hour in 2024 to $38.40`: what the amount is per may follow it.
        let loweredGap = gap.lowercased()
        if let period = perPeriodWords.first(where: { loweredGap.hasPrefix(" " + $0) }) {
            gap = String(gap.dropFirst(period.count + 1))
        }
        // `from $38,900 in 2025 to $46,082 in 2026`: a year may qualify the first amount.
        for marker in [" in ", " en ", " im "] where gap.hasPrefix(marker) {
            let rest = gap.dropFirst(marker.count)
            let year = rest.prefix { $0.isNumber }
            if year.count == 4 { gap = String(rest.dropFirst(4)) }
        }
        // `40区画から46区画へ`: the counter both amounts share, which the scanner left as a word.
        var after = b.number.range.column - 1 + b.number.range.length
        while after < chars.count, chars[after] == " " { after += 1 }
        let trimmedGap = gap.trimmingCharacters(in: .whitespaces)
        let shared = zip(trimmedGap, chars[after..<min(chars.count, after + 4)]).prefix {
            $0 == $1 && $0.isLetter && !$0.isASCII
        }.count
        if shared > 0, trimmedGap.count > shared { gap = String(trimmedGap.dropFirst(shared)) }
        let words = gap.lowercased().filter { !$0.isWhitespace && !$0.isPunctuation }
        // `260 元調到 300 元`, `28 元漲到 33 元`: a verb of two ideographs at most, then 到 or 至.
        if let last = words.last, last == "到" || last == "至", words.count <= 3,
            words.allSatisfy(\.isUnifiedIdeograph)
        {
            return true
        }
        // `予算 3,120 人 → 実績 2,964 人`, `→ actual 2,964`: an arrow, then what the second amount is.
        let arrowed = gap.trimmingCharacters(in: .whitespaces)
        if arrowed.hasPrefix("→") || arrowed.hasPrefix("->") {
            let label = arrowed.drop { $0 == "→" || $0 == "-" || $0 == ">" || $0 == " " }
            if label.count <= 8, !label.contains(where: \.isNumber), !label.contains(where: { ",，、;；。".contains($0) }) {
                return true
            }
        }
        return [
            "à", "to", "auf", "到", "至", "降至", "增至", "升至", "降到", "提高到", "增加到", "减少到", "下降到", "上升到",
            "から", "→", "->",
        ].contains(words) || gap.trimmingCharacters(in: .whitespaces) == "→"
    }

    private static let currentWords = LanguageProfile.all.flatMap(\.currentPeriodWords).map { $0.lowercased() }

    /// `上季饲料 96.0 万元，本季 107.4 万元`, `Last season RMB 960,000; this season RMB 1,074,000`: an
    /// earlier period's amount, then the current period's, each named by its word.
    private static func namesEarlierThenNow(_ a: LocatedFigure, _ b: LocatedFigure, _ chars: [Character]) -> Bool {
        guard let gap = text(between: a, and: b, in: chars), gap.count <= 24,
            currentWords.contains(where: gap.lowercased().containsLiteral)
        else { return false }
        let start = a.number.range.column - 1
        let leadStart = max(SentenceBounds.range(around: a, in: chars).lowerBound, start - 30)
        guard leadStart <= start else { return false }
        let lead = String(chars[leadStart..<start]).lowercased()
        return earlierPeriodWords.contains(where: { lead.containsLiteral($0) })
    }

    private static let perPeriodWords = LanguageProfile.all.flatMap(\.perPeriodWords).map { $0.lowercased() }

    /// `693,20 € HT (831,84 € TTC), environ 11 % de moins que l'offre A`, `税抜693.20 ユーロ（税込831.84
    /// ユーロ）`: the amount right after another, a tax basis word between, is the same amount on
    /// another basis, not a second one compared.
    static func restatesOnOtherTaxBasis(_ a: LocatedFigure, _ b: LocatedFigure, in chars: [Character]) -> Bool {
        guard let gap = text(between: a, and: b, in: chars)?.lowercased(), gap.count <= 14 else { return false }
        return taxBasisWords.contains { gap.containsWord($0) }
    }

    private static let taxBasisWords = LanguageProfile.all.flatMap(\.taxBasisWords)
    private static let levelLeadWords = LanguageProfile.all.flatMap(\.levelLeadWords)

    static func text(between a: LocatedFigure, and b: LocatedFigure, in chars: [Character]) -> String? {
        a.gap(to: b, in: chars).map { String($0) }
    }
}
