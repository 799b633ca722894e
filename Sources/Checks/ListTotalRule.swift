import Foundation
import GFM
import Numbers
import TextKit

/// A list item labelled as a total (`总计 = **0.13美元**`) equals the sum of the items before it,
/// each taken at its stated result (its computed value when it states none); so does a line of
/// prose that starts with a total word, after lines of components in the same paragraph.
struct ListTotalRule: PageRule {
    static let id = "list-total"
    static let guessesRelation = true

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let runsByLine = Dictionary(page.runs.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        // The heading's text, and that of `Other charges this quarter:` above a list (which names it
        // as a heading would: `Total other charges`), are read only for a list with a total.
        var heading: Node?
        var leadIn: Node?
        page.page.document.forEachBlock { node in
            switch node.kind {
            case .heading: heading = node; leadIn = nil
            case .paragraph: leadIn = node
            default: break
            }
            let heading = heading, leadIn = leadIn
            // A `**Total: …**` paragraph right under a list closes it like a last item; only a
            // container block holds a list.
            let holdsBlocks =
                switch node.kind {
                case .paragraph, .heading, .table, .codeBlock, .htmlBlock, .thematicBreak: false
                default: true
                }
            for (index, child) in node.children.enumerated() where holdsBlocks {
                guard case .list = child.kind, index + 1 < node.children.count,
                    node.children[index + 1].kind == .paragraph
                else { continue }
                let closing = Self.runs(ofParagraph: node.children[index + 1], runsByLine)
                guard let first = closing.first else { continue }
                let leadsWithTotal = Self.saysAllIn(first)
                guard leadsWithTotal || TotalWords.isTotal(Self.label(of: String(first.text))) else { continue }
                let items = child.children.map { Self.runs(of: $0, runsByLine) }
                // `2. 協賛金` over its own sublist and its `協賛金 計`: the item's amount is in the sublist.
                if Self.leavesAmountToSublist(child, items) { continue }
                // `- 合計：…＝８２０，５００円` then `総額は約 82 万円です。`: a list that closes with its own
                // total is said again under it, not added up once more.
                if let last = items.last?.first, TotalWords.isTotal(Self.label(of: String(last.text))) { continue }
                // The blocks of the container are visited before its children: the list's heading is
                // the last one before it among them.
                let listHeading = node.children[..<index].last { if case .heading = $0.kind { true } else { false } }
                check(
                    items + [closing],
                    section: (listHeading ?? heading)?.plainText ?? "", page: page,
                    file: file, into: &report, lastIsTotal: leadsWithTotal)
            }
            switch node.kind {
            case .list:
                let items = node.children.map { Self.runs(of: $0, runsByLine) }
                if Self.leavesAmountToSublist(node, items) { return }
                check(
                    items,
                    section: (heading?.plainText ?? "") + " " + (leadIn?.plainTextPrefix(moreThan: 80) ?? ""),
                    page: page,
                    file: file, into: &report)
            case .paragraph where node.span.end.line - node.span.start.line >= 2:
                let lines = (node.span.start.line...node.span.end.line).compactMap { runsByLine[$0] }
                // `Tarif de 21,40 € par` / `habitant : …`: a line ending on a rate's per word goes on below.
                if lines.contains(where: PerWords.endAfterLastFigure) { return }
                check(
                    lines.map { [$0] }, section: heading?.plainText ?? "", page: page, file: file, into: &report,
                    totalLeadsLine: true)
            default:
                break
            }
        }
    }

    private func check(
        _ items: [[TextRun]], section: @autoclosure () -> String, page: PageFigures, file: String,
        into report: inout RuleReport, totalLeadsLine: Bool = false, lastIsTotal: Bool = false
    ) {
        // A total and the two items it adds up at least each state a figure; most lists and
        // paragraphs have fewer, and their labels need not be read.
        guard items.count(where: { $0.contains { !$0.figures.isEmpty } }) >= 3 else { return }
        var start = 0
        for (index, runs) in items.enumerated() {
            let text = runs.map { String($0.text) }.joined(separator: " ")
            // The label is what stands before the item's colon or first figure: `合计：…`, `**Total: $21,550**`;
            // `その他 3 製品：合計 6,963万円` is an item that happens to total its own parts.
            let label = Self.label(of: text)
            let isTotal = TotalWords.isTotal(label) || lastIsTotal && index == items.count - 1
            if !totalLeadsLine, text.contains(where: { $0 == ":" || $0 == "：" }), !isTotal {
                continue
            }
            // `总计 2,169.30–2,943.40 美元` over items that are ranges: each end is the sum of the items' ends.
            if TotalWords.isTotal(label), let first = runs.flatMap(\.figures).first, first.number.rangePart == .lower {
                checkRangeTotal(
                    runs.flatMap(\.figures), items: Array(items[start..<index]), page: page, file: file, into: &report)
                start = index + 1
                continue
            }
            // The total is the line's first amount of each measure: `Total : 51 € (~45 200 FCFA)` adds up
            // to 51, not to its conversion (no item is in FCFA); `合計 1,000kg、375,300円` to both.
            // `合計 8,420 元。月 4,110 元の節約で割ると …`: the total stands before any calculation of its line.
            guard isTotal else { continue }
            // `**Total dépenses : 1 568 €**, soit un solde … 2 060 − 1 568 = 492 €` over two lines: the
            // total is on the first line, before any calculation of it.
            let totalRuns = Array(runs.prefix(1))
            let firstCalculated = totalRuns.lazy.flatMap { CalculationChain.chains(in: $0) }.flatMap { $0.parts }
                .flatMap(\.figures).map(\.column).min()
            if let firstCalculated, totalRuns.first?.figures.first?.column == firstCalculated {
                continue
            }
            // `合计：41,728.00 + 16,500.00 + …` with its result on the next line: the line adds the items up itself.
            if let run = totalRuns.first, let first = run.figures.first, first.number.unit == nil,
                Self.isAddedTo(first, in: run.characters)
            {
                continue
            }
            // Before a calculation only the first figure is the total (`1人あたり 41,820 ÷ 5` counts people).
            // `Total aliment 2024 : 18 147,80 €`: the year names the period totalled.
            let figures = totalRuns.flatMap(\.figures).filter { $0.number.rangePart == .none && !$0.isBareYear }
                .prefix(firstCalculated == nil ? Int.max : 1).filter { figure in
                    firstCalculated.map { figure.column < $0 } ?? true
                }
            let stateds = figures.indices.filter { index in
                !figures[..<index].contains { $0.number.unit?.measure == figures[index].number.unit?.measure }
            }.map { figures[$0] }
            let items = Array(items[start..<index])
            start = index + 1
            // `**Total entries: £7,865.00** (1,310 starts)`: beside a total in a unit, a bare figure counts something.
            let inUnits = stateds.filter { $0.number.unit != nil }
            for stated in inUnits.isEmpty ? stateds : inUnits {
                checkTotal(stated, of: items, label: label, section: section(), page: page, file: file, into: &report)
            }
        }
    }

    private func checkTotal(
        _ stated: LocatedFigure, of items: [[TextRun]], label: String, section: String, page: PageFigures,
        file: String, into report: inout RuleReport
    ) {
        // Items in another measure (`24 小时 × 30 天 ＝ 720 小时` above a sum in dollars) are no addends.
        // Each item as stated, and as its calculation gives it.
        var pairs = items.map { (Self.amount($0), Self.amount($0, asComputed: true)) }.filter {
            amount, _ in
            // A price per unit (`605,15 € je 1.000 l`) describes the items; it is no part of their total.
            if amount?.unit?.per != nil { return false }
            guard let unit = amount?.unit?.measure, let stated = stated.number.unit?.measure else { return true }
            return unit == stated
        }
        // Beside items in the total's unit, bare ones are counts (`8,470語` above `540,540円`).
        if let measure = stated.number.unit?.measure, pairs.contains(where: { $0.0?.unit?.measure == measure }) {
            pairs = pairs.filter { $0.0?.unit?.measure == measure }
        }
        // `18,500 个`, `237,000 只`, `62,500 斤` above `包装费合计约 9.87 万元`: bare items that each count
        // a different thing add up to no amount.
        // (`62,500 斤` among them, in a measure of its own, says as much.)
        if case .currency? = stated.number.unit?.measure, pairs.allSatisfy({ $0.0?.unit == nil }),
            Self.countDifferentThings(items) || pairs.count < items.count
        {
            return
        }
        let addends = pairs.map(\.0)
        guard addends.count >= 2, addends.allSatisfy({ $0 != nil }),
            let sum = TableTotalRule.sum(addends.compactMap { $0 }),
            InlineCalculationRule.unitsComparable(stated.number.unit, sum.unit)
        else { return }
        // `Gesamt netto nach Beitrag`: a total that goes on to name something else is checked only
        // where it is a plain sum; otherwise it is derived some other way.
        if TotalWords.namingWordsAfterTotal(label, section: section) >= 2,
            !Agreement.compare(stated: stated.number, computed: sum.value).isAgreement
        {
            return
        }
        // `3年間の合計で約3.2万元の節約`: a total of what is saved is no sum of what is spent.
        if let run = page.runs.first(where: { $0.line == stated.line }),
            RestatedDifferenceRule.saysDifference(after: stated, in: run.characters),
            !RestatedDifferenceRule.saysDifference(before: stated, in: run.characters)
        {
            return
        }
        // A total three times its items or more adds something from elsewhere (`On top of construction: … Project total`).
        if sum.value > 0, stated.number.value >= 3 * sum.value { return }
        // `３項目の合計は 200,000円 ＋ …`: a bare figure below the largest of positive items in a unit
        // counts them or averages them; it adds none of them up.
        let amounts = addends.compactMap { $0?.value }
        if stated.number.unit == nil, addends.contains(where: { $0?.unit != nil }), amounts.allSatisfy({ $0 >= 0 }),
            let largest = amounts.max(), stated.number.value < largest
        {
            return
        }
        // A total of what the items' calculations give, where one item states its result wrongly
        // (`１，４５０ｋＷ × ９．８０ ＝ １４，１２０` for 14,210), is right: the item is the finding.
        // One item worked out wrongly beside another written without its brackets (`195 + 85 × 6 = £1,680`)
        // is right as the others state it.
        let computedItems = pairs.map(\.1)
        let oneComputed = pairs.indices.lazy.compactMap { index -> Decimal? in
            guard let computed = pairs[index].1, let stated = pairs[index].0, computed.value != stated.value else {
                return nil
            }
            return sum.value - stated.value + computed.value
        }
        if computedItems.allSatisfy({ $0 != nil }),
            let computedSum = TableTotalRule.sum(computedItems.compactMap { $0 }),
            Agreement.compare(stated: stated.number, computed: computedSum.value).isAgreement
                || oneComputed.contains(where: { Agreement.compare(stated: stated.number, computed: $0).isAgreement })
        {
            report.relationsChecked += 1
            return
        }
        // `- requests $0.08, S3 GET $0.17, S3 PUT $2.10, logs $1.26`: an item may list several amounts.
        if let listed = Self.sumListingEveryAmount(items, measure: stated.number.unit?.measure),
            Agreement.compare(stated: stated.number, computed: listed).isAgreement
        {
            report.relationsChecked += 1
            return
        }
        // `- Harvest carrying: 310 h at €17.50/h = €5,425.00 … saving €3,797.50` above `Total saving`:
        // an item that works out what it costs may go on to the amount the list adds, its last.
        if let lasts = Self.sumOfLastAmounts(items, measure: stated.number.unit?.measure),
            Agreement.compare(stated: stated.number, computed: lasts).isAgreement
        {
            report.relationsChecked += 1
            return
        }
        // `- less 15 %: £4,491.00 × 0.15 = £673.65, so £3,817.35`: an item a deduction word opens takes
        // its amount off the ones above it.
        let deducts = pairs.count == items.count ? items.map(Self.opensWithDeduction) : []
        if deducts.contains(true) {
            let signed = zip(deducts, addends).compactMap { deducted, amount in
                amount.map { deducted ? -$0.value : $0.value }
            }
            if signed.count == addends.count,
                Agreement.compare(stated: stated.number, computed: signed.reduce(0, +)).isAgreement
            {
                report.relationsChecked += 1
                return
            }
        }
        // `6.35ドル` and `7.18ドル` above `13.52ドル`: items rounded to the cent may add up to a cent off
        // the total of what they round (as a table's rows may).
        if TableTotalRule.isCentOffRoundedAddends(stated.number, sum: sum.value) {
            report.relationsChecked += 1
            return
        }
        // `**Total : 2 403,60 €**` under the last of two sections' lists: the lists above it together.
        if Self.sumsOfListsAbove(stated.line, page: page).contains(where: {
            Agreement.compare(stated: stated.number, computed: $0).isAgreement
        }) {
            report.relationsChecked += 1
            return
        }
        report.compare(
            stated, computed: sum, rule: Self.id, file: file, locale: page.locale,
            explanation: "sum of the \(addends.count) items above", what: "total")
    }

    /// What the page's top-level lists before `line` add up to, the last two together, the last
    /// three, and so on; a list that closes with its own total counts as that total.
    private static func sumsOfListsAbove(_ line: Int, page: PageFigures) -> [Decimal] {
        let runsByLine = Dictionary(page.runs.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        let lists = page.page.document.children.filter {
            if case .list = $0.kind { $0.span.end.line < line } else { false }
        }
        var sums: [Decimal] = []
        var running: Decimal = 0
        for (count, list) in lists.reversed().enumerated() {
            let items = read(list, runsByLine)
            let value =
                items.last(where: \.isTotal)?.amount?.value
                ?? items.compactMap(\.amount?.value).reduce(0, +)
            running += value
            if count >= 1 { sums.append(running) }
        }
        return sums
    }

    /// The items' sum where an item with no calculation that states two amounts or more in the
    /// total's measure adds all of them; nil when no item does.
    private static func sumListingEveryAmount(_ items: [[TextRun]], measure: Measure?) -> Decimal? {
        var total = Decimal(0), listing = false
        for runs in items {
            // Amounts side by side, none an operand (`9名 × 10,000円`) nor in brackets after another.
            let amounts = Self.unbracketedAmounts(in: runs, measure: measure)
            let operators: Set<Character> = ["×", "÷", "=", "＝", "*", "+", "＋"]
            if amounts.count >= 2, runs.allSatisfy({ !$0.text.contains(where: operators.contains) }) {
                listing = true
                total += amounts.reduce(Decimal(0)) { $0 + $1.number.value }
            } else if let amount = Self.amount(runs) {
                total += amount.value
            }
        }
        return listing ? total : nil
    }

    /// An item's amounts in `measure`, not per anything nor inside brackets.
    private static func unbracketedAmounts(in runs: [TextRun], measure: Measure?) -> [LocatedFigure] {
        runs.flatMap { run in
            let chars = run.characters
            return run.figures.filter {
                $0.isPlainAmount && $0.number.unit?.per == nil && $0.number.unit?.measure == measure
                    && !Self.isBracketed($0, in: chars)
            }
        }
    }

    /// `That's £1,366 all in.` under a list: a few words, then an amount said to add everything up
    /// by the words right before or after it.
    private static func saysAllIn(_ run: TextRun) -> Bool {
        guard let first = run.figures.first, first.number.unit != nil, first.column <= 16 else { return false }
        let chars = run.characters
        let start = max(0, first.number.range.column - 1), end = min(chars.count, start + first.number.range.length)
        let before = String(chars[..<start]).lowercased()
        let after = String(chars[end..<min(chars.count, end + 14)]).lowercased().drop { $0 == " " }
        return totalLeadWords.contains { before.hasSuffix($0 + " ") || before.hasSuffix($0) || after.hasPrefix($0) }
    }

    private static let totalLeadWords = LanguageProfile.all.flatMap(\.totalLeadWords).map { $0.lowercased() }

    /// The sum of each item's last amount in `measure`, not per anything nor in a remark's brackets
    /// (`£780 (the quote went up from £690)`); nil when an item states none.
    private static func sumOfLastAmounts(_ items: [[TextRun]], measure: Measure?) -> Decimal? {
        var total = Decimal(0)
        for runs in items {
            guard let last = Self.unbracketedAmounts(in: runs, measure: measure).last else { return nil }
            total += last.number.value
        }
        return total
    }

    /// Whether an item states no figure of its own but holds a list that does: what it adds to the
    /// list's total is said inside it, which the list's own items do not show.
    private static func leavesAmountToSublist(_ list: Node, _ items: [[TextRun]]) -> Bool {
        zip(list.children, items).contains { item, runs in
            runs.allSatisfy(\.figures.isEmpty)
                && item.children.contains { if case .list = $0.kind { true } else { false } }
        }
    }

    private static let deductionOpeners = LanguageProfile.all.flatMap(\.deductionOpeners).map { $0.lowercased() }

    /// Whether an item opens with a word that takes it off (`less 15 %`, `moins la remise`, `减：`).
    private static func opensWithDeduction(_ item: [TextRun]) -> Bool {
        guard let first = item.first else { return false }
        return isDeduction(label: Self.label(of: String(first.text)))
    }

    /// Whether an item's label opens with a deduction word.
    static func isDeduction(label: String) -> Bool {
        let lowered = label.lowercased()
        return deductionOpeners.contains { lowered.hasPrefix($0) }
    }

    /// Whether a plus and a figure follow the figure (`41,728.00 + 16,500.00`), not bold's `**`.
    private static func isAddedTo(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        let end = figure.number.range.column - 1 + figure.number.range.length
        guard end <= chars.count else { return false }
        let rest = chars[end...].drop { $0 == " " }
        guard let plus = rest.first, plus == "+" || plus == "＋" else { return false }
        return rest.dropFirst().drop { $0 == " " }.first?.isNumber == true
    }

    /// Whether a figure stands inside brackets opened before it in its run.
    private static func isBracketed(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        var depth = 0
        for character in chars[..<min(chars.count, max(0, figure.number.range.column - 1))] {
            if character == "(" || character == "（" { depth += 1 }
            if character == ")" || character == "）" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// Whether each item's last figure is followed by a word, and the words differ.
    private static func countDifferentThings(_ items: [[TextRun]]) -> Bool {
        var words: Set<String> = []
        for runs in items {
            guard let run = runs.last(where: { !$0.figures.isEmpty }), let last = run.figures.last else { return false }
            let chars = run.characters
            var start = last.number.range.column - 1 + last.number.range.length
            if start < chars.count, chars[start] == " " { start += 1 }
            let word = String(chars[min(start, chars.count)...].prefix { $0.isLetter }.prefix(3))
            guard !word.isEmpty else { return false }
            words.insert(word.lowercased())
        }
        return words.count >= 2
    }

    /// A total stated as a range over items of ranges (and single amounts) in its measure: the
    /// lower end adds the items' lower ends, the upper end their upper ends.
    private func checkRangeTotal(
        _ figures: [LocatedFigure], items: [[TextRun]], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        guard figures.count >= 2, figures[0].number.rangePart == .lower, figures[1].number.rangePart == .upper,
            case .currency? = figures[0].number.unit?.measure
        else { return }
        let measure = figures[0].number.unit?.measure
        var lower: Decimal = 0, upper: Decimal = 0, ranges = 0
        for item in items {
            let inMeasure = item.flatMap(\.figures).filter {
                $0.number.unit?.measure == measure && $0.number.unit?.per == nil
            }
            if let end = inMeasure.lastIndex(where: { $0.number.rangePart == .upper }), end > 0,
                inMeasure[end - 1].number.rangePart == .lower
            {
                lower += inMeasure[end - 1].number.value
                upper += inMeasure[end].number.value
                ranges += 1
            } else if let amount = inMeasure.last {
                lower += amount.number.value
                upper += amount.number.value
            } else {
                return
            }
        }
        guard ranges >= 2 else { return }
        for (stated, sum) in [(figures[0], lower), (figures[1], upper)] {
            report.compare(
                stated, computed: Quantity(sum, stated.number.unit), rule: Self.id, file: file, locale: page.locale,
                explanation:
                    "sum of the \(items.count) items' \(stated.number.rangePart == .lower ? "lower" : "upper") ends above",
                what: "range total")
        }
    }

    /// What an item contributes: its calculation's stated result or computed value, else its last figure.
    static func amount(_ runs: [TextRun], asComputed: Bool = false) -> Quantity? {
        // `正職 4 人 × 36,000 ＝ 144,000 元；兼職 … ＝ 117,800 元；小計 261,800 元`: the item says its own sum.
        if let subtotal = subtotal(in: runs) { return subtotal.quantity }
        // `春季 4 站 × 6,800 = 27,200 元；秋季 5 站 × 6,800 = 34,000 元`: two calculations side by side
        // are two parts of the item.
        if let parts = separateCalculations(in: runs, asComputed: asComputed) { return parts }
        // `42,000 ÷ 6,000 = 7 次，每次 1,280 元，共 8,960 元`: a count worked out on the way is no amount.
        let lastMoney = runs.flatMap(\.figures).last { $0.isMoney && $0.number.unit?.per == nil }
        let firstMoney = runs.flatMap(\.figures).first { $0.isMoney && $0.number.unit?.per == nil }
        for run in runs {
            // `Donations: £386.40 (£386.40 / 3 = £128.80 a night)`: a calculation in brackets after the
            // item's amount is a remark on it.
            if let firstMoney,
                let opening = CalculationChain.chains(in: run).first?.parts.first(where: \.isComputation)?.figures
                    .first,
                opening.line != firstMoney.line || opening.column != firstMoney.column,
                Self.isInOpenBracket(opening, after: firstMoney, runs)
            {
                continue
            }
            if let chain = CalculationChain.chains(in: run).first, let (part, computed, result) = chain.computation {
                if let lastMoney, let result, !result.isMoney,
                    lastMoney.line > result.line || lastMoney.line == result.line && lastMoney.column > result.column
                {
                    return lastMoney.quantity
                }
                // `Révision des vents (12 + 10 + 9 = 31 × 28 €) : 868 €`: the amount after a worked count.
                if let lastMoney, result == nil || result?.isMoney == false,
                    let end = chain.parts.flatMap(\.figures).last,
                    lastMoney.line > end.line || lastMoney.line == end.line && lastMoney.column > end.column
                {
                    return lastMoney.quantity
                }
                var value = computed
                // `0.05 FTE × 9,000 ＝ 450 美元`, `2,016 kWh × 0.21 ＝ 423.36 歐元`: the result is in the
                // unit it is stated in.
                if asComputed, let stated = result,
                    InlineCalculationRule.unitsComparable(stated.number.unit, value.unit)
                {
                    return Quantity(value.value, stated.number.unit ?? value.unit)
                }
                if let stated = result {
                    // `540 × 20% ＝ 108万元`: the operands were in the result's scale all along.
                    if InlineCalculationRule.agreesLeniently(stated, value, part) { return stated.quantity }
                    // A wrong item is reported where it is written; the total adds what the page states.
                    if stated.number.unit.map({ $0.per == nil }) ?? true { return stated.quantity }
                    if let unit = stated.number.unit { value.unit = unit }
                }
                return value
            }
        }
        // `15 % de 9 171 € = 1 375,65 € (60 % de nos recettes …)`: a remark's share after the amount is none.
        if let last = runs.flatMap(\.figures).last, last.isPercent, let lastMoney { return lastMoney.quantity }
        // `校友捐款：12,000 元（感謝 98 級學長姐）`: a count in a remark after the amount is none either.
        if let last = runs.flatMap(\.figures).last, !last.isMoney, last.number.rangePart == .none, let lastMoney,
            Self.isInRemark(last, after: lastMoney, runs)
        {
            return lastMoney.quantity
        }
        // `巡检人工 9,600 元（2 人 × 4,800 元）`: an amount in a remark after the item's amount explains it.
        if let last = runs.flatMap(\.figures).last, last.isMoney,
            let amount = runs.flatMap(\.figures).first(where: { $0.isMoney && $0.number.unit?.per == nil }),
            amount.line != last.line || amount.column != last.column, Self.isInOpenBracket(last, after: amount, runs)
        {
            return amount.quantity
        }
        // `$575 — I had quotes from $450 to $700`: a range's ends are the alternatives, and
        // `5,788,800円（約579万円）` the amount said again, rounded.
        let figures = runs.flatMap(\.figures).filter { $0.number.rangePart == .none }
        guard let last = figures.last else { return runs.flatMap(\.figures).last?.quantity }
        if last.number.isApproximate,
            let precise = figures.dropLast().last(where: {
                $0.number.unit?.measure == last.number.unit?.measure
                    && Agreement.compare(stated: last.number, computed: $0.number.value).isAgreement
            })
        {
            return precise.quantity
        }
        return last.quantity
    }

    private static let subtotalWords = LanguageProfile.all.flatMap(\.subtotalWords).map { $0.lowercased() }

    /// Whether `figure` stands in brackets opened after `amount` on the same line.
    private static func isInRemark(_ figure: LocatedFigure, after amount: LocatedFigure, _ runs: [TextRun]) -> Bool {
        gap(to: figure, after: amount, runs)?.contains { $0 == "(" || $0 == "（" } ?? false
    }

    /// Whether `figure` stands inside brackets still open, opened after `amount` on the same line.
    private static func isInOpenBracket(_ figure: LocatedFigure, after amount: LocatedFigure, _ runs: [TextRun]) -> Bool
    {
        guard let gap = gap(to: figure, after: amount, runs),
            let open = gap.lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return false }
        return !gap[open...].contains { $0 == ")" || $0 == "）" }
    }

    /// The text between `amount` and a later `figure` of the same line, in the run that holds them.
    private static func gap(to figure: LocatedFigure, after amount: LocatedFigure, _ runs: [TextRun])
        -> ArraySlice<Character>?
    {
        guard figure.line == amount.line, figure.column > amount.column,
            let run = runs.first(where: { $0.figures.contains { $0.line == figure.line && $0.column == figure.column } }
            )
        else { return nil }
        return amount.gap(to: figure, in: run.characters)
    }

    /// The figure a subtotal word stands right before, in an item that works out its parts.
    private static func subtotal(in runs: [TextRun]) -> LocatedFigure? {
        for run in runs where run.figures.count >= 3 {
            let chars = run.characters
            for figure in run.figures.dropFirst(2) where figure.isMoney {
                let start = figure.number.range.column - 1
                guard start > 0, start <= chars.count else { continue }
                var lead = String(chars[max(0, start - 12)..<start]).lowercased()
                while let last = lead.last, last == " " || last == ":" || last == "：" || last == "*" {
                    lead.removeLast()
                }
                if subtotalWords.contains(where: { lead.hasSuffix($0) }) { return figure }
            }
        }
        return nil
    }

    /// The sum of an item's calculations when it holds two or more, each closing on a result in
    /// money, split by semicolons and feeding none of the others.
    private static func separateCalculations(in runs: [TextRun], asComputed: Bool) -> Quantity? {
        guard runs.count == 1, let run = runs.first, run.text.contains(where: { $0 == ";" || $0 == "；" }) else {
            return nil
        }
        let computations = CalculationChain.chains(in: run).compactMap(\.computation)
        guard computations.count >= 2 else { return nil }
        var values: [Quantity] = []
        for (_, computed, stated) in computations {
            guard let stated, stated.isMoney, stated.number.unit?.per == nil,
                !computations.contains(where: { other in
                    other.part.figures.contains { $0.line == stated.line && $0.column == stated.column }
                })
            else { return nil }
            values.append(asComputed ? Quantity(computed.value, stated.number.unit) : stated.quantity)
        }
        return TableTotalRule.sum(values)
    }

    /// What an item or line says before its colon, equals sign or first figure.
    static func label(of text: String) -> String {
        if let label = scalarLabel(of: text) { return label }
        return String(
            text.drop { !$0.isLetter }.prefix { !$0.isNumber && $0 != ":" && $0 != "：" && $0 != "=" && $0 != "＝" })
    }

    /// `label(of:)` read by scalars, as far as the label's end, where each scalar read and the
    /// one after it is a Character of its own (ASCII, most CJK and accented text): such a
    /// Character is a letter or a number as its scalar's properties say. Nil where a scalar may
    /// join its neighbour: the Characters are read then. Every list item and line of a page is
    /// asked for its label.
    private static func scalarLabel(of text: String) -> String? {
        let scalars = text.unicodeScalars
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard CharacterColumns.isOneScalarCharacter(scalar) else { return nil }
            // The label starts at the first letter, which may itself end it (`万`, a letter and a number).
            if start == nil, scalar.properties.isAlphabetic { start = index }
            if let start,
                scalar.properties.numericType != nil || scalar == ":" || scalar == "：" || scalar == "=" || scalar == "＝"
            {
                let next = scalars.index(after: index)
                guard next == scalars.endIndex || CharacterColumns.isOneScalarCharacter(scalars[next]) else {
                    return nil
                }
                return String(scalars[start..<index])
            }
            index = scalars.index(after: index)
        }
        return start.map { String(scalars[$0...]) } ?? ""
    }

    static func runs(ofParagraph paragraph: Node, _ runsByLine: [Int: TextRun]) -> [TextRun] {
        guard paragraph.span.start.line > 0 else { return [] }
        return (paragraph.span.start.line...max(paragraph.span.start.line, paragraph.span.end.line)).compactMap {
            runsByLine[$0]
        }
    }

    /// One item of a list as the list rules read it: its label, whether it is a total line, and
    /// the amount it states.
    struct ReadItem {
        var node: Node
        var label: String
        var isTotal: Bool
        var amount: Quantity?
    }

    /// The items of a list node, each read once: what the list sums and the list shares ask of them.
    static func read(_ list: Node, _ runsByLine: [Int: TextRun]) -> [ReadItem] {
        list.children.map { item in
            let runs = runs(of: item, runsByLine)
            let label = label(of: runs.map { String($0.text) }.joined(separator: " "))
            return ReadItem(node: item, label: label, isTotal: TotalWords.isTotal(label), amount: amount(runs))
        }
    }

    /// The runs of an item's own paragraphs (not those of nested lists).
    static func runs(of item: Node, _ runsByLine: [Int: TextRun]) -> [TextRun] {
        item.children.filter { $0.kind == .paragraph }.flatMap { runs(ofParagraph: $0, runsByLine) }
    }
}
