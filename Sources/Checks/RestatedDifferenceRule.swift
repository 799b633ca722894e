import Foundation
import Numbers

/// An amount said to be the difference of two others the sentence names (`le reliquat de 7,232 €`
/// of `231,768 € sur les 240,000 €`, `比 B 方案低 6,800 元` where the table's B row costs 96,400 and
/// C 87,800, `saving $2,950 a year against Veritiv`) is their difference. The two are amounts of
/// the sentence and cells of the table rows it names.
///
/// Which two amounts a sentence subtracts is the author's to say, so only a slip of the pen is
/// reported: the stated amount is one pair's difference with two digits swapped or one changed,
/// and no pair's difference agrees with it.
struct RestatedDifferenceRule: PageRule {
    static let id = "restated-difference"
    static let guessesRelation = true

    private static let differenceWords = LanguageProfile.all.flatMap(\.differenceWords).map { $0.lowercased() }
    /// How many Characters before the amount its difference word may stand (`比 Haiku 每月省`).
    static let reach = 12

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // Named only when a sentence needs them: most pages say no difference.
        var named: [NamedTable]?
        for run in page.runs where run.figures.count >= 2 || !page.tables.isEmpty && !run.figures.isEmpty {
            let chars = run.characters
            let chained = Set(
                CalculationChain.chains(in: run).flatMap { $0.parts.flatMap(\.figures) }.map { [$0.line, $0.column] })
            for stated in run.figures where !chained.contains([stated.line, stated.column]) {
                // (`6 800 € par an` is per year, as the two amounts it is the difference of may be.)
                guard case .currency? = stated.number.unit?.measure, stated.number.rangePart == .none,
                    stated.number.value > 0, stated.significantDigits >= 2
                else { continue }
                let saidBefore = Self.saysDifference(before: stated, in: chars)
                guard saidBefore || Self.saysDifference(after: stated, in: chars) else { continue }
                let bounds = SentenceBounds.range(around: stated, in: chars, semicolons: false)
                let lowered = String(chars[bounds]).lowercased()
                let inSentence = run.figures.filter { other in
                    other.number.unit == stated.number.unit && other.number.rangePart == .none && other.number.value > 0
                        && (other.line != stated.line || other.column != stated.column)
                        && bounds.contains(other.number.range.column - 1)
                }.map(\.number.value)
                if named == nil { named = NamedCellRule.namedTables(of: page) }
                let tables = named!.filter { $0.isNear(stated.line) }
                func differences(naming text: String) -> [Decimal] {
                    let cells = tables.flatMap { $0.cells(named: text, clause: text, for: stated) }
                    // `低 6,800 元`: two digits are a slip only between rows the sentence names.
                    guard stated.significantDigits >= 3 || !cells.isEmpty else { return [] }
                    let amounts = Array(Set(inSentence + cells.map(\.figure.number.value)))
                    var differences: Set<Decimal> = []
                    for (i, a) in amounts.enumerated() {
                        for b in amounts[(i + 1)...] where a != b { differences.insert((a - b).magnitude) }
                    }
                    return Array(differences)
                }
                // `fall from €31,400 to €25,596 a year, a saving of about €6,800`: the sentence says
                // which two amounts, so the saving is their difference, however it is rounded.
                // (`passent de 31 400 € à 25 596 €` reads as a range's two ends.)
                let before = run.figures.filter { other in
                    other.number.unit?.measure == stated.number.unit?.measure && other.column < stated.column
                        && bounds.contains(other.number.range.column - 1)
                }
                // A range's ends are a change only after a "from" (`passent de`, `从`); a month's change
                // is no year's saving, and a figure between (`降幅约 19.8%`) may be what it is of.
                // So does `$1,786.51 against $315.28 in February, an overspend of $1,465.79`.
                let joined = before.count == 2 && PercentChangeRule.joinedByWord(before[0], before[1], chars)
                let against = before.count == 2 && !joined && PercentChangeRule.isAgainst(before[0], before[1], chars)
                if joined || against,
                    before[0].number.rangePart == .none
                        || ComputedRangeRule.isFromTo(
                            ComputedRangeRule.FigureRange(lower: before[0], upper: before[1]), in: chars),
                    !(AnnualisedFigureRule.isAnnual(stated, in: chars)
                        && before.contains(where: { AnnualisedFigureRule.isMonthly($0, in: chars) })),
                    !(AnnualisedFigureRule.isMonthly(stated, in: chars)
                        && before.contains(where: { AnnualisedFigureRule.isAnnual($0, in: chars) })),
                    !run.figures.contains(where: { $0.column > before[1].column && $0.column < stated.column }),
                    // `soit 18,20 € de plus par classe` after two prices per child: more than either is no difference of them.
                    stated.number.value <= max(before[0].number.value, before[1].number.value)
                {
                    let difference = (before[0].number.value - before[1].number.value).magnitude
                    if Self.isWithinScaleRounding(stated, of: difference, between: before) {
                        report.relationsChecked += 1
                        continue
                    }
                    // `$4,200 instead of $4,800, and it saves $1,250 in travel as well`: amounts set
                    // against each other say no "from", so a saving far from theirs is another one.
                    if against, difference > 0,
                        !DigitSlip.isPreciseSlip(stated.number, of: difference),
                        (stated.number.value - difference).magnitude / difference > Decimal(string: "0.05")!
                    {
                        continue
                    }
                    report.compare(
                        stated,
                        computed: Quantity(
                            (before[0].number.value - before[1].number.value).magnitude,
                            stated.number.unit),
                        rule: Self.id, file: file, locale: page.locale,
                        explanation: against
                            ? "\(before[0].number.text) against \(before[1].number.text)"
                            : "from \(before[0].number.text) to \(before[1].number.text)", what: "difference")
                    continue
                }
                if Self.checkBracketedPair(after: stated, in: run, chars: chars, page: page, file: file, into: &report)
                {
                    continue
                }
                guard saidBefore, stated.number.unit?.per == nil else { continue }
                let all = differences(naming: lowered)
                guard !all.isEmpty else { continue }
                // `a surplus of £1,340 against a budgeted £900` over a table's `Surplus` row of 900 and
                // 1,340: the amount is a cell of a row the sentence names, said again.
                if tables.contains(where: { named in
                    named.table.cells.indices.contains { row in
                        guard let name = named.rowNames[row], lowered.containsLiteral(name) else { return false }
                        return named.table.cells[row].contains { $0?.number.value == stated.number.value }
                    }
                }) {
                    continue
                }
                // `C 方案（87,800 元），比 B 方案低 6,800 元，比 A 方案节省 …`: the rows named up to the
                // figure are the ones it sets apart; a row named after it is the next clause's.
                let statedEnd = min(chars.count, stated.number.range.column - 1 + stated.number.range.length)
                let upToFigure = differences(naming: String(chars[bounds.lowerBound..<statedEnd]).lowercased())
                let slipsBefore = upToFigure.filter { DigitSlip.isPreciseSlip(stated.number, of: $0) }
                report.compareAsSlip(
                    stated, readings: all, slipsOf: slipsBefore.isEmpty ? all : upToFigure, rule: Self.id, file: file,
                    locale: page.locale, explanation: "the difference of two amounts the sentence names",
                    what: "difference")
            }
        }
    }

    /// `B est moins cher de 2,15 k€ (66,8 k€ contre 45,3 k€)`: the two amounts set against each
    /// other in brackets right after the difference are what it is the difference of.
    private static func checkBracketedPair(
        after stated: LocatedFigure, in run: TextRun, chars: [Character], page: PageFigures, file: String,
        into report: inout RuleReport
    ) -> Bool {
        guard let index = run.figures.firstIndex(where: { $0.line == stated.line && $0.column == stated.column }),
            index + 2 < run.figures.count
        else { return false }
        let pair = [run.figures[index + 1], run.figures[index + 2]]
        let end = min(chars.count, stated.number.range.column - 1 + stated.number.range.length)
        let open = pair[0].number.range.column - 1
        guard open > end, open <= chars.count,
            let mark = String(chars[end..<open]).trimmingCharacters(in: .whitespaces).first, mark == "(" || mark == "（",
            pair.allSatisfy({
                $0.number.unit?.measure == stated.number.unit?.measure && $0.number.rangePart == .none
                    && $0.number.value > 0
            }),
            PercentChangeRule.isAgainst(pair[0], pair[1], chars)
        else { return false }
        let difference = (pair[0].number.value - pair[1].number.value).magnitude
        if isWithinScaleRounding(stated, of: difference, between: pair) {
            report.relationsChecked += 1
            return true
        }
        report.compare(
            stated, computed: Quantity(difference, stated.number.unit), rule: id, file: file, locale: page.locale,
            explanation: "\(pair[0].number.text) against \(pair[1].number.text)", what: "difference")
        return true
    }

    /// `$1.05M against $1.29M, a saving of $239,900`: amounts in a scale are rounded, and so is
    /// their difference, to half of each one's last digit.
    private static func isWithinScaleRounding(
        _ stated: LocatedFigure, of difference: Decimal, between amounts: [LocatedFigure]
    ) -> Bool {
        let slack = amounts.filter { $0.number.scale != nil }.reduce(Decimal(0)) { $0 + $1.number.halfQuantum }
        return slack > 0 && (stated.number.value - difference).magnitude <= slack
    }

    /// Whether a difference word stands in the few Characters before the amount, in its clause.
    static func saysDifference(before figure: LocatedFigure, in chars: [Character]) -> Bool {
        let start = min(max(0, figure.number.range.column - 1), chars.count)
        var from = start
        // `a saving of about €6,800`: the word that makes it approximate stands between.
        // `a difference of $1,465.79`, `an overspend of`: a longer Latin word and its `of`.
        let reach = (figure.number.isApproximate ? Self.reach + 8 : Self.reach) + 4
        while from > 0, start - from < reach, !"，,。；;：:".contains(chars[from - 1]) || start - from < 2 { from -= 1 }
        return namesDifference(String(chars[from..<start]).lowercased())
    }

    /// Whether a difference word stands in the few Characters after the amount (`約3.2万元の節約`, `$300 of savings`).
    static func saysDifference(after figure: LocatedFigure, in chars: [Character]) -> Bool {
        let end = min(chars.count, max(0, figure.number.range.column - 1 + figure.number.range.length))
        var to = end
        // `~$700/month (34% savings)` says what another figure saves: the words stop at the next figure.
        while to < chars.count, to - end < reach, !"，,。；;：:".contains(chars[to]), !chars[to].isNumber { to += 1 }
        return namesDifference(String(chars[end..<to]).lowercased())
    }

    private static func namesDifference(_ before: String) -> Bool {
        differenceWords.contains { word in
            guard let range = before.range(of: word) else { return false }
            // Latin words whole: the `less` of `unless`, the `left` of `leftover` are not these.
            guard word.first?.isASCII == true || word.first.map({ "éèàç".contains($0) }) == true else { return true }
            let after = range.upperBound == before.endIndex ? " " : before[range.upperBound]
            let prior = range.lowerBound == before.startIndex ? " " : before[before.index(before: range.lowerBound)]
            return !after.isLetter && !prior.isLetter
        }
    }
}
