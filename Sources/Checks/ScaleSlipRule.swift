import Foundation
import Numbers

/// An amount restated with a scale word (`约 7.98 万元`, `1,06 Md€`, `$1.44 million`, `約24.4万円`)
/// that is a power of ten away from the precise amount it restates, a few lines above
/// (`797,558 元`, `106,2 M€`, `$143,880`, `2,444,500円`): the scale slipped.
///
/// The restated figure must agree with the source times 10, 100 or 1,000 (or divided by them)
/// at its own precision, no figure of those lines may agree with it as written, and the source
/// must be written to four significant digits or more (or to three, restated digit for digit),
/// so a coincidence cannot pass for a slip.
struct ScaleSlipRule: PageRule {
    static let id = "scale-slip"
    static let guessesRelation = true

    /// How many lines above a restatement its source may be.
    static let reach = 3
    private static let factors: [Decimal] = [10, 100, 1000, Decimal(1) / 10, Decimal(1) / 100, Decimal(1) / 1000]

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // A summary restates the body's results from anywhere on the page (`Fazit: rund 0,76 Mio. €`
        // for the `75.849,60 €` of a table's total row): those are its sources too.
        let summaryLines = page.summaryLines
        let bodyResults = summaryLines.isEmpty ? [] : Self.bodyResults(of: page)
        var window: [LocatedFigure] = []
        // A table's cells, by line, join the window as the prose after the table is reached.
        // The page's figures with the words that name them, gathered once a restatement needs them.
        var named: [StaleFigureRule.NamedFigure]?
        var yearsOfTotals: [LocatedFigure]?
        var tableTotals: [LocatedFigure]?
        var cells = page.tables.flatMap { $0.cells.flatMap { $0.compactMap { $0 } } }.sorted { $0.line < $1.line }[...]
        for (index, run) in page.runs.enumerated() {
            while let cell = cells.first, cell.line < run.line {
                window.append(cell)
                cells = cells.dropFirst()
            }
            window.removeAll { run.line - $0.line > Self.reach }
            // A calculation's result as computed also stands for what a restatement may restate
            // (`× 0.4元 ＝ 708,000元` computed 700,800, then `约 7.0 万元`).
            let (computedResults, rightResults) = Self.computedResults(of: run, locale: page.locale)
            defer { window += computedResults }
            // Most runs restate nothing with a scale word: their Characters are only gathered when one does.
            var chars: [Character]?
            for figure in run.figures {
                defer { window.append(figure) }
                // `126 万 × 90 ＝ 1.134 亿`: a result its own calculation bears out restates nothing.
                guard figure.number.scale != nil || Self.prefixedThing(figure) != nil, figure.number.value > 0,
                    !rightResults.contains(SummaryFigureRule.Place(figure)),
                    figure.number.rangePart == .none,
                    figure.number.unit?.measure != .percent, figure.number.unit?.per == nil
                else { continue }
                // `十年累计节省约 1.49 亿元` after `约 1,491 万元` a year: ten years, not a slip.
                if chars == nil { chars = run.characters }
                let sentence = NamedCellRule.sentence(around: figure, in: chars!).lowercased()
                // `8 万元 × 5 座 = 40 万元`: an operand restates nothing.
                guard !CalculationChain.cumulativeWords.contains(where: sentence.containsLiteral),
                    !Self.isEach(figure, in: chars!), !ComputedRangeRule.precedesOperator(figure, inRun: chars!)
                else { continue }
                // Only a rounded restatement (`Rund 0,76 Mio. €`) reaches that far.
                // (`CNY 0.22 million` a year beside a month's total of 21,930: the page states 222,840 too.)
                // (So does one of three digits or more, which a coincidence seldom matches: `un dépassement
                // de 63,5 k€` in a summary over a total row's `+6 350 €`.)
                let inSummary =
                    (figure.number.isApproximate || figure.significantDigits >= 3)
                    && summaryLines.contains { $0.contains(run.line) }
                    && !page.allFigures.contains { other in
                        other.line != figure.line && other.number.unit?.measure == figure.number.unit?.measure
                            && Agreement.compare(stated: figure.number, computed: other.number.value).isAgreement
                    }
                let far = bodyResults.filter { result in
                    result.line != run.line && !window.contains { $0.line == result.line && $0.column == result.column }
                }
                // `按本月水平推算，全年能源支出约 3.59 万元` under a month's total of 29,958: a year of it.
                if yearsOfTotals == nil { yearsOfTotals = Self.yearsOfTotals(of: page) }
                let years = AnnualisedFigureRule.isAnnual(figure, in: chars!) ? yearsOfTotals! : []
                // `Gesamt rund 1,8 Mio. €`, `仕込み総額は約20万円`: a total named restates a table's total.
                if tableTotals == nil { tableTotals = Self.tableTotals(of: page) }
                let totals = Self.followsTotalWord(figure, in: chars!) ? tableTotals! : []
                // `信眾捐款：3.12 萬元`, then `875,700 − 400,000 − 312,000 = 163,700 元`: a calculation right
                // below may work with the amount it restates.
                let below = figure.significantDigits >= 3 ? Self.operands(below: index, in: page.runs) : []
                checkRestatement(
                    figure, in: run, chars: chars!,
                    sources: below + (inSummary ? window + far : window) + years + totals,
                    window: window,
                    named: &named, page: page, file: file, into: &report)
            }
        }
    }

    /// Reports a scaled figure that agrees with none of the figures it may restate, and is exactly
    /// one of them times a power of ten.
    private func checkRestatement(
        _ figure: LocatedFigure, in run: TextRun, chars: [Character], sources reachable: [LocatedFigure],
        window: [LocatedFigure], named: inout [StaleFigureRule.NamedFigure]?, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        // `65,635 kWh, i.e. about 656 MWh`: a source in another prefix of the figure's unit, in the figure's.
        // A figure with no scale word restates only such a source.
        let reachable =
            figure.number.scale == nil
            ? reachable.filter { Self.isOtherPrefix($0, of: figure) }.map { Self.converted($0, like: figure) }
            : reachable.map { Self.converted($0, like: figure) }
        // `2,140 / 17,800 = 12.0% of today's cost, about £178k a month`: what the sentence divides by is
        // no amount it restates.
        let operands = CalculationChain.chains(in: run).flatMap { chain in
            chain.parts.filter(\.isComputation).flatMap(\.figures)
        }
        let saidHere = Self.statedFactors(run.figures, in: run, chars: chars)
        let sources = reachable.filter { source in
            !operands.contains { $0.line == source.line && $0.column == source.column }
                && source.number.unit?.measure != .percent && source.number.unit?.per == nil && source.number.value > 0
                && (source.number.unit == nil || figure.number.unit == nil
                    || source.number.unit?.measure == figure.number.unit?.measure)
                // `借阅 1,214 人次` beside `1.2 万元`: a bare figure a counter word follows counts things.
                && !(source.number.unit == nil && figure.isMoney && Self.isCounted(source, page: page))
        }
        if sources.contains(where: { Agreement.compare(stated: figure.number, computed: $0.number.value).isAgreement })
        {
            report.relationsChecked += 1
            return
        }
        guard
            let source = sources.last(where: { source in
                Self.slips(
                    figure, from: source,
                    factors: Self.factors(beside: source, window: window, saidHere: saidHere, run: run, chars: chars),
                    run: run, tables: page.tables)
            })
        else {
            checkNamedRestatement(figure, in: run, chars: chars, named: &named, page: page, file: file, into: &report)
            return
        }
        // `収入 1,161 万円、支出 1,149.4 万円、差引 11.6 万円`: the difference (or sum) of two figures above.
        for (i, a) in sources.enumerated() {
            for b in sources[(i + 1)...]
            where [a.number.value - b.number.value, b.number.value - a.number.value, a.number.value + b.number.value]
                .contains(where: { Agreement.compare(stated: figure.number, computed: $0).isAgreement })
            {
                report.relationsChecked += 1
                return
            }
        }
        report.compare(
            figure, computed: Quantity(source.number.value, figure.number.unit ?? source.number.unit), rule: Self.id,
            file: file, locale: page.locale,
            explanation: "restates \(source.number.text) at line \(source.line) with its scale off by a power of ten",
            what: "scaled figure")
    }

    /// `石材部分（里程桩）共计 1.44 万元` ten lines under `里程桩 … = 144,000 元`: a restatement
    /// named in the same words as one figure of the page reaches that figure wherever it stands,
    /// when it agrees with nothing the page states and is exactly that figure times a power of ten.
    private func checkNamedRestatement(
        _ figure: LocatedFigure, in run: TextRun, chars: [Character], named: inout [StaleFigureRule.NamedFigure]?,
        page: PageFigures, file: String, into report: inout RuleReport
    ) {
        guard figure.number.unit != nil, figure.number.scale != nil, figure.significantDigits >= 2 else { return }
        let body = page.summaryBody ?? SummaryFigureRule.Body(page)
        // A calculation's own result (`… = 195万円`) restates nothing.
        guard !body.chained.contains(SummaryFigureRule.Place(figure)),
            !StaleTotalRule.agreesWithPage(figure, in: run, body: body)
        else { return }
        let terms = ClauseTerms(
            before: figure, in: chars, lineAbove: body.runsByLine[run.line - 1]?.characters, after: .whenNothingBefore)
        guard !terms.isEmpty else { return }
        if named == nil { named = StaleFigureRule.namedBodyFigures(of: page, summaryLines: [], body: body) }
        let factors = Self.factors.filter { factor in
            !run.figures.contains { $0.number.value == factor || $0.number.value == 1 / factor }
        }
        let sources = named!.filter { other in
            other.figure.line != figure.line && other.terms.leavesOut == terms.leavesOut
                && SummaryFigureRule.sameMeasure(other.figure.number, figure.number)
                && terms.shared(with: other.terms) >= (other.isResult ? 1 : 2)
                && Self.slips(figure, from: other.figure, factors: factors, run: run, tables: [])
        }
        guard let source = sources.first, Set(sources.map(\.figure.number.value)).count == 1 else { return }
        report.compare(
            figure, computed: Quantity(source.figure.number.value, figure.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation:
                "restates \(source.figure.number.text) at line \(source.figure.line), named alike, with its scale off by a power of ten",
            what: "scaled figure")
    }

    /// How many lines below a restatement a calculation may work with its source.
    static let reachBelow = 2

    /// The operands of the calculations in the lines right below the run at `index`.
    private static func operands(below index: Int, in runs: [TextRun]) -> [LocatedFigure] {
        let line = runs[index].line
        return runs[(index + 1)...].prefix { $0.line <= line + reachBelow }.flatMap { other in
            CalculationChain.chains(in: other).flatMap { chain in
                chain.parts.filter(\.isComputation).flatMap(\.figures)
            }
        }
    }

    /// `（每座 8 万元）`, `soit 2 k€ par poste`: an amount for each of something restates no total.
    private static func isEach(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        let start = max(0, figure.number.range.column - 1)
        let before = String(chars[max(0, start - 4)..<min(start, chars.count)])
        if before.contains("每") || before.contains("毎") || PerWords.followAmount(figure, in: chars) { return true }
        // `オーナー1組あたりの費用は約3.0万円`: one owner's share, named a few words before it.
        let clause = String(chars[max(0, start - perOneReach)..<min(start, chars.count)])
        let words = clause.split(whereSeparator: { $0.isNumber || "，。、,;；".contains($0) }).last.map(String.init) ?? ""
        return PerWords.perOne.contains { words.lowercased().containsLiteral($0) }
    }

    /// How many Characters before an amount a per-one word may stand.
    private static let perOneReach = 12

    private static func prefixedThing(_ figure: LocatedFigure) -> (family: String, power: Int)? {
        guard case .count(let thing)? = figure.number.unit?.measure, figure.number.unit?.per == nil else { return nil }
        return thing.prefixed
    }

    private static func isOtherPrefix(_ source: LocatedFigure, of figure: LocatedFigure) -> Bool {
        guard let target = prefixedThing(figure), let from = prefixedThing(source) else { return false }
        return from.family == target.family && from.power != target.power
    }

    /// Whether an ideographic word other than a scale follows a bare figure (`1,214 人次`, `3,860 册`).
    private static func isCounted(_ figure: LocatedFigure, page: PageFigures) -> Bool {
        guard let run = page.run(holding: figure) else { return false }
        let chars = run.characters
        var end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        while end < chars.count, chars[end] == " " { end += 1 }
        guard end < chars.count, chars[end].isUnifiedIdeograph else { return false }
        return !"万萬亿億千百元円".contains(chars[end])
    }

    /// The source in the figure's unit when both are of one prefixed family (`kWh` and `MWh`).
    private static func converted(_ source: LocatedFigure, like figure: LocatedFigure) -> LocatedFigure {
        guard isOtherPrefix(source, of: figure), let target = prefixedThing(figure), let from = prefixedThing(source)
        else { return source }
        var copy = source
        copy.number.value =
            source.number.value * Decimal(sign: .plus, exponent: from.power - target.power, significand: 1)
        // Its last digit moves with it: `65,635 kWh` is 65.635 MWh, to the thousandth.
        copy.number.precision.exponent += from.power - target.power
        copy.number.unit = figure.number.unit
        return copy
    }

    /// A factor the restating line or its source's line states (`10 %`, `× 10`) is arithmetic, not
    /// a slip; a count of ten on another line (`１０桩 × …`) is neither.
    private static func factors(
        beside source: LocatedFigure, window: [LocatedFigure], saidHere: Set<Decimal>, run: TextRun,
        chars: [Character]
    ) -> [Decimal] {
        let stated = saidHere.union(statedFactors(window.filter { $0.line == source.line }, in: run, chars: chars))
        return factors.filter { !stated.contains($0) && !stated.contains(1 / $0) }
    }

    /// The values `figures` state as factors: a percentage as its fraction. A number of days or
    /// months, or a date's day (`截至 8 月 10 日`), multiplies nothing.
    private static func statedFactors(_ figures: [LocatedFigure], in run: TextRun, chars: [Character]) -> Set<Decimal> {
        Set(
            figures.filter { figure in
                if case .count(let thing)? = figure.number.unit?.measure, thing.isPeriod { return false }
                return !(figure.line == run.line && figure.isDayOfMonth(in: chars))
            }.map {
                $0.number.unit?.measure == .percent ? $0.number.value / 100 : $0.number.value
            })
    }

    /// Whether the figure is the source times one of the factors, written precisely enough for
    /// that not to be a coincidence.
    private static func slips(
        _ figure: LocatedFigure, from source: LocatedFigure, factors: [Decimal], run: TextRun, tables: [CheckedTable]
    ) -> Bool {
        guard !source.isBareYear, digits(source) != digits(figure) else { return false }
        // `6,261.6 × 2/3` under a table `金額（千円）`, then `総額は約 626 万円`: a bare figure may be in
        // thousands or ten-thousands its column says; only a tenfold slip is one from it.
        let factors = source.number.unit == nil ? factors.filter { $0 == 10 || $0 == Decimal(1) / 10 } : factors
        // `4,5 Mio. €` for a whole programme, a few lines under `45.642,00 €`: two digits that only
        // truncate the source are a coincidence; rounded, they restate it.
        func restates(_ value: Decimal) -> Bool {
            // `月 2 万円` set aside under `2,300,328 円`: one round digit is an amount of its own
            // unless it says it is approximate.
            if figure.significantDigits == 1, !figure.number.isApproximate { return false }
            guard figure.significantDigits <= 2 else {
                return Agreement.compare(stated: figure.number, computed: value).isAgreement
            }
            return RoundingRule.halfUp.round(value, toPowerOfTen: figure.number.quantumExponent) == figure.number.value
        }
        if source.significantDigits >= 4, factors.contains(where: { restates(source.number.value * $0) }) {
            return true
        }
        let exactly = factors.contains { figure.number.value == source.number.value * $0 }
        // `NT$256,000` restated as `NT$2.56萬`: three digits, all of them the same.
        if source.significantDigits == 3, figure.significantDigits == 3, exactly { return true }
        // `YouTube は 7.3万円` under a table whose YouTube row spent 730,000: the sentence names the cell.
        return source.significantDigits >= 2 && figure.significantDigits == source.significantDigits && exactly
            && tables.mention(source, in: String(run.text).lowercased())
    }

    /// The figures a summary restates from afar: calculations' results, stated and computed, in a
    /// currency they write themselves (a table's cells may be in thousands its header never says).
    private static func bodyResults(of page: PageFigures) -> [LocatedFigure] {
        let results = page.runs.flatMap { run in
            CalculationChain.chains(in: run).compactMap { $0.computation?.stated }
                + computedResults(of: run, locale: page.locale).0
        }
        // A total row's amount (`| **Summe Einnahmen** | **68.630,50** |` under `Betrag (€)`).
        var totals: [LocatedFigure] = []
        for table in page.tables {
            for row in table.cells.indices where table.isTotalRow(row) {
                for (column, cell) in table.cells[row].enumerated() {
                    guard let cell, cell.number.scale == nil, cell.number.unit?.per == nil, cell.significantDigits >= 3,
                        case .currency? = cell.number.unit?.measure
                    else { continue }
                    totals.append(cell)
                    // `売上は約 8.2万円` over a total row that slipped: the summary may restate what the rows add up to.
                    if let sum = page.columnSums.first(where: { $0.line == cell.line && $0.column == column }),
                        sum.value > 0, sum.value != cell.number.value
                    {
                        var added = cell
                        added.number.value = sum.value
                        added.number.text = "the rows' sum"
                        totals.append(added)
                    }
                }
            }
        }
        let amounts = results.filter { result in
            guard case .currency? = result.number.unit?.measure, result.number.unit?.per == nil else { return false }
            return result.significantDigits >= 4
        }
        return amounts + totals
    }

    /// The amounts of the page's total rows, and what their rows add up to where that differs.
    private static func tableTotals(of page: PageFigures) -> [LocatedFigure] {
        let sums = page.columnSums
        return page.tables.flatMap { table in
            totalAmounts(of: table).flatMap { column, cell -> [LocatedFigure] in
                guard let sum = sums.first(where: { $0.line == cell.line && $0.column == column }),
                    sum.value > 0, sum.value != cell.number.value
                else { return [cell] }
                var added = cell
                added.number.value = sum.value
                added.number.text = "the rows' sum"
                return [cell, added]
            }
        }
    }

    /// Whether a total word stands in the few Characters before the figure, in its clause.
    private static func followsTotalWord(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        let start = figure.number.range.column - 1
        var before = String(chars[max(0, start - 16)..<min(start, chars.count)])
        if let cut = before.lastIndex(where: { ",，、;；。".contains($0) }) {
            before = String(before[before.index(after: cut)...])
        }
        let lowered = before.lowercased()
        return totalWords.contains { word in
            word.first?.isASCII == false ? lowered.containsLiteral(word) : lowered.containsWord(word)
        }
    }
    private static let totalWords = LanguageProfile.all.flatMap(\.totalWords).map { $0.lowercased() }

    /// Twelve times each amount of a total row in a table of months' amounts (its heading or header
    /// says a month): what a year at that rate comes to.
    private static func yearsOfTotals(of page: PageFigures) -> [LocatedFigure] {
        zip(page.tables, NamedCellRule.headings(of: page)).flatMap { table, heading -> [LocatedFigure] in
            guard PeriodWords.saysMonth(heading) || table.header.contains(where: PeriodWords.saysMonth) else {
                return []
            }
            return totalAmounts(of: table).map { _, cell in
                var figure = cell
                figure.number.value *= 12
                figure.number.text = "12 × " + figure.number.text
                return figure
            }
        }
    }

    /// The amounts of a table's total rows (no percentage, no rate), with their columns.
    private static func totalAmounts(of table: CheckedTable) -> [(column: Int, cell: LocatedFigure)] {
        table.cells.indices.filter { table.isTotalRow($0) }.flatMap { row in
            table.cells[row].enumerated().compactMap { column, cell in
                guard let cell, cell.number.unit?.measure != .percent, cell.number.unit?.per == nil else { return nil }
                return (column, cell)
            }
        }
    }

    /// The wrong results of the run's calculations at their computed values, and the places of
    /// its right ones.
    private static func computedResults(of run: TextRun, locale: NumberLocale) -> (
        [LocatedFigure], Set<SummaryFigureRule.Place>
    ) {
        var results: [LocatedFigure] = []
        var right: Set<SummaryFigureRule.Place> = []
        for chain in CalculationChain.chains(in: run) {
            guard case let (_, value, stated?)? = chain.computation, value.value > 0 else { continue }
            guard !Agreement.compare(stated: stated.number, computed: value.value).isAgreement else {
                right.insert(SummaryFigureRule.Place(stated))
                continue
            }
            var figure = stated
            figure.number.value = value.value
            figure.number.text = FigureText.computed(value.value, like: stated.number, locale: locale)
            results.append(figure)
        }
        return (results, right)
    }

    /// The digits as written: `1,083` and `¥1,083k` are one figure in two contexts (a table in
    /// thousands), not a slip.
    private static func digits(_ figure: LocatedFigure) -> String {
        String(figure.number.text.filter { $0.isASCII && $0.isNumber })
    }
}
