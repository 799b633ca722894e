import Foundation
import Numbers

/// A summary's total that the body no longer adds up to: `一期材料费约 3,600 元` above items that
/// sum to 3,836 元, `月のガス代は約 98.6万円` over a total row of 1,041,000 円: a figure left from
/// an earlier draft, near the body's total but not it.
///
/// Only a figure the summary marks as a total or as rounded (`共`, `合計`, `約`, `about`) counts,
/// when it agrees with nothing on the page and exactly one total the body adds up (a column's
/// rows above its total row, a list's items, a written sum) lies within a quarter of it: a
/// summary is free to state a budget, a target or a new quote, and those rarely sit so near.
struct StaleTotalRule: PageRule {
    static let id = "stale-total"
    static let guessesRelation = true

    /// How far from the body's total a stale figure may lie: further, it is another amount.
    static let reach = Decimal(string: "0.25")!

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // The page's closing paragraph sums up as a summary section does (`Absolutely. Total: about $2.4k`).
        let summaryLines = page.summaryLines + Self.closingParagraph(of: page)
        let candidateRuns = page.runs.filter { run in
            !run.isProgramOutput && !run.figures.isEmpty && summaryLines.contains { $0.contains(run.line) }
        }
        guard !candidateRuns.isEmpty, let body = page.summaryBody else { return }
        let totals = Self.totals(of: page, body: body)
        guard !totals.isEmpty else { return }
        // The lines of what the body adds up, above the line each sum closes on.
        let addends = Set(
            totals.filter { !$0.isWritten }.flatMap { total in total.sum.source.filter { $0 != total.sum.line } })
        for run in candidateRuns {
            let chars = run.characters
            for figure in run.figures where Self.mayRestateTotal(figure, in: run, chars: chars, body: body) {
                guard !Self.agreesWithPage(figure, in: run, body: body, addends: addends) else { continue }
                // `Total: £3,112.60.` right under the list it closes is that list's total line, no summary.
                if figure.line == run.line, run.figures.first?.column == figure.column,
                    TotalWords.kind(of: ListTotalRule.label(of: String(run.text))) != nil,
                    totals.contains(where: {
                        figure.line > $0.sum.source.upperBound && figure.line - $0.sum.source.upperBound <= 2
                    })
                {
                    continue
                }
                let reachable = totals.filter { total in
                    !total.sum.source.contains(figure.line) && total.sum.unit?.measure == figure.number.unit?.measure
                        && total.sum.unit?.per == figure.number.unit?.per
                        && Self.isNear(figure.number.value, total.sum.value)
                }
                // `这次总花费约 24.5 万元` over a budget column and an actual one: a figure whose clause names no
                // plan restates what was spent, not the budget's total.
                let unplanned = reachable.filter { !$0.isPlanned }
                let near = unplanned.isEmpty ? reachable : unplanned
                // `経費は約120万円から約131万円に増える`: an amount right after the total in its sentence is
                // what the total becomes or is set against.
                let sentence = SentenceBounds.range(around: figure, in: chars)
                let totalSaidBefore =
                    run.figures.last(where: { $0.number.range.column < figure.number.range.column }).map { other in
                        sentence.contains(other.number.range.column - 1)
                            && other.number.unit?.measure == figure.number.unit?.measure
                            && reachable.contains {
                                Agreement.compare(stated: other.number, computed: $0.sum.value).isAgreement
                            }
                    } ?? false
                guard
                    !totalSaidBefore,
                    !reachable.contains(where: {
                        Agreement.compare(stated: figure.number, computed: $0.sum.value).isAgreement
                    }),
                    let total = Self.onlyTotal(near, at: figure.number.quantumExponent)
                else { continue }
                report.compare(
                    figure, computed: Quantity(total.value, figure.number.unit), rule: Self.id, file: file,
                    locale: page.locale, explanation: "the body's total at line \(total.line)", what: "summary total")
            }
        }
    }

    /// A total the body adds up, and whether the page writes it (a total row's cell) or only implies it.
    struct Total {
        var sum: SummaryFigureRule.ComputedSum
        var isWritten: Bool
        /// Whether its column is headed as a plan (`预算（万元）`, `Budget`).
        var isPlanned = false
    }

    /// The one total a figure can be said to restate: the written ones first (a total row, not the
    /// rows above it, when they disagree), and only when they round to one value at its precision.
    /// Two totals within reach (a budget column beside an actual one): which is meant is unsaid.
    private static func onlyTotal(_ near: [Total], at exponent: Int) -> SummaryFigureRule.ComputedSum? {
        let written = near.filter(\.isWritten)
        let candidates = (written.isEmpty ? near : written).map(\.sum)
        let values = Set(candidates.map { RoundingRule.halfUp.round($0.value, toPowerOfTen: exponent) ?? $0.value })
        return values.count == 1 ? candidates.first : nil
    }

    private static func closingParagraph(of page: PageFigures) -> [ClosedRange<Int>] {
        guard let last = page.page.document.children.last(where: { $0.span.start.line > 0 }),
            last.kind == .paragraph
        else { return [] }
        return [last.span.start.line...max(last.span.start.line, last.span.end.line)]
    }

    /// An amount the summary marks as a total or a rounded figure, outside any written calculation.
    private static func mayRestateTotal(
        _ figure: LocatedFigure, in run: TextRun, chars: [Character], body: SummaryFigureRule.Body
    ) -> Bool {
        guard figure.number.rangePart == .none, figure.number.unit?.measure != nil,
            figure.number.unit?.measure != .percent, figure.number.value > 0,
            !body.chained.contains(SummaryFigureRule.Place(figure))
        else { return false }
        // `总预算约 8 万元`, `2024年1月の合計は 91,300円`, `last year's total of about $9,000`: a planned
        // amount or an earlier period's restates no total of what this body adds up.
        let clause = leadIn(to: figure, in: run, chars: chars, reach: 30)
        guard !namesOtherAmount(clause), !run.figures.contains(where: { $0.isBareYear && $0.column < figure.column })
        else { return false }
        // `比正常情况多花约 2,038 美元`: a difference near the total is no restatement of it.
        guard !RestatedDifferenceRule.saysDifference(before: figure, in: chars) else { return false }
        let lead = leadIn(to: figure, in: run, chars: chars, reach: 12)
        let trimmed = lead.trimmingCharacters(in: .whitespaces)
        // `the festival costs $41,300 all in`: the words may follow the figure too.
        let end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        let after = String(chars[end..<min(chars.count, end + 12)]).lowercased().trimmingCharacters(in: .whitespaces)
        return figure.number.isApproximate || TotalWords.appears(in: lead)
            || leadWords.contains { trimmed.hasSuffix($0) || after.hasPrefix($0) }
    }

    /// Whether a lowercased clause names a plan, an earlier period, a year or a change: another
    /// amount than the one the body adds up now.
    /// A share or change (`较空运节省约 57%`) is named by its change word: `countsChange` false.
    static func namesOtherAmount(_ clause: String, countsChange: Bool = true, countsYears: Bool = true) -> Bool {
        // `the annual electricity bill drops from about CNY 415k`: a change names another quantity.
        let clauseWords = Set(clause.split { !$0.isLetter }.map(String.init))
        return otherAmountWords.contains(where: { clause.containsLiteral($0) })
            || countsChange
                && changeWords.contains(where: { word in
                    word.first?.isASCII == true
                        ? clauseWords.contains(word) || clauseWords.contains(word + "s") : clause.containsLiteral(word)
                })
            || countsYears && !YearMentions.years(in: Array(clause), within: 0..<clause.count).isEmpty
    }

    private static let leadWords = LanguageProfile.all.flatMap(\.totalLeadWords).map { $0.lowercased() }
    private static let planWords = LanguageProfile.all.flatMap(\.planWords).map { $0.lowercased() }
    private static let changeWords = LanguageProfile.all.flatMap(\.changeWords).map { $0.lowercased() }

    private static let otherAmountWords = LanguageProfile.all.flatMap { $0.planWords + $0.earlierPeriodWords }
        .map { $0.lowercased() }

    /// The words right before a figure, back to the figure or clause break before it: `合計 約48万円`.
    static func leadIn(to figure: LocatedFigure, in run: TextRun, chars: [Character], reach: Int) -> String {
        let end = min(chars.count, max(0, figure.number.range.column - 1))
        var start = end
        let previousEnd =
            run.figures.last { $0.number.range.column < figure.number.range.column }
            .map { $0.number.range.column - 1 + $0.number.range.length } ?? 0
        while start > previousEnd, end - start < reach {
            let character = chars[start - 1]
            if "，,。.;；!！?？(（".contains(character) { break }
            start -= 1
        }
        return String(chars[start..<end]).lowercased()
    }

    /// Said the same elsewhere, or worked out in its own sentence: not a stale restatement.
    static func agreesWithPage(
        _ figure: LocatedFigure, in run: TextRun, body: SummaryFigureRule.Body, addends: Set<Int> = []
    ) -> Bool {
        // A calculation's bare operand is the amount itself: `１６，５００ × ８` below `1 名 16,500 円`, or
        // in its own line (`由每公斤 HK$72 加到 HK$86，即係加咗 (86 − 72) ÷ 72`) however short.
        let saidElsewhere = body.allFigures.contains { other in
            (other.line != figure.line || other.column != figure.column)
                && (SummaryFigureRule.sameMeasure(other.number, figure.number)
                    || other.number.unit == nil && (other.significantDigits >= 3 || other.line == figure.line)
                        && body.chained.contains(SummaryFigureRule.Place(other))
                    // `うち81,800円が転送費` over a difference column of bare cells holding `+81,800`.
                    || other.number.unit == nil && other.significantDigits >= 3
                        && body.tables.contains {
                            $0.table.span.start.line <= other.line && other.line <= $0.table.span.end.line
                        })
                && Agreement.compare(stated: figure.number, computed: other.number.value).isAgreement
        }
        return saidElsewhere || SummaryFigureRule.multipliesRate(figure, in: run)
            || SummaryFigureRule.addsLinesAbove(figure, runsByLine: body.runsByLine)
            || addsTwoFigures(figure, body: body, addends: addends) || addsTableRows(figure, tables: body.tables)
            || addsAmountsBefore(figure, in: run)
    }

    /// `… 214 × 2 = 428 €. La buvette a rapporté 316,50 € et la mairie … 150 €. Total : 894,50 €`: the
    /// total of the amounts said just before it in its paragraph, results of their calculations
    /// included.
    static func addsAmountsBefore(_ figure: LocatedFigure, in run: TextRun) -> Bool {
        let before = run.figures.filter {
            ($0.line, $0.column) < (figure.line, figure.column) && $0.number.rangePart == .none
                && SummaryFigureRule.sameMeasure($0.number, figure.number)
        }
        var sum = Decimal(0)
        for (count, amount) in before.reversed().enumerated() {
            sum += amount.number.value
            if count >= 1, Agreement.compare(stated: figure.number, computed: sum).isAgreement { return true }
        }
        return false
    }

    /// `Labour is 6 + 9 + 14 + 5 = 34 hours, £1,425.00 in all` over four rows of a quote that add up
    /// to it: the figure totals some rows next to one another in a column, not the table.
    private static func addsTableRows(_ figure: LocatedFigure, tables: [CheckedTable]) -> Bool {
        let target = figure.number.value
        for table in tables {
            for column in 1..<max(1, table.columnCount) {
                let values = table.cells.indices.map { row in
                    table.isTotalRow(row) ? nil : (table.cells[row][safe: column] ?? nil)?.number.value
                }
                for start in values.indices {
                    var sum = Decimal(0)
                    for row in start..<values.count {
                        guard let value = values[row] else { break }
                        sum += value
                        if row > start, sum == target { return true }
                        if sum > target { break }
                    }
                }
            }
        }
        return false
    }

    /// `Gesamt Q1: 15.726,60 €` for a total row's 15.459,60 € and a fee of 267,00 €; `now ~$8,900`
    /// for a balance of $5,200 and a surplus of $3,717.75: a total with one more amount added.
    /// An item of a list or column the body adds up is part of its total: `$41,300` is no beach permit
    /// of $6,500 plus ticket revenue of $34,800 beside a list that sums to $43,800.
    private static func addsTwoFigures(_ figure: LocatedFigure, body: SummaryFigureRule.Body, addends: Set<Int>) -> Bool
    {
        let amounts = body.allFigures.filter {
            ($0.line != figure.line || $0.column != figure.column) && $0.number.value > 0 && !addends.contains($0.line)
                && SummaryFigureRule.sameMeasure($0.number, figure.number)
        }
        let lastDigit = Agreement.roundedTo(figure.number)
        let target = figure.number.value.asDouble
        let slack = max(abs(target) * 0.02, 1)
        let values = amounts.map { $0.number.value.asDouble }
        for (i, a) in values.enumerated() where a < target {
            for (j, b) in values.enumerated() where j > i && abs(a + b - target) <= slack {
                let sum = amounts[i].number.value + amounts[j].number.value
                // Rounded to the figure's last digit, not within a share of it: `约 1,290万元` is no sum
                // of 1,228 and 69.6, `about €35,800` is one of 34,056 and 1,751.80.
                if RoundingRule.halfUp.round(sum, toPowerOfTen: lastDigit) == figure.number.value { return true }
            }
        }
        return false
    }

    static func isNear(_ value: Decimal, _ total: Decimal) -> Bool {
        guard total > 0 else { return false }
        let gap = value > total ? value - total : total - value
        return gap <= total * reach
    }

    /// What the body adds up: each column's total row (and its rows' sum), each list's items, and
    /// each written sum's result.
    private static func totals(of page: PageFigures, body: SummaryFigureRule.Body) -> [Total] {
        // A column's rows add up to a total only where the total row writes one (`Unit price` does
        // not): tables count by their total rows' cells, lists by their items.
        var totals = SummaryFigureRule.listSums(of: page).filter { !$0.leavesOutLastItem }.map {
            Total(sum: $0, isWritten: false)
        }
        for table in page.tables {
            var start = 0
            for row in table.cells.indices where table.isTotalRow(row) {
                let above = (start..<row).filter { !table.isTotalRow($0) && !table.isSpacer($0) }
                start = row + 1
                for (column, cell) in table.cells[row].enumerated() {
                    guard let cell, cell.number.unit != nil else { continue }
                    let header = (table.header[safe: column] ?? "").lowercased()
                    let isPlanned = planWords.contains { header.containsLiteral($0) }
                    let lines = table.table.span.start.line...max(table.table.span.start.line, cell.line)
                    let written = SummaryFigureRule.ComputedSum(
                        value: cell.number.value, unit: cell.number.unit, line: cell.line, source: lines)
                    totals.append(Total(sum: written, isWritten: true, isPlanned: isPlanned))
                    // What the rows add up to, where it differs from the written total.
                    let cells = above.compactMap { table.cells[$0][safe: column] ?? nil }
                    guard cells.count >= 2 else { continue }
                    var added = written
                    added.value = cells.reduce(Decimal(0)) { $0 + $1.number.value }
                    totals.append(Total(sum: added, isWritten: false, isPlanned: isPlanned))
                }
            }
        }
        for run in page.runs {
            for chain in CalculationChain.chains(in: run) {
                guard let (part, computed, _) = chain.computation, part.operators.allSatisfy({ $0 == "+" }),
                    part.figures.count >= 2
                else { continue }
                let sum = SummaryFigureRule.ComputedSum(
                    value: computed.value, unit: computed.unit, line: run.line, source: run.line...run.line)
                totals.append(Total(sum: sum, isWritten: false))
            }
        }
        return totals
    }
}
