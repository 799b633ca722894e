import Foundation
import Numbers

/// A sentence that gives a table row's share of its total as a percentage (`Microsoft 365 macht
/// 77,9 % der monatlichen Lizenzkosten aus`, `ワークステーション本体が小計の 76.1% を占める`) agrees
/// with the row's amount divided by the total row's, in one of the columns they both fill.
///
/// The sentence must name exactly one row of a table with a total row, hold exactly one
/// percentage and a share word; a share that is far from every column's (more than a fifth off)
/// is about something else and is left alone.
struct ShareRule: PageRule {
    static let id = "share"
    static let guessesRelation = true

    private static let shareWords = LanguageProfile.all.flatMap(\.shareWords).map { $0.lowercased() }
    static let farOff = 0.2

    /// How a sentence may name a row: its label, without its bracketed detail, or without its
    /// first or last word (`Microsoft 365` for `Microsoft 365 E3`, `ワークステーション` for
    /// `GPU ワークステーション（RTX 4090 ×1）`), or its first word alone; four characters at
    /// least, or two ideographs.
    static func mentions(of label: String) -> [String] {
        let lowered = label.lowercased()
        let bare = String(lowered.prefix { $0 != "(" && $0 != "（" }).trimmingCharacters(in: .whitespaces)
        let words = bare.split(separator: " ")
        var names = [lowered, bare]
        if words.count >= 2 {
            names.append(words.dropLast().joined(separator: " "))
            names.append(words.dropFirst().joined(separator: " "))
            // `Die Löhne machen 43,5 % der Kosten aus` for the row `Löhne Giesser und Schleifer`.
            names.append(String(words[0]))
        }
        return names.filter(LabelName.isDistinctive)
    }

    /// Whether a total row's label says it adds up only part of the page (`小計`, `Total charges fixes`).
    static func namesAPart(_ label: String) -> Bool {
        let clean = PageFigures.cleanLabel(label)
        return TotalWords.isSubtotal(clean) || TotalWords.namingWordsAfterTotal(clean) > 0
    }

    /// A list of amounts with a total: its items' labels and amounts, and what they add up to as
    /// written and as summed.
    struct ListParts {
        var labels: [String]
        var amounts: [Decimal]
        var totals: [Decimal]
        var totalLabel: String
    }

    /// `- LPG for the burners: … = £9,928` … `- **Total: £24,969**`: each list with a total line.
    static func lists(of page: PageFigures) -> [ListParts] {
        let runsByLine = Dictionary(page.runs.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        var lists: [ListParts] = []
        page.page.document.forEachBlock { node in
            guard case .list = node.kind, node.children.count >= 3 else { return }
            var labels: [String] = [], amounts: [Decimal] = [], unit: FigureUnit?
            for item in ListTotalRule.read(node, runsByLine) {
                guard let amount = item.amount, case .currency? = amount.unit?.measure,
                    amount.unit?.per == nil, unit == nil || unit?.measure == amount.unit?.measure
                else { continue }
                unit = unit ?? amount.unit
                if item.isTotal {
                    guard amounts.count >= 2 else { return }
                    let added = amounts.reduce(0, +)
                    lists.append(
                        ListParts(
                            labels: labels, amounts: amounts, totals: Array(Set([amount.value, added])),
                            totalLabel: item.label))
                    return
                }
                labels.append(item.label)
                amounts.append(amount.value)
            }
        }
        return lists
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let tables = page.tables.filter { table in table.rowLabels.indices.contains { table.isTotalRow($0) } }
        // Lists are asked for only on pages that have a percentage outside a table.
        let lists = page.runs.contains { run in run.figures.contains { $0.isPercent } } ? Self.lists(of: page) : []
        guard !tables.isEmpty || !lists.isEmpty else { return }
        // Only a run that states a percentage has its Characters gathered.
        for run in page.runs where run.figures.contains(where: { $0.number.unit?.measure == .percent }) {
            let chars = run.characters
            for stated in run.figures where stated.number.unit?.measure == .percent {
                check(
                    stated, in: run, chars: chars, tables: tables, lists: lists, page: page, file: file, into: &report)
            }
        }
    }

    /// One percentage and the sentence around it (`曲柄佔總額 45.1%，是最大宗。` of a longer line).
    private func check(
        _ stated: LocatedFigure, in run: TextRun, chars: [Character], tables: [CheckedTable], lists: [ListParts],
        page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let bounds = SentenceBounds.range(around: stated, in: chars)
        let sentence = run.figures.filter { bounds.contains($0.number.range.column - 1) }
        // The sentence states the share and nothing else: with other amounts in it
        // (`2,304 kWh … 占 6 月用电量的 19.4%`) the named row may be the whole, not the part.
        let percents = sentence.filter { $0.number.unit?.measure == .percent }
        guard stated.number.rangePart == .none, !percents.isEmpty else { return }
        // `LPG is 40.2 % of the bill and electricity 32.4 %`: with several shares in one sentence, each
        // names its row in the words since the share before it, and only list items are asked.
        let isAlone = percents.count == 1
        guard isAlone || !lists.isEmpty else { return }
        let from =
            isAlone
            ? bounds.lowerBound
            : (percents.last { $0.column < stated.column }.map { $0.number.range.column - 1 + $0.number.range.length }
                ?? bounds.lowerBound)
        let naming = String(chars[from..<max(from, stated.number.range.column - 1)]).lowercased()
        let lowered = String(chars[bounds]).lowercased()
        // Other figures may only be part of a name (`Microsoft 365`) or a count of time (`1日だけ`), never amounts.
        let others = sentence.filter { $0.number.unit?.measure != .percent }
        guard
            others.allSatisfy({ other in
                if case .count(let thing)? = other.number.unit?.measure, thing.isPeriod { return true }
                // `1日だけ`, `3 days`: a small whole count is no whole the share is of.
                if other.number.unit == nil, other.number.value <= 31, other.number.precision.fractionDigits == 0 {
                    return true
                }
                return other.number.unit == nil && other.number.text.allSatisfy(\.isNumber)
                    && tables.contains { $0.rowLabels.contains { $0.contains(other.number.text) } }
            })
        else { return }
        guard Self.shareWords.contains(where: { lowered.contains($0) }) else { return }
        var candidates: [(part: Decimal, whole: Decimal, label: String, total: String)] = []
        var named = 0
        for list in lists {
            for (label, amount) in zip(list.labels, list.amounts)
            where Self.mentions(of: label).contains(where: { naming.contains($0) }) {
                named += 1
                candidates += list.totals.filter { $0 > 0 }.map { (amount, $0, label, list.totalLabel) }
            }
        }
        let fromLists = candidates.count
        for table in tables where isAlone {
            for (row, label) in table.rowLabels.enumerated()
            where !table.isTotalRow(row)
                && Self.mentions(of: label).contains(where: { lowered.contains($0) })
            {
                named += 1
                // The total the share is of: a total row below the named row, a subtotal or the whole.
                for totalRow in table.rowLabels.indices where totalRow > row && table.isTotalRow(totalRow) {
                    for column in 1..<max(1, table.columnCount) {
                        guard let part = table.cells[row][safe: column] ?? nil,
                            let whole = table.cells[totalRow][safe: column] ?? nil,
                            whole.number.value != 0, part.number.unit?.measure != .percent
                        else { continue }
                        candidates.append((part.number.value, whole.number.value, label, table.rowLabels[totalRow]))
                        // A total row that adds wrongly is its own finding; the share may be of what the rows add up to.
                        let above = (0..<totalRow).filter { !table.isTotalRow($0) }.compactMap {
                            table.cells[$0][safe: column] ?? nil
                        }
                        let added = above.reduce(Decimal(0)) { $0 + $1.number.value }
                        if above.count >= 2, added != whole.number.value, added != 0 {
                            candidates.append((part.number.value, added, label, table.rowLabels[totalRow]))
                            // …or the named row's cell is the one that slipped, and the total its true value
                            // with the others: the share is then of what the total leaves it.
                            let implied = whole.number.value - (added - part.number.value)
                            if implied > 0 {
                                candidates.append((implied, whole.number.value, label, table.rowLabels[totalRow]))
                            }
                        }
                    }
                }
            }
        }
        guard named == 1, !candidates.isEmpty else { return }
        let fromTables = candidates.count - fromLists
        let shares = candidates.map { ($0, $0.part / $0.whole * 100) }
        if shares.contains(where: { Agreement.compare(stated: stated.number, computed: $0.1).isAgreement }) {
            report.relationsChecked += 1; return
        }
        let statedValue = stated.number.value.asDouble
        // `小計の1.2%` for 12.3 %: the decimal point slipped; the share is this one all the same.
        let tenfold = shares.filter { share in
            [Decimal(10), Decimal(1) / 10].contains {
                Agreement.compare(stated: stated.number, computed: share.1 / $0).isAgreement
            }
        }
        if tenfold.count == 1, let share = tenfold.first {
            report.compare(
                stated, computed: Quantity(share.1, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale, explanation: "'\(share.0.label)' ÷ '\(share.0.total)'", what: "share")
            return
        }
        // `Labour accounts for 57.7 % of O&M` where labour's row is 42.3 % of the total: the share of
        // the rest, said of the row named. Only a table's share, of the whole, may be turned so.
        let complements = shares.filter { share in
            fromTables > 0 && !Self.namesAPart(share.0.total)
                && Agreement.compare(stated: stated.number, computed: 100 - share.1).isAgreement
        }
        if complements.count == 1, let share = complements.first, share.1 != 50 {
            report.compare(
                stated, computed: Quantity(share.1, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale, explanation: "'\(share.0.label)' ÷ '\(share.0.total)'", what: "share")
            return
        }
        guard let nearest = shares.min(by: { abs($0.1.asDouble - statedValue) < abs($1.1.asDouble - statedValue) }),
            abs(nearest.1.asDouble - statedValue) <= Self.farOff * abs(nearest.1.asDouble)
                || fromTables == 0 && DigitSlip.isPreciseSlip(stated.number, of: nearest.1),
            // Against a subtotal (`Total charges fixes`), the sentence's "total" may be a whole
            // elsewhere: beyond a tenth off, only a slip of the pen says it is this one.
            !Self.namesAPart(nearest.0.total)
                || abs(nearest.1.asDouble - statedValue) <= Self.farOff / 2 * abs(nearest.1.asDouble)
                || DigitSlip.isPreciseSlip(stated.number, of: nearest.1),
            // A list's items may be a part of a whole the sentence names elsewhere (`観光宣伝費は収入の
            // 37.8%`, of revenue, not of the list of outlays): against a list, only a slip of the pen counts.
            fromTables > 0 || DigitSlip.isPreciseSlip(stated.number, of: nearest.1)
        else { return }
        report.compare(
            stated, computed: Quantity(nearest.1, stated.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation: "'\(nearest.0.label)' ÷ '\(nearest.0.total)'", what: "share")
    }
}
