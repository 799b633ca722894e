import Foundation
import Numbers

extension PercentChangeRule {
    /// `Vendor B is 73.3% cheaper than A`, `B 案は A 案より 12.5% 高い`: a percentage and a comparison
    /// word in a sentence that states no amount but names two rows of one table by their labels.
    /// The rows' amounts (cells in a currency, not per anything) compare as prices said side by
    /// side do, in their one column of amounts; with several such columns only a slip of the pen
    /// against one of them is reported.
    func checkRowComparison(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for percent in run.figures where percent.number.unit?.measure == .percent && percent.number.rangePart == .none {
            let whole = Self.sentence(around: percent, in: chars)
            guard let isDecrease = Self.comparesDownward(percent, sentence: whole, chars: chars) else { continue }
            for table in page.tables {
                guard let named = Self.comparedRows(of: table, by: percent, in: run, sentence: whole, chars: chars)
                else { continue }
                let (amounts, prices) = Self.changes(
                    between: named.rows, of: table, said: named.said, difference: named.difference, isDecrease)
                let explanation =
                    "the rows '\(table.rowLabels[named.rows[0]])' and '\(table.rowLabels[named.rows[1]])' of table \(table.index)"
                if prices.contains(where: { Agreement.compare(stated: percent.number, computed: $0).isAgreement }) {
                    report.relationsChecked += 1
                } else if amounts.count == 1,
                    Self.changeSpan(between: named.rows, of: table, isDecrease).contains(where: {
                        $0.contains(percent.number.value)
                    })
                {
                    // `0,37 $` and `0,63 $` are rounded costs: the percentage may come from the amounts before rounding.
                    report.relationsChecked += 1
                } else if amounts.count == 1 {
                    // One column of amounts leaves one reading; with several, only a slip of one tells which.
                    report.compare(
                        percent, computed: Quantity(amounts[0], percent.number.unit), rule: Self.id, file: file,
                        locale: page.locale, explanation: explanation, what: "percentage comparison")
                } else if !amounts.isEmpty {
                    report.compareAsSlip(
                        percent, readings: amounts, rule: Self.id, file: file, locale: page.locale,
                        explanation: explanation, what: "percentage comparison")
                } else {
                    continue
                }
                break
            }
        }
    }

    /// The two rows of `table` the percentage's sentence (or clause) names, its text, and the
    /// difference it states between them (`B 社は A 社より 280,000 円（13.1%）高く`); nil unless it
    /// names exactly two and states no other amount.
    private static func comparedRows(
        of table: CheckedTable, by percent: LocatedFigure, in run: TextRun, sentence whole: Range<Int>,
        chars: [Character]
    ) -> (rows: [Int], said: String, difference: LocatedFigure?)? {
        // `云译通比语桥便宜 45.6%，博文比语桥便宜 9.1%`: two comparisons in one sentence, a clause each.
        var sentence = whole
        var named = namedRows(of: table, in: String(chars[sentence]))
        if named.count > 2 {
            sentence = clause(around: percent, within: whole, in: chars)
            named = namedRows(of: table, in: String(chars[sentence]))
        }
        let others = run.figures.filter {
            $0.column != percent.column && sentence.contains($0.number.range.column - 1)
        }
        // Other figures of the sentence may only be part of the names (`iPhone 14 屏`), or one amount
        // of money: the difference, which tells the column.
        let isName = { (other: LocatedFigure) in
            other.number.unit == nil && named.contains { table.rowLabels[$0].contains(other.number.text) }
        }
        let amounts = others.filter { !isName($0) }
        guard named.count == 2, amounts.count <= 1 else { return nil }
        if let difference = amounts.first {
            guard case .currency? = difference.number.unit?.measure, difference.number.unit?.per == nil,
                difference.number.rangePart == .none, difference.number.value > 0
            else { return nil }
        }
        return (named, String(chars[sentence]), amounts.first)
    }

    /// The change between the two rows in each column of amounts (or only the column the sentence
    /// names), and in each column of prices per unit.
    private static func changes(
        between named: [Int], of table: CheckedTable, said: String, difference: LocatedFigure?, _ isDecrease: Bool
    ) -> (amounts: [Decimal], prices: [Decimal]) {
        // `iPhone 14 屏单价比 iPhone 13 屏高 26.9%`: a column the sentence names is the one compared.
        let namedColumns = (0..<table.columnCount).filter { column in
            guard named.allSatisfy({ (table.cells[$0][safe: column] ?? nil) != nil }) else { return false }
            let header = PageFigures.cleanLabel(table.header[safe: column] ?? "")
                .prefix { $0 != "(" && $0 != "（" }.trimmingCharacters(in: .whitespaces).lowercased()
            return LabelName.isDistinctive(header) && said.lowercased().contains(header)
        }
        // Amounts first; prices per unit (`€/MWh`) compare the rows too when the sentence means them.
        var amounts: [Decimal] = [], prices: [Decimal] = []
        for column in namedColumns.count == 1 ? namedColumns : Array(0..<table.columnCount) {
            guard let a = table.cells[named[0]][safe: column] ?? nil,
                let b = table.cells[named[1]][safe: column] ?? nil,
                a.number.value > 0, b.number.value > 0
            else { continue }
            let (x, y) = (a.number.value, b.number.value)
            // A stated difference picks the one column the two rows differ by it in, whose amounts
            // may leave their currency to the sentence.
            if let difference {
                guard a.number.unit == nil && b.number.unit == nil || a.number.unit == difference.number.unit,
                    sameMeasure(a.number, b.number) || a.number.unit == nil && b.number.unit == nil,
                    Agreement.compare(stated: difference.number, computed: (x - y).magnitude).isAgreement
                else { continue }
                amounts.append((x - y).magnitude / (isDecrease ? max(x, y) : min(x, y)) * 100)
                continue
            }
            guard case .currency? = a.number.unit?.measure, sameMeasure(a.number, b.number) else { continue }
            let change = (x - y).magnitude / (isDecrease ? max(x, y) : min(x, y)) * 100
            // An amount a month is an amount still; a price per page or per MWh is a price.
            if SummaryFigureRule.isAmountOrPerPeriod(a.number.unit) {
                amounts.append(change)
            } else {
                prices.append(change)
            }
        }
        return (amounts, prices)
    }

    /// For each column of amounts of the two rows, every change the amounts give for any values
    /// they round from (`0,37 $` is 0,365 to 0,375).
    private static func changeSpan(between named: [Int], of table: CheckedTable, _ isDecrease: Bool)
        -> [ClosedRange<Decimal>]
    {
        (0..<table.columnCount).compactMap { column in
            guard let a = table.cells[named[0]][safe: column] ?? nil,
                let b = table.cells[named[1]][safe: column] ?? nil,
                case .currency? = a.number.unit?.measure, sameMeasure(a.number, b.number),
                a.number.value > a.number.halfQuantum, b.number.value > b.number.halfQuantum
            else { return nil }
            let changes = [a.number.value - a.number.halfQuantum, a.number.value + a.number.halfQuantum].flatMap { x in
                [b.number.value - b.number.halfQuantum, b.number.value + b.number.halfQuantum].map { y in
                    (x - y).magnitude / (isDecrease ? max(x, y) : min(x, y)) * 100
                }
            }
            return changes.min()!...changes.max()!
        }
    }

    /// The rows a sentence names; `GPT-4o` inside `GPT-4o mini` names only the longer label.
    private static func namedRows(of table: CheckedTable, in said: String) -> [Int] {
        var text = said
        var named: [Int] = []
        let rows = table.rowLabels.indices.filter { !table.isTotalRow($0) }
        for row in rows.sorted(by: { table.rowLabels[$0].count > table.rowLabels[$1].count })
        where names(text, label: table.rowLabels[row]) {
            named.append(row)
            let label = PageFigures.cleanLabel(table.rowLabels[row]).trimmingCharacters(in: .whitespaces)
            if !label.isEmpty { text = text.replacingOccurrences(of: label, with: " ", options: .caseInsensitive) }
        }
        return named.sorted()
    }

    /// The part of a sentence between the clause marks around a figure (`，`, `;`, `, `).
    static func clause(around figure: LocatedFigure, within sentence: Range<Int>, in chars: [Character]) -> Range<Int> {
        let at = figure.number.range.column - 1
        // A Latin comma ends a clause only before a space: `42,990` is one figure.
        let isMark = { (i: Int) in
            let c = chars[i]
            return c == "，" || c == "；" || c == ";" || c == "、"
                || c == "," && i + 1 < chars.count && chars[i + 1] == " "
        }
        var start = at, end = at + figure.number.range.length
        while start > sentence.lowerBound, !isMark(start - 1) { start -= 1 }
        while end < sentence.upperBound, !isMark(end) { end += 1 }
        return start..<end
    }

    /// Whether the comparison word right around a percentage says less (true) or more (false);
    /// nil when it says neither or both.
    static func comparesDownward(_ percent: LocatedFigure, sentence: Range<Int>, chars: [Character]) -> Bool? {
        let start = max(sentence.lowerBound, percent.number.range.column - 1 - 6)
        let end = min(sentence.upperBound, percent.number.range.column - 1 + percent.number.range.length + 14)
        guard start < end else { return nil }
        return comparesDownward(String(chars[start..<end]))
    }

    /// Whether a text's comparison words say less (true) or more (false); nil when neither or both.
    static func comparesDownward(_ text: String) -> Bool? {
        let said = text.lowercased()
        let isDecrease = comparisonDecrease.contains(where: { said.containsLiteral($0) })
        let isIncrease = comparisonIncrease.contains(where: { said.containsLiteral($0) })
        return isDecrease == isIncrease ? nil : isDecrease
    }

    /// Whether a sentence names a row by its whole label, standing alone: `B` in `Vendor B is`, not
    /// in `Batch`; a label of one or two letters only as written, since `a` is also a word.
    static func names(_ sentence: String, label: String) -> Bool {
        let name = PageFigures.cleanLabel(label).trimmingCharacters(in: .whitespaces)
        guard !name.isEmpty, name.count <= 40 else { return false }
        let text = name.count <= 2 ? sentence : sentence.lowercased()
        let wanted = name.count <= 2 ? name : name.lowercased()
        var from = text.startIndex
        while let found = text.range(of: wanted, range: from..<text.endIndex) {
            let before = found.lowerBound == text.startIndex ? nil : text[text.index(before: found.lowerBound)]
            let after = found.upperBound == text.endIndex ? nil : text[found.upperBound]
            func isWordCharacter(_ c: Character?) -> Bool {
                guard let c else { return false }
                return (c.isLetter || c.isNumber) && c.isASCII
            }
            if !isWordCharacter(before), !isWordCharacter(after) { return true }
            from = found.upperBound
        }
        return false
    }
}
