import Foundation
import Numbers
import TextKit

/// A summary figure the body states otherwise for the same named thing: `每米布的原料成本约 23.8 元`
/// over `每米原料成本：57,940 ÷ 2,300 ≈ 25.19 元`, `損失は 48 日間で約 47.8 万円` over `48 日間では …
/// = 557,383.68 円`: a figure left from an earlier draft, near the body's but not it.
///
/// Only a figure that agrees with nothing on the page counts, and only when exactly one body figure
/// of its measure lies within a quarter of it and is named in the same words (two words, or a
/// written calculation's result named in one): a summary's budget, target or quote is named
/// otherwise, and rarely sits so near.
struct StaleFigureRule: PageRule {
    static let id = "stale-figure"
    static let guessesRelation = true

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let summaryLines = page.summaryLines
        let runs = page.runs.filter { run in
            !run.isProgramOutput && !run.figures.isEmpty && summaryLines.contains { $0.contains(run.line) }
        }
        guard !runs.isEmpty else { return }
        let body = page.summaryBody ?? SummaryFigureRule.Body(page)
        let allNamed = Self.namedBodyFigures(of: page, summaryLines: summaryLines, body: body)
        guard !allNamed.isEmpty else { return }
        // A difference restates a difference the body names by the same word (`a shortfall of
        // roughly £760` over `leaves a shortfall of £666.00`), an amount an amount.
        let amounts = allNamed.filter { !$0.namesChange }, differences = allNamed.filter(\.saysDifference)
        lazy var amountWords = WordLines(amounts)
        lazy var differenceWords = WordLines(differences)
        lazy var valueCounts = Dictionary(body.allFigures.map { (ValueOfMeasure($0), 1) }, uniquingKeysWith: +)
        for run in runs {
            let chars = run.characters
            let above = body.runsByLine[run.line - 1]?.characters
            for figure in run.figures {
                guard let stance = Self.stance(of: figure, in: run, chars: chars, body: body),
                    // `每月净节省约 3,250.5 元` over `净节省 3,250.5 元/月`: the body says the difference per period.
                    stance == .alone || valueCounts[ValueOfMeasure(figure), default: 0] < 2
                else { continue }
                let named = stance == .difference ? differences : amounts
                // `dont 480 € de dons`: a Latin-script summary may name its amount after it; in Chinese and
                // Japanese what follows (`75% 配列`) is as often another thing.
                let namesAfter = page.locale != .zh && page.locale != .ja
                let terms = ClauseTerms(
                    before: figure, in: chars, lineAbove: above, after: namesAfter ? .always : .whenNothingBefore)
                guard !terms.isEmpty, !StaleTotalRule.agreesWithPage(figure, in: run, body: body),
                    // A wrong total row beside the right sum of its rows: the summary may hold the sum.
                    !body.computedTotals.contains(where: {
                        Agreement.compare(stated: figure.number, computed: $0.value).isAgreement
                    })
                else { continue }
                let near = named.filter { other in
                    other.terms.leavesOut == terms.leavesOut
                        && SummaryFigureRule.sameMeasure(other.figure.number, figure.number)
                        && StaleTotalRule.isNear(figure.number.value, other.figure.number.value)
                        && (terms.shared(with: other.terms) >= (other.isResult ? 1 : 2)
                            || figure.number.isApproximate && !other.isPrinted
                                && terms.sharedWords(with: other.terms).contains { word in
                                    (stance == .difference ? differenceWords : amountWords).namesOnly(other, by: word)
                                })
                }
                if near.isEmpty {
                    Self.checkDecimalSlip(figure, terms: terms, named: named, page: page, file: file, into: &report)
                    Self.checkTransposition(figure, terms: terms, named: named, page: page, file: file, into: &report)
                    continue
                }
                let exponent = figure.number.quantumExponent
                // `2年目以降 約488万円` beside a row `2年目以降 | 5,844,000 | … | 4,692,000` under `純収入`: the
                // figure named in the most of its words.
                let most = near.map { terms.shared(with: $0.terms) }.max() ?? 0
                let best = near.filter { terms.shared(with: $0.terms) == most }
                let values = Set(best.map { RoundingRule.halfUp.round($0.figure.number.value, toPowerOfTen: exponent) })
                guard values.count == 1, let source = best.first,
                    Self.datesAlike(figure, in: run, source.figure, body: body)
                else { continue }
                // `每斤成本约 0.84 元，批发 1.5 元，每斤毛利 0.66 元`: a line that quotes the body figure
                // itself says another amount beside it.
                guard
                    !run.figures.contains(where: { other in
                        other.column != figure.column
                            && Agreement.compare(stated: other.number, computed: source.figure.number.value).isAgreement
                    })
                else { continue }
                // `每月约腾出 1,070 欧元` over the body's 1,066.67: a summary rounds to its trailing zeros
                // whether or not it says about right before the figure.
                var rounded = figure.number
                rounded.isApproximate = true
                if Agreement.compare(stated: rounded, computed: source.figure.number.value).isAgreement {
                    report.relationsChecked += 1
                    continue
                }
                report.compare(
                    figure, computed: source.figure.quantity, rule: Self.id, file: file, locale: page.locale,
                    explanation: "line \(source.figure.line) states it for the same item", what: "summary figure")
            }
        }
    }

    /// For each word, the one line the body names figures of a measure by it on: a summary names
    /// `other` by a word the body names no other figure of its measure by (`a shortfall of roughly
    /// £760` over the body's one `shortfall of £666.00`), and one rare word points a rounded
    /// restatement at one figure as surely as two common ones.
    struct WordLines {
        /// The line, or nil once a second line names a figure of the measure by the word.
        private var lines: [String: [MeasureKey: Int?]] = [:]

        init(_ named: [NamedFigure]) {
            for figure in named {
                let key = MeasureKey(figure.figure.number.unit)
                for word in figure.terms.words {
                    switch lines[word]?[key] {
                    case nil: lines[word, default: [:]][key] = .some(figure.figure.line)
                    case let line?? where line != figure.figure.line: lines[word]![key] = .some(nil)
                    default: break
                    }
                }
            }
        }

        func namesOnly(_ other: NamedFigure, by word: String) -> Bool {
            lines[word]?[MeasureKey(other.figure.number.unit)] == .some(other.figure.line)
        }
    }

    /// What `SummaryFigureRule.sameMeasure` compares, as a key.
    struct MeasureKey: Hashable {
        var measure: Measure?
        var per: Denominator?

        init(_ unit: FigureUnit?) {
            measure = unit?.measure
            per = unit?.per
        }
    }

    /// A figure's value with its measure, what it is per aside.
    struct ValueOfMeasure: Hashable {
        var value: Decimal
        var measure: Measure?

        init(_ figure: LocatedFigure) {
            value = figure.number.value
            measure = figure.number.unit?.measure
        }
    }

    /// `1通あたり約1.5円` in a summary over `1通あたり 2,760 ÷ 18,400 ＝ 0.15円`: a figure named as a
    /// result of the body is, its decimal point moved by one place, that result.
    private static func checkDecimalSlip(
        _ figure: LocatedFigure, terms: ClauseTerms, named: [NamedFigure], page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        var rounded = figure.number
        rounded.isApproximate = true
        let slips = named.filter { other in
            other.isResult && other.terms.leavesOut == terms.leavesOut
                && SummaryFigureRule.sameMeasure(other.figure.number, figure.number)
                && terms.shared(with: other.terms) >= 1
                && [Decimal(10), Decimal(1) / 10].contains { factor in
                    Agreement.compare(stated: rounded, computed: other.figure.number.value * factor).isAgreement
                }
        }
        guard let source = slips.first, Set(slips.map(\.figure.number.value)).count == 1 else { return }
        report.compare(
            figure, computed: source.figure.quantity, rule: Self.id, file: file, locale: page.locale,
            explanation: "line \(source.figure.line) states it for the same item, the decimal point one place over",
            what: "summary figure")
    }

    /// `soit une économie de 191 €` over the body's `moins chère de 4 039 − 3 920 = 119 €`: a summary
    /// figure of three significant digits or more whose digits are one body figure's, two neighbours
    /// swapped, restates that figure whatever words name it; a budget or a quote agrees with nothing
    /// so exactly.
    private static func checkTransposition(
        _ figure: LocatedFigure, terms: ClauseTerms, named: [NamedFigure], page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let exponent = figure.number.quantumExponent
        // `a "Pro" tier at $129` beside `8 × $24 = $192`: three digits said exactly may be another price.
        guard let said = DigitSlip.digits(figure.number.value, at: exponent),
            DigitSlip.significantCount(said) >= (figure.number.isApproximate ? 3 : 4)
        else { return }
        let slips = named.filter { other in
            !other.isPrinted && other.terms.leavesOut == terms.leavesOut
                && SummaryFigureRule.sameMeasure(other.figure.number, figure.number)
                && DigitSlip.digits(other.figure.number.value, at: exponent).map {
                    DigitSlip.significantCount($0) >= 3 && DigitSlip.isAdjacentTransposition(said, $0, strictly: true)
                } == true
        }
        guard let source = slips.first,
            Set(slips.map { RoundingRule.halfUp.round($0.figure.number.value, toPowerOfTen: exponent) }).count == 1
        else { return }
        report.compare(
            figure, computed: source.figure.quantity, rule: Self.id, file: file, locale: page.locale,
            explanation: "line \(source.figure.line) states it with two digits the other way round",
            what: "summary figure")
    }

    /// A body figure and the words it is named by.
    struct NamedFigure {
        var figure: LocatedFigure
        var terms: ClauseTerms
        /// Whether the body works it out (a written calculation's result, a total row's cell).
        var isResult: Bool
        /// Whether a program prints it, or a listing's comment says it does: a figure of its own, right or wrong, whatever words stand beside it.
        var isPrinted = false
        /// Whether its clause names a change (`a saving of`), which another amount's restatement does not restate.
        var namesChange = false
        /// Whether it is said to be a difference or change (`leaves a shortfall of £666.00`).
        var saysDifference = false
    }

    /// The body's figures with a measure, each with the words before it in its clause, or its row's
    /// label and its column's header in a table.
    static func namedBodyFigures(
        of page: PageFigures, summaryLines: [ClosedRange<Int>], body: SummaryFigureRule.Body
    ) -> [NamedFigure] {
        let inSummary = { (line: Int) in summaryLines.contains { $0.contains(line) } }
        var named: [NamedFigure] = []
        let itemLines = Self.listItemLines(of: page)
        for run in page.runs where !inSummary(run.line) && !run.figures.isEmpty {
            let chars = run.characters
            // A list item's clause opens with the item, not on the item above it.
            let above = itemLines.contains(run.line) ? nil : body.runsByLine[run.line - 1]?.characters
            let label = Self.itemLabel(of: chars)
            for figure in run.figures where figure.number.unit?.measure != nil && figure.number.rangePart == .none {
                let place = SummaryFigureRule.Place(figure)
                // A calculation's operand is named by the words before the calculation, not its own.
                guard !body.chained.contains(place) || body.resultPlaces.contains(place) else { continue }
                let clause = StaleTotalRule.leadIn(to: figure, in: run, chars: chars, reach: 30)
                guard !StaleTotalRule.namesOtherAmount(clause, countsChange: false) else { continue }
                let namesChange = !figure.isPercent && StaleTotalRule.namesOtherAmount(clause, countsChange: true)
                var terms = ClauseTerms(before: figure, in: chars, lineAbove: above)
                // `2. 里程桩（花岗岩，300 根）：300 × 480 元 = 144,000 元`: an item's label names its result.
                if let label, body.resultPlaces.contains(place) { terms = terms.adding(label) }
                named.append(
                    NamedFigure(
                        figure: figure, terms: terms, isResult: body.resultPlaces.contains(place),
                        isPrinted: run.isProgramOutput || run.isListingComment, namesChange: namesChange,
                        saysDifference: !figure.isPercent
                            && (namesChange || RestatedDifferenceRule.saysDifference(before: figure, in: chars)
                                || RestatedDifferenceRule.saysDifference(after: figure, in: chars))
                    ))
            }
        }
        for table in page.tables where !inSummary(table.table.span.start.line) {
            for (row, cells) in table.cells.enumerated() {
                let label = table.rowLabels[safe: row] ?? ""
                for (column, cell) in cells.enumerated() {
                    guard let cell, cell.number.unit?.measure != nil else { continue }
                    let header = table.header[safe: column] ?? ""
                    named.append(
                        NamedFigure(
                            figure: cell, terms: ClauseTerms(label + " " + header),
                            isResult: body.totalPlaces.contains(SummaryFigureRule.Place(cell))))
                }
            }
        }
        return named
    }

    /// The lines list items open on.
    static func listItemLines(of page: PageFigures) -> Set<Int> {
        var lines: Set<Int> = []
        page.page.document.forEachBlock { node in
            if case .item = node.kind { lines.insert(node.span.start.line) }
        }
        return lines
    }

    /// The words before a line's first colon (`里程桩（花岗岩，300 根）`, `Crane hire`), when they
    /// come before any figure: what the line's item is.
    static func itemLabel(of chars: [Character]) -> String? {
        guard let colon = chars.prefix(40).firstIndex(where: { $0 == "：" || $0 == ":" }), colon > 1 else { return nil }
        let label = chars[..<colon]
        // `（花岗岩，300 根）`: a label's parenthesis may hold a count, not the line's start a figure.
        guard let first = label.firstIndex(where: { !" -*·0123456789.、)".contains($0) }),
            !label[first...].prefix(while: { $0 != "（" && $0 != "(" }).contains(where: \.isNumber)
        else { return nil }
        return String(label[first...])
    }

    private static let thanWords = LanguageProfile.all.flatMap(\.thanWords).map { $0.lowercased() }

    /// Whether a word setting one amount against another stands in `clause` (`比` but not the
    /// `比` of `比例`, `比率`, `比重`).
    static func setsAgainst(_ clause: String) -> Bool {
        let lowered = clause.lowercased()
        return thanWords.contains { lowered.containsWord($0, excludingBefore: $0 == "比" ? ["例", "率", "重"] : []) }
    }

    /// How a summary figure may restate the body's.
    enum Stance {
        /// An amount or share stated on its own.
        case alone
        /// An amount said to be a difference or change (`a shortfall of roughly £760`, `約 6 万円の節約`).
        case difference
    }

    /// How the summary states `figure`, or nil for a range's end, a signed change, an amount set
    /// against another named one (`€304 less than Levage Rhône`) or a calculation's part.
    private static func stance(
        of figure: LocatedFigure, in run: TextRun, chars: [Character], body: SummaryFigureRule.Body
    ) -> Stance? {
        // `昭和48年から`: a span of time is a date's or a duration's, restated from nothing.
        if case .count(let thing)? = figure.number.unit?.measure, thing.isPeriod { return nil }
        guard figure.number.rangePart == .none, figure.number.unit?.measure != nil, figure.number.value > 0,
            figure.significantDigits >= 2 || figure.number.isApproximate && !figure.isPercent,
            !body.chained.contains(SummaryFigureRule.Place(figure))
        else { return nil }
        let start = figure.number.range.column - 1
        let signed =
            figure.number.text.first == "+" || figure.number.text.first == "-"
            || start > 0 && "+-−".contains(chars[start - 1])
        let clause = StaleTotalRule.leadIn(to: figure, in: run, chars: chars, reach: 30)
        // `唐揚げを 620円 に上げる`: a new price, said after it.
        let end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        // What follows in its clause: `39.86 万元，列入 2025 年预算` files the amount, it is no budget.
        let after = String(chars[end..<min(chars.count, end + 12)].prefix { !"，,。；;".contains($0) }).lowercased()
        // A share or a change is said with its change word (`较空运节省约 57%`); an amount is not.
        let isShare = figure.isPercent
        // (A year said before it is weighed against the body figure's own: `datesAlike`.)
        guard !signed, !StaleTotalRule.namesOtherAmount(after, countsChange: false),
            !StaleTotalRule.namesOtherAmount(clause, countsChange: false, countsYears: false)
        else { return nil }
        if isShare { return .alone }
        // `€304 less than Levage Rhône`, `Levage Rhône より 304 €`: an amount set against another.
        guard !Self.setsAgainst(clause) else { return nil }
        let saysDifference =
            RestatedDifferenceRule.saysDifference(before: figure, in: chars)
            || RestatedDifferenceRule.saysDifference(after: figure, in: chars)
        let namesChange =
            StaleTotalRule.namesOtherAmount(after, countsChange: true)
            || StaleTotalRule.namesOtherAmount(clause, countsChange: true, countsYears: false)
        guard saysDifference || namesChange else { return .alone }
        // `5 × $4,590 = $22,950 against … = $14,080 — a saving of about $8,900`: the sentence works
        // its difference out itself.
        let differences = run.figures.flatMap { a in run.figures.map { b in a.number.value - b.number.value } }
        return differences.contains(where: { Agreement.compare(stated: figure.number, computed: $0).isAgreement })
            ? nil : .difference
    }

    /// Whether a year said before the figure (`Kassenstand zum 31. März 2025: 20.094,52 €`) is said
    /// where the body figure is too, on its line or the line above: another year's amount is no restatement.
    private static func datesAlike(
        _ figure: LocatedFigure, in run: TextRun, _ source: LocatedFigure, body: SummaryFigureRule.Body
    ) -> Bool {
        let years = run.figures.filter { $0.isBareYear && $0.column < figure.column && $0.line == figure.line }
        guard !years.isEmpty else { return true }
        let said = [source.line - 1, source.line].compactMap { body.runsByLine[$0] }.flatMap(\.figures)
        return years.allSatisfy { year in said.contains { $0.isBareYear && $0.number.value == year.number.value } }
    }
}
