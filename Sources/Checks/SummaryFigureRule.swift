import Foundation
import GFM
import Numbers
import TextKit

/// A figure in a summary, or printed by a program, that restates a table cell or a calculated
/// result with two neighbouring digits swapped (`saves $1,876.00` where the body computes
/// `$1,867.00`, `472 k€` for a table's `427`), or a total or result with one digit changed
/// (`共计 379 个席位` against a total row's `359`): the slips every summary is prone to.
///
/// Only a figure that agrees with no figure of the body counts, and only when exactly one body
/// figure of the same measure, rounded to the figure's own precision, reads as it with two
/// adjacent digits swapped; figures with fewer than three significant digits count only in a summary
/// that rounds a result or a total (`environ 8,6 k€` where the accounts work out `6 820 €`).
struct SummaryFigureRule: PageRule {
    static let id = "summary-figure"
    static let guessesRelation = true

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // Most pages restate nothing: find the candidates before gathering what they could restate.
        let candidateRuns = page.runs.filter { !$0.figures.isEmpty }
        guard !candidateRuns.isEmpty, let body = page.summaryBody else { return }
        guard !body.authorities.isEmpty || !body.computedTotals.isEmpty else { return }
        let summaryLines = page.summaryLines
        for run in candidateRuns {
            // Outside the summaries, only a swap of a calculated result's digits counts, at five
            // significant digits or more (`un excédent de 3.153,50 €` in a foreword, where the accounts
            // compute `3.513,50`): quotes of `$6,240` and `$6,420` are two amounts.
            let inSummary = run.isProgramOutput || summaryLines.contains { $0.contains(run.line) }
            for figure in run.figures where !body.chained.contains(Place(figure)) {
                guard let candidate = Candidate(figure, in: run, inSummary: inSummary, page: page),
                    !candidate.isWorkedOut(in: run, body: body, page: page)
                else { continue }
                let sources = Sources(of: candidate, body: body, tables: page.tables)
                guard !sources.agrees else { continue }
                Self.report(candidate, sources, body: body, page: page, file: file, into: &report)
            }
        }
    }

    /// What the body states as a computed or tabulated amount, gathered once a page.
    struct Body {
        /// Every figure that is part of a written calculation.
        var chained: Set<Place>
        /// Table cells and calculations' results a summary may restate.
        var authorities: [LocatedFigure]
        var resultPlaces: Set<Place>
        var totalPlaces: Set<Place>
        /// The cells of columns a total word heads (`16 条合计`), whole amounts a summary restates with a scale word.
        var totalColumnPlaces: Set<Place>
        /// Amounts of five significant digits or more the body's prose states outside any written
        /// calculation (`soit une économie de 197,14 €` after the percentage it comes from).
        var preciseProse: [LocatedFigure]
        /// What each total row's rows add up to.
        var computedTotals: [ComputedSum]
        var allFigures: [LocatedFigure]
        /// The runs by their line, for the lines above a figure.
        var runsByLine: [Int: TextRun]
        /// The page's tables, for a figure that adds some of a column's rows.
        var tables: [CheckedTable]

        /// Whether a calculation of the body works the figure out as a difference (`18,124 − 6,107 = 12,017`).
        func isDifference(_ figure: LocatedFigure) -> Bool {
            // (A wrapped sentence's run is filed under the line it starts on.)
            let holds = { (run: TextRun) in
                run.figures.contains { $0.line == figure.line && $0.column == figure.column }
            }
            guard
                let run = runsByLine[figure.line].flatMap({ holds($0) ? $0 : nil })
                    ?? runsByLine.values.first(where: holds)
            else { return false }
            return CalculationChain.chains(in: run).contains { chain in
                guard case let (part, _, stated?)? = chain.computation else { return false }
                return part.operators.contains("−") && stated.line == figure.line && stated.column == figure.column
            }
        }

        init(_ page: PageFigures) {
            let chains = page.runs.map { CalculationChain.chains(in: $0) }
            chained = Set(chains.flatMap { $0.flatMap { $0.parts.flatMap(\.figures) } }.map(Place.init))
            let totalCells = page.tables.flatMap { table in
                table.rowLabels.indices.filter { table.isTotalRow($0) }.flatMap { table.cells[$0].compactMap { $0 } }
            }
            // A stated result that slips from its own calculation is no authority: the summary may hold the right value.
            let wrongResults = Set(
                chains.flatMap { runChains in
                    runChains.compactMap { chain -> Place? in
                        guard case let (_, value, stated?)? = chain.computation,
                            !Agreement.compare(stated: stated.number, computed: value.value).isAgreement,
                            DigitSlip.isSlip(stated.number, of: value.value)
                        else { return nil }
                        return Place(stated)
                    }
                })
            let chained = self.chained
            let results =
                page.runs.flatMap(\.figures).filter { chained.contains(Place($0)) && !wrongResults.contains(Place($0)) }
                + totalCells
            authorities = page.tables.flatMap { $0.cells.flatMap { $0.compactMap { $0 } } } + results
            resultPlaces = Set(results.map(Place.init))
            totalPlaces = Set(totalCells.map(Place.init))
            totalColumnPlaces = Set(
                page.tables.flatMap { table in
                    table.header.indices.dropFirst().filter { TotalWords.isTotal(table.header[$0]) }.flatMap { column in
                        table.column(column).compactMap { $0 }
                    }
                }.map(Place.init))
            let summaryLines = page.summaryLines
            preciseProse = page.runs.filter { run in
                !run.isProgramOutput && !summaryLines.contains { $0.contains(run.line) }
            }
            .flatMap(\.figures).filter {
                !chained.contains(Place($0)) && $0.significantDigits >= 5 && $0.number.rangePart == .none
                    && SummaryFigureRule.isAmountOrPerPeriod($0.number.unit)
            }
            computedTotals = SummaryFigureRule.columnSums(of: page)
            allFigures = page.allFigures
            runsByLine = Dictionary(page.runs.map { ($0.line, $0) }, uniquingKeysWith: { first, _ in first })
            tables = page.tables
        }
    }

    /// A figure that may restate a body figure, with what its sentence says.
    struct Candidate {
        var figure: LocatedFigure
        /// Its digits at its own precision.
        var digits: String
        var inSummary: Bool
        /// Whether a program printed it.
        var isPrinted: Bool
        /// Whether it is a price per unit (`5,30 € le m³`): it restates only a calculation's result in that unit.
        var isRate: Bool
        /// Whether it is the only amount of its kind in its sentence (`从240元涨到260元` compares two).
        var aloneInSentence: Bool
        /// The sentence, lowercased; it may have begun on the lines above (a wrapped paragraph).
        var lowered: String
        /// Whether it is said as a gap between two options (`costs $46.20 more each month`,
        /// `46.20ドル高く`, `多花 46.20 美元`): digits swapped far apart are then another amount.
        var saysGap: Bool
        /// Whether only its written decimals give it three digits (`$3.10`): it then restates with
        /// a slip only a figure whose zero moved (`$3.01`); `$18.00` for `$12` is another amount.
        var countsWrittenZeros: Bool
        /// Whether it is a summary's amount rounded to two significant digits (`environ 8,6 k€`,
        /// `約23万円`): it restates, with two digits swapped, only a result or a total the body rounds to it.
        var isShortRounded: Bool
        /// The power of ten its digits are read at.
        var quantum: Int

        /// Whether `other`, a source's digits, is such a figure.
        func mayBeSlipOf(_ other: String) -> Bool {
            !countsWrittenZeros || DigitSlip.significantCount(other) != DigitSlip.significantCount(digits)
        }

        /// Prices per unit (`0.830元/kWh`) are quoted, not results restated; an amount per month is a
        /// result. Round amounts (`$180,000` against `$108,000`) swap a zero by chance: three
        /// significant digits at least.
        init?(_ figure: LocatedFigure, in run: TextRun, inSummary: Bool, page: PageFigures) {
            let isRate = !SummaryFigureRule.isAmountOrPerPeriod(figure.number.unit)
            let isShortRounded =
                inSummary && !isRate && !run.isProgramOutput && figure.significantDigits == 2
                && (figure.number.isApproximate || figure.number.scale != nil)
                // (`6.80万元` writes its zero: three digits.)
                && (figure.number.precision.fractionDigits == 0
                    || DigitSlip.trailingZeros(of: figure.number.value, at: figure.number.quantumExponent) == 0)
            // `roughly £760` is rounded to the tens: its zero is no digit to swap.
            let quantum =
                isShortRounded
                ? figure.number.quantumExponent
                    + DigitSlip.trailingZeros(of: figure.number.value, at: figure.number.quantumExponent)
                : figure.number.quantumExponent
            guard figure.number.rangePart == .none, !figure.isBareYear, !isRate || inSummary && !run.isProgramOutput,
                let digits = DigitSlip.digits(figure.number.value, at: quantum),
                // A price's cents count (`5,30 € le m³`, three digits), and so do a summary's
                // (`donors topped up $3.10`).
                isShortRounded
                    || (isRate || inSummary && figure.number.precision.fractionDigits > 0
                        ? digits.count : figure.significantDigits) >= (inSummary ? 3 : 5)
            else { return nil }
            saysGap = Self.saysGap(figure, in: run.characters)
            countsWrittenZeros = !isRate && figure.significantDigits < 3 && !isShortRounded
            self.isShortRounded = isShortRounded
            self.quantum = quantum
            self.figure = figure
            self.digits = digits
            self.inSummary = inSummary
            self.isRate = isRate
            isPrinted = run.isProgramOutput
            // (Bare counts are of one kind too: `共计 379 个席位` beside `月费 25,857 元` is alone.)
            aloneInSentence =
                run.figures.filter({
                    $0.number.unit?.measure == figure.number.unit?.measure
                        && $0.number.unit?.per == figure.number.unit?.per
                }).count == 1
            lowered = page.runs.filter { $0.line >= run.line - 2 && $0.line <= run.line }.map { String($0.text) }
                .joined(separator: " ").lowercased()
        }

        private static let gapWords = (PercentChangeRule.comparisonIncrease + PercentChangeRule.comparisonDecrease)
            .map { $0.lowercased() }

        private static func saysGap(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
            let start = figure.number.range.column - 1, end = start + figure.number.range.length
            guard start >= 0, end <= chars.count else { return false }
            let after = String(chars[end..<min(chars.count, end + 10)].drop { $0 == " " }).lowercased()
            let before = String(chars[max(0, start - 3)..<start])
            return gapWords.contains { word in
                after.hasPrefix(word)
                    && (word.last?.isASCII == false || after.dropFirst(word.count).first.map { !$0.isLetter } ?? true)
                    || word.first?.isASCII == false && before.contains(word)
            }
        }

        /// `**结余**：62,080 − 60,730 = 1,350 元` … `今年结余 1,530 元`: a result and the figure named by
        /// the same words in their clauses are said of one thing.
        func isNamedAlike(_ result: LocatedFigure, runsByLine: [Int: TextRun]) -> Bool {
            guard
                let own = runsByLine[figure.line]
                    ?? runsByLine.values.first(where: { $0.figures.contains { $0.line == figure.line } }),
                let other = runsByLine[result.line]
            else { return false }
            let terms = ClauseTerms(before: figure, in: own.characters, after: .whenNothingBefore)
            let resultTerms = ClauseTerms(before: result, in: other.characters, after: .whenNothingBefore)
            return terms.shared(with: resultTerms) >= 1
        }

        /// Digits can only be swapped or changed within one order of magnitude: a cheap test first.
        func mayMatch(_ other: LocatedFigure) -> Bool {
            let magnitude = figure.number.value.asDouble, value = other.number.value.asDouble
            return value > magnitude / 10 && value < magnitude * 10
        }

        func digits(of value: Decimal) -> String? { DigitSlip.digits(value, at: quantum) }

        /// Said the same anywhere else (a list's total line, a sentence), agreeing with what a total
        /// row should be, or worked out in its own sentence or from the lines above: no restatement.
        func isWorkedOut(in run: TextRun, body: Body, page: PageFigures) -> Bool {
            // A table without its currency in the header states bare amounts: `1,730,000` is `NT$1.73 million`.
            let agreesElsewhere = body.allFigures.contains { other in
                (other.line != figure.line || other.column != figure.column) && mayMatch(other)
                    && (SummaryFigureRule.sameMeasure(other.number, figure.number)
                        || other.number.unit == nil && other.significantDigits >= 3)
                    && digits(of: other.number.value) == digits
            }
            let agreesWithSum = body.computedTotals.contains { total in
                SummaryFigureRule.sameMeasure(total.unit, figure.number) && digits(of: total.value) == digits
            }
            return agreesElsewhere || agreesWithSum || SummaryFigureRule.multipliesRate(figure, in: run)
                || SummaryFigureRule.addsLinesAbove(figure, runsByLine: body.runsByLine)
                || addsTwoOfItsParagraph(run)
        }

        /// `（5,126.20 － 1,376.39）… 每月约 ¥1,800，计入后 B 为 ¥3,176.39/月`: the sum or difference of two
        /// amounts of its own paragraph, at its precision, is worked out there.
        private func addsTwoOfItsParagraph(_ run: TextRun) -> Bool {
            let others = run.figures.filter {
                ($0.line != figure.line || $0.column != figure.column) && $0.number.rangePart == .none
                    && $0.number.value > 0
                    && ($0.number.unit == nil || $0.number.unit?.measure == figure.number.unit?.measure)
            }.map(\.number.value)
            for (i, a) in others.enumerated() {
                for b in others[(i + 1)...]
                where [a + b, (a - b).magnitude].contains(where: { digits(of: $0) == digits }) {
                    return true
                }
            }
            return false
        }
    }

    /// The body figures a candidate agrees with, or reads as with two digits swapped or one changed.
    struct Sources {
        var agrees = false
        var transposed: [LocatedFigure] = []
        var misread: [LocatedFigure] = []

        init(of candidate: Candidate, body: Body, tables: [CheckedTable]) {
            let figure = candidate.figure
            for authority in body.authorities
            where authority.line != figure.line && candidate.mayMatch(authority)
                && (!candidate.isRate || body.resultPlaces.contains(Place(authority)))
                && (SummaryFigureRule.sameMeasure(authority.number, figure.number)
                    || SummaryFigureRule.sameBareCount(
                        figure.number, authority.number, isTotal: body.totalPlaces.contains(Place(authority)),
                        saysTotal: TotalWords.appears(in: candidate.lowered))
                    || SummaryFigureRule.sameBareRatio(figure.number, authority.number)
                    || SummaryFigureRule.isBareAmount(
                        authority.number, of: figure.number,
                        isTotal: body.totalPlaces.contains(Place(authority))
                            || body.totalColumnPlaces.contains(Place(authority))))
            {
                guard let other = candidate.digits(of: authority.number.value) else { continue }
                if other == candidate.digits { agrees = true; return }
                consider(authority, digits: other, candidate: candidate, body: body, tables: tables)
            }
            // A summary's amount that swaps two digits of one the body states in a sentence kept an
            // old draft's figure; five significant digits make the swap no coincidence.
            guard candidate.inSummary, !candidate.isRate, candidate.figure.significantDigits >= 5 else { return }
            for stated in body.preciseProse
            where stated.line != figure.line && candidate.mayMatch(stated)
                && SummaryFigureRule.sameMeasure(stated.number, figure.number)
            {
                guard let other = candidate.digits(of: stated.number.value),
                    DigitSlip.isAdjacentTransposition(other, candidate.digits),
                    !transposed.contains(where: { candidate.digits(of: $0.number.value) == other })
                else { continue }
                transposed.append(stated)
            }
        }

        private mutating func consider(
            _ authority: LocatedFigure, digits other: String, candidate: Candidate, body: Body, tables: [CheckedTable]
        ) {
            let figure = candidate.figure
            // A plain table cell counts only when the sentence names its row or column (`… 472 k€` of
            // `Résultat d'exploitation`); two quotes of `£1,250` and `£1,520` swap digits by chance.
            let isCell = !body.resultPlaces.contains(Place(authority))
            let isTotal = body.totalPlaces.contains(Place(authority))
            guard candidate.inSummary || !isCell && !isTotal else { return }
            // Two digits swap by chance against a quoted figure: only a rounded result or total counts.
            guard !candidate.isShortRounded || (!isCell || isTotal) && authority.significantDigits >= 3 else { return }
            // A round three-digit price (`a Pro tier at $129`) swaps a result's digits (`8 × $24 = $192`)
            // by chance; such a figure restates only a cell or a total it names.
            let isShortWhole =
                figure.significantDigits <= 3 && figure.number.precision.fractionDigits == 0
                && figure.number.scale == nil
            guard candidate.mayBeSlipOf(other) else { return }
            if DigitSlip.isAdjacentTransposition(other, candidate.digits),
                !candidate.saysGap || DigitSlip.isAdjacentTransposition(other, candidate.digits, strictly: true)
                    || body.isDifference(authority),
                isCell
                    ? tables.mention(authority, in: candidate.lowered)
                    : !isShortWhole || isTotal || candidate.isNamedAlike(authority, runsByLine: body.runsByLine),
                !transposed.contains(where: { candidate.digits(of: $0.number.value) == other })
            {
                transposed.append(authority)
            } else if candidate.inSummary, !candidate.isRate, !candidate.isShortRounded, candidate.aloneInSentence,
                body.resultPlaces.contains(Place(authority)),
                // A program's bare `A 1.16` beside an operand `1.36`: one digit off is chance without a unit.
                !(candidate.isPrinted && figure.number.unit == nil),
                DigitSlip.differsInOneDigit(other, candidate.digits),
                // A program works from unrounded values (`81.49 kWh` where the prose divides a rounded
                // 69.26 into 81.48) and rounds binary floats (`$26.47` for 26.475): its last digit one off is no slip.
                !(candidate.isPrinted && SummaryFigureRule.isOneQuantumApart(figure.number, authority.number.value)),
                // An item of a list whose sum the page states (`1. 本体：2,380,000円` … `購入合計 2,656,000円`)
                // is an addend, not a restatement.
                !body.computedTotals.contains(where: { sum in
                    sum.source.contains(figure.line) && sum.line != figure.line
                        && body.allFigures.contains {
                            !sum.source.contains($0.line) && $0.number.value == sum.value
                                && (SummaryFigureRule.sameMeasure(sum.unit, $0.number) || $0.number.unit == nil)
                        }
                }),
                !misread.contains(where: { candidate.digits(of: $0.number.value) == other })
            {
                // One digit off is only suspicious against a total or a calculated result.
                misread.append(authority)
            }
        }
    }

    /// Whether `value` is one unit of the figure's last digit away from it.
    static func isOneQuantumApart(_ figure: ScannedNumber, _ value: Decimal) -> Bool {
        let quantum = Decimal(sign: .plus, exponent: figure.quantumExponent, significand: 1)
        guard let rounded = RoundingRule.halfUp.round(value, toPowerOfTen: figure.quantumExponent) else { return false }
        return (rounded - figure.value).magnitude == quantum
    }

    /// Reports a candidate that slips from exactly one source: a sum the body adds up but never
    /// writes, else one transposed source, else one misread result.
    private static func report(
        _ candidate: Candidate, _ sources: Sources, body: Body, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let figure = candidate.figure
        func compare(_ value: Decimal, _ explanation: String) {
            report.compare(
                figure, computed: Quantity(value, figure.number.unit), rule: Self.id, file: file, locale: page.locale,
                explanation: explanation, what: "restated figure")
        }
        // `1,73 Mio. €` and `1.729.672 €` are one amount at the figure's precision: one source.
        // A summary may quote a sum the body adds up but never writes (`約285万円` for items of 258.4万).
        // (Two digits swap by chance against a sum nobody wrote.)
        if candidate.inSummary, !candidate.isShortRounded, sources.transposed.isEmpty, sources.misread.isEmpty,
            let sum = body.computedTotals.first(where: { total in
                total.isStated && !total.source.contains(figure.line) && Self.sameMeasure(total.unit, figure.number)
                    && total.value > 0
                    && candidate.digits(of: total.value).map {
                        DigitSlip.isAdjacentTransposition($0, candidate.digits) && candidate.mayBeSlipOf($0)
                    } == true
            })
        {
            compare(sum.value, "digits swapped from the sum closing at line \(sum.line)")
        } else if sources.transposed.count == 1, let source = sources.transposed.first {
            // `€54.50 over budget` against a variance cell of `+45.50` whose row works out to 54.50:
            // the cell slipped, not the summary.
            if Self.rowWorksOut(figure.number.value, around: source, in: page.tables) { return }
            compare(source.number.value, "digits swapped from \(source.number.text) at line \(source.line)")
        } else if sources.transposed.isEmpty, sources.misread.count == 1, let source = sources.misread.first,
            !Self.disagreesWithItsCalculation(source, body: body),
            // `人件費（保険・交通費込み）は約 266万円` beside a pay table's 2,459,160: a rounded amount that
            // includes more is another amount, a digit apart or not.
            !(figure.number.isApproximate && Self.inclusionWords.contains(where: candidate.lowered.containsLiteral))
        {
            compare(
                source.number.value, "one digit differs from the result \(source.number.text) at line \(source.line)")
        }
    }

    private static let inclusionWords = LanguageProfile.all.flatMap(\.inclusionWords).map { $0.lowercased() }

    /// `16 200 × 0,2276 = 3 787,12 €` above `Électricité : 3 687,12 €`: a result its own calculation
    /// contradicts is no authority for the figure that has it right.
    private static func disagreesWithItsCalculation(_ result: LocatedFigure, body: Body) -> Bool {
        guard let run = body.runsByLine[result.line] else { return false }
        return CalculationChain.chains(in: run).contains { chain in
            let parts = chain.parts
            guard
                let index = parts.indices.dropFirst().first(where: { i in
                    parts[i].figures.first.map { $0.line == result.line && $0.column == result.column } == true
                }), parts[index - 1].isComputation, let value = InlineCalculationRule.value(of: parts[index - 1])
            else { return false }
            let worked = result.isPercent && value.unit?.measure != .percent ? value.value * 100 : value.value
            return DigitSlip.isPreciseSlip(result.number, of: worked)
        }
    }

    /// Whether two other cells of the row holding `cell` give `value` by a sum, difference or product.
    static func rowWorksOut(_ value: Decimal, around cell: LocatedFigure, in tables: [CheckedTable]) -> Bool {
        guard
            let row = tables.lazy.flatMap(\.cells).first(where: {
                $0.contains { $0?.line == cell.line && $0?.column == cell.column }
            })
        else { return false }
        let others = row.compactMap { $0 }.filter { $0.column != cell.column }.map(\.number.value)
        for (i, a) in others.enumerated() {
            for b in others[(i + 1)...] where [a + b, a - b, b - a, a * b].contains(value) { return true }
        }
        return false
    }

    /// `$19.99/month, which would be $199.90 for ten months`: an amount that is a whole number of
    /// times a rate in its sentence is worked out from that rate, not a result of the body restated.
    static func multipliesRate(_ figure: LocatedFigure, in run: TextRun) -> Bool {
        run.figures.contains { rate in
            guard rate.number.unit?.per != nil, rate.number.unit?.measure == figure.number.unit?.measure,
                rate.number.value > 0
            else { return false }
            let times = figure.number.value / rate.number.value
            return times >= 2 && times <= 1000 && RoundingRule.truncation.round(times, toPowerOfTen: 0) == times
        }
    }

    /// `3. 日額合計 17.25ドル` under `11.25ドル` and `6.00ドル`: a figure that adds up what the
    /// lines right above it end with is their total, a result in its own right.
    static func addsLinesAbove(_ figure: LocatedFigure, runsByLine: [Int: TextRun]) -> Bool {
        var sum: Decimal = 0, added = 0
        for line in stride(from: figure.line - 1, through: max(1, figure.line - 8), by: -1) {
            guard let run = runsByLine[line],
                let last = run.figures.last(where: { sameMeasure($0.number, figure.number) })
            else { break }
            sum += last.number.value
            added += 1
            if added >= 2, Agreement.compare(stated: figure.number, computed: sum).isAgreement { return true }
        }
        return false
    }

    private static let summaryWords = LanguageProfile.all.flatMap(\.summaryWords).map { $0.lowercased() }
    private static let summaryWordSet = Set(summaryWords)

    /// The lines of the sections that restate results: what comes before the first section
    /// heading under the title, and sections whose heading is a summary word.
    static func summaryLines(of page: PageFigures) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        var inSummary = true
        var sawTitle = false
        for block in page.page.document.children where block.span.start.line > 0 {
            if case .heading(let level) = block.kind {
                if level == 1 && !sawTitle { sawTitle = true; continue }
                let heading = block.plainText.lowercased()
                inSummary = summaryWords.contains { heading.containsLiteral($0) }
                continue
            }
            // The label test reads the first Characters only: a long block's text is not gathered past them,
            // nor that of a block whose source has no colon.
            if inSummary
                || Self.mayHoldColon(block, in: page.lines)
                    && Self.opensWithSummaryLabel(block.plainTextPrefix(moreThan: Self.labelReach))
            {
                ranges.append(block.span.start.line...max(block.span.start.line, block.span.end.line))
            }
        }
        return ranges
    }

    /// Whether the block's source lines write a colon (`:`, `：`) or an entity (`&`), the only
    /// ways its plain text gets one.
    static func mayHoldColon(_ block: Node, in lines: SourceLines) -> Bool {
        let first = block.span.start.line, last = min(max(first, block.span.end.line), lines.count)
        guard first >= 1, first <= last else { return false }
        // The block's lines are one stretch of the page's text, searched at once.
        let start = lines[first].startIndex, end = lines[last].endIndex
        let found = lines[first].base.utf8[start..<end].withContiguousStorageIfAvailable { bytes in
            bytes.containsByte(UInt8(ascii: ":")) || bytes.containsByte(UInt8(ascii: "&"))
                || Self.fullWidthColon.withUnsafeBufferPointer { bytes.containsBytes($0) }
        }
        return found ?? true
    }

    private static let fullWidthColon = Array("：".utf8)

    /// How many Characters at a block's start a summary label and its colon stand within.
    static let labelReach = 24

    /// `**Fazit:** Rund 0,76 Mio. €`, `En bref : …`, `一句话：…`: a paragraph labelled as a summary.
    static func opensWithSummaryLabel(_ text: String) -> Bool {
        // Most paragraphs have no colon at all: their bytes say so without reading Characters.
        guard text.utf8.contains(UInt8(ascii: ":")) || text.containsLiteral("：") else { return false }
        // Most others have no colon this early: they are not lowercased to be looked at.
        guard text.prefix(labelReach).contains(where: { $0 == ":" || $0 == "：" }) else { return false }
        let head = text.prefix(labelReach).lowercased().drop { $0.isWhitespace }
        guard let colon = head.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = head[..<colon].trimmingSpaces
        return !label.isEmpty && summaryWordSet.contains(label)
    }

    static func isAmountOrPerPeriod(_ unit: FigureUnit?) -> Bool {
        guard let per = unit?.per else { return true }
        guard let thing = per.thing else { return false }
        return [CountedThing.hours, .days, .months, .years].contains(thing)
    }

    /// The sums of the rows above each total row, column by column, with the unit of their cells.
    /// A sum the body adds up without stating it where the summary could quote it: a column's
    /// rows above a total row, a list's items; `line` is where the sum closes.
    struct ComputedSum {
        var value: Decimal
        var unit: FigureUnit?
        var line: Int
        /// The lines of what is summed: a figure there is an addend, not a restatement.
        var source: ClosedRange<Int>
        /// Whether the sum leaves out a list's last item, in case that item was its total.
        var leavesOutLastItem = false
        /// The table column a column's sum adds up; nil for a list's.
        var column: Int?
        /// Whether the total row states the column's total: one it leaves blank (a column of unit
        /// prices) adds up to nothing anyone restates.
        var isStated = true
    }

    /// What each total row's rows and each list's items add up to; found once, with the page's figures.
    static func columnSums(of page: PageFigures) -> [ComputedSum] { page.columnSums }

    /// What the items of each list add up to; found once, with the page's figures.
    static func listSums(of page: PageFigures) -> [ComputedSum] { page.listSums }

    /// The table part of `columnSums`, followed by `lists`.
    static func findColumnSums(of page: PageFigures, lists: [ComputedSum]) -> [ComputedSum] {
        var sums: [ComputedSum] = []
        for table in page.tables {
            var start = 0
            for row in table.cells.indices where table.isTotalRow(row) {
                let rows = (start..<row).filter { !table.isTotalRow($0) && !table.isSpacer($0) }
                start = row + 1
                for column in 1..<max(1, table.columnCount) {
                    let cells = rows.compactMap { table.cells[$0][safe: column] ?? nil }
                    guard cells.count >= 2,
                        let unit = table.cells[row][safe: column]??.number.unit ?? cells[0].number.unit
                    else { continue }
                    let line = table.table.rows[row].first?.span.start.line ?? 0
                    sums.append(
                        ComputedSum(
                            value: cells.reduce(Decimal(0)) { $0 + $1.number.value }, unit: unit, line: line,
                            source: min(line, table.table.span.start.line)...line, column: column,
                            isStated: (table.cells[row][safe: column] ?? nil) != nil))
                }
            }
        }
        return sums + lists
    }

    /// What the items of each list add up to: before each total line (`- **Total : 413,00 €**`
    /// after items of 270 and 143 is a sum, not `143` restated with its digits swapped), all of
    /// them, and all but the last (`- **per loaf: £2.21**` closing its parts).
    static func findListSums(of page: PageFigures) -> [ComputedSum] {
        let runsByLine = Dictionary(page.runs.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        var sums: [ComputedSum] = []
        page.page.document.forEachBlock { node in
            guard case .list = node.kind, node.children.count >= 3 else { return }
            // A sum is kept once two items state an amount: most lists have fewer.
            guard
                node.children.count(where: { !ListTotalRule.runs(of: $0, runsByLine).allSatisfy(\.figures.isEmpty) })
                    >= 2
            else { return }
            let lines = node.span.start.line...max(node.span.start.line, node.span.end.line)
            var running: Decimal = 0, unit: FigureUnit?, count = 0
            var amounts: [Decimal] = []
            // `- less 10 %: … = £456.00`: the items with their deductions taken off, when an item says one.
            var signed: [Decimal] = []
            for item in ListTotalRule.read(node, runsByLine) {
                if item.isTotal {
                    if count >= 2 {
                        sums.append(
                            ComputedSum(value: running, unit: unit, line: item.node.span.start.line, source: lines))
                    }
                    running = 0; count = 0
                } else if let amount = item.amount {
                    // Items in another measure (hours above euros) are no part of the sum.
                    if let unit, let other = amount.unit, unit.measure != other.measure { continue }
                    running += amount.value
                    amounts.append(amount.value)
                    signed.append(ListTotalRule.isDeduction(label: item.label) ? -amount.value : amount.value)
                    unit = unit ?? amount.unit
                    count += 1
                }
            }
            guard amounts.count >= 3 else { return }
            let line = node.span.end.line
            sums.append(ComputedSum(value: amounts.reduce(0, +), unit: unit, line: line, source: lines))
            if signed != amounts {
                sums.append(ComputedSum(value: signed.reduce(0, +), unit: unit, line: line, source: lines))
            }
            sums.append(
                ComputedSum(
                    value: amounts.dropLast().reduce(0, +), unit: unit, line: line, source: lines,
                    leavesOutLastItem: true))
        }
        return sums
    }

    private static func sameMeasure(_ unit: FigureUnit?, _ figure: ScannedNumber) -> Bool {
        unit?.measure == figure.unit?.measure && unit?.per == figure.unit?.per
    }

    struct Place: Hashable {
        var line: Int
        var column: Int

        init(_ figure: LocatedFigure) {
            line = figure.line
            column = figure.column
        }
    }

    static func sameMeasure(_ a: ScannedNumber, _ b: ScannedNumber) -> Bool {
        a.unit?.measure == b.unit?.measure && a.unit?.per == b.unit?.per && a.unit != nil
    }

    /// Bare counts (`27.260 abonnés`) compare only with a total row's bare count of four digits or more.
    /// A count restating a total row's count: four digits at least, or three in a sentence that
    /// says it is a total (`9 月共计 379 个付费席位` against a total row's `359`).
    private static func sameBareCount(
        _ candidate: ScannedNumber, _ total: ScannedNumber, isTotal: Bool, saysTotal: Bool
    ) -> Bool {
        isTotal && candidate.unit == nil && total.unit == nil && candidate.scale == nil && total.scale == nil
            && candidate.precision.fractionDigits == 0 && candidate.value >= (saysTotal ? 100 : 1000)
    }

    /// A table's bare cell (`75.60` under `Monthly total`) restated with its currency (`$57.60 a
    /// month`), written to the same cents; a plain cell still counts only when the sentence names
    /// its row or column. A bare total row's whole amount (`142,300`) is restated with a scale word
    /// as often (`合同金额14.32万元`).
    private static func isBareAmount(_ cell: ScannedNumber, of candidate: ScannedNumber, isTotal: Bool) -> Bool {
        guard case .currency? = candidate.unit?.measure, cell.unit == nil, cell.scale == nil else { return false }
        if isTotal, candidate.scale != nil, cell.precision.fractionDigits == 0, cell.value >= 1000 { return true }
        return candidate.scale == nil && cell.precision.fractionDigits > 0
            && cell.precision.fractionDigits == candidate.precision.fractionDigits
    }

    /// Bare ratios written to the same decimals (`ROAS 2.86` against a ROAS column's `2.68`); a
    /// plain cell still counts only when the sentence names its row or column.
    private static func sameBareRatio(_ candidate: ScannedNumber, _ other: ScannedNumber) -> Bool {
        candidate.unit == nil && other.unit == nil && candidate.scale == nil && other.scale == nil
            && candidate.precision.fractionDigits > 0
            && candidate.precision.fractionDigits == other.precision.fractionDigits
    }
}
