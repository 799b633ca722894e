import Foundation
import Numbers

extension PercentChangeRule {
    /// `Option A is 64.2% cheaper than Option B`, `A 案は B 案より 64.2% 安く` over a table whose
    /// columns are the options and whose total row gives each one's cost: a comparison of the two
    /// columns' totals. The names are the columns' headers up to a colon (`Option A: cloud GPUs`);
    /// the one before the percentage and the first after it are compared. Only a percentage taken
    /// on the other column's total (the wrong base) is reported: a sentence may compare something
    /// other than the totals.
    func checkColumnComparison(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for percent in run.figures where percent.number.unit?.measure == .percent && percent.number.rangePart == .none {
            let whole = Self.sentence(around: percent, in: chars)
            guard let isDecrease = Self.comparesDownward(percent, sentence: whole, chars: chars),
                !run.figures.contains(where: { other in
                    other.column != percent.column && other.isMoney && whole.contains(other.number.range.column - 1)
                })
            else { continue }
            let lowered = chars[whole].map { Character($0.lowercased().count == 1 ? $0.lowercased() : String($0)) }
            let at = percent.number.range.column - 1 - whole.lowerBound
            for table in page.tables {
                // `Option A is … cheaper than Option B`: one name on each side; `A 案は B 案より … 安く`: both before.
                guard let totals = Self.columnTotals(of: table) else { continue }
                let named = Self.names(of: totals, in: lowered, before: at)
                var pair = named.suffix(2)
                if pair.count == 1,
                    let after = Self.firstName(of: totals, in: lowered, after: at + percent.number.range.length),
                    after.column != pair[pair.startIndex].column
                {
                    pair.append(after)
                }
                guard pair.count == 2 else { continue }
                let (before, after) = (pair[pair.startIndex], pair[pair.startIndex + 1])
                let (a, b) = (before.total, after.total)
                let base = isDecrease ? max(a, b) : min(a, b)
                let other = isDecrease ? min(a, b) : max(a, b)
                guard base > 0, other > 0 else { continue }
                guard
                    Self.judgeBase(
                        percent, right: abs(a - b) / base * 100, wrong: abs(a - b) / other * 100,
                        explanation:
                            "the totals of '\(Self.header(before.column, of: table))' and '\(Self.header(after.column, of: table))' in table \(table.index), on the \(isDecrease ? "larger" : "smaller")",
                        what: "percentage comparison", page: page, file: file, into: &report)
                else { continue }
                break
            }
        }
    }

    /// A percentage that agrees with the difference on the `right` base is checked; one that
    /// agrees with it on the other base (`wrong`) is the wrong-base slip. Nothing is said otherwise:
    /// false when the percentage is neither.
    static func judgeBase(
        _ percent: LocatedFigure, right: Decimal, wrong: Decimal, explanation: @autoclosure () -> String,
        what: String, page: PageFigures, file: String, into report: inout RuleReport
    ) -> Bool {
        if Agreement.compare(stated: percent.number, computed: right).isAgreement {
            report.relationsChecked += 1
            return true
        }
        guard Agreement.compare(stated: percent.number, computed: wrong).isAgreement else { return false }
        report.compare(
            percent, computed: Quantity(right, percent.number.unit), rule: id, file: file, locale: page.locale,
            explanation: explanation(), what: what, knownSlip: true)
        return true
    }

    /// A column's name (its header up to a colon, lowercased) and the amount of the table's last
    /// total row in it, for each column of amounts; nil when the table has no total row.
    private static func columnTotals(of table: CheckedTable) -> [(column: Int, name: String, total: Decimal)]? {
        guard let row = table.rowLabels.indices.last(where: { table.isTotalRow($0) }) else { return nil }
        let columns = (1..<max(1, table.columnCount)).compactMap { column -> (Int, String, Decimal)? in
            guard let cell = table.cells[row][safe: column] ?? nil, cell.number.unit?.measure != .percent,
                cell.number.unit?.per == nil, cell.number.value > 0
            else { return nil }
            let header = PageFigures.cleanLabel(table.header[safe: column] ?? "")
            let name = header.prefix { $0 != ":" && $0 != "：" && $0 != "(" && $0 != "（" }
                .trimmingCharacters(in: .whitespaces).lowercased()
            guard LabelName.isDistinctive(name) else { return nil }
            return (column, name, cell.number.value)
        }
        return columns.count >= 2 ? columns : nil
    }

    private static func header(_ column: Int, of table: CheckedTable) -> String {
        PageFigures.cleanLabel(table.header[safe: column] ?? "")
    }

    private static func occurrences(of name: String, in text: [Character]) -> [Int] {
        let needle = Array(name)
        guard !needle.isEmpty, text.count >= needle.count else { return [] }
        return (0...(text.count - needle.count)).filter { start in
            text[start..<(start + needle.count)].elementsEqual(needle)
                // A Latin name stands alone: `option a`, not the start of `option ab`.
                && (start + needle.count == text.count
                    || !(needle.last!.isASCII && text[start + needle.count].isLetter))
        }
    }

    /// The columns named before `at`, each once, in the order of their last mention.
    private static func names(
        of totals: [(column: Int, name: String, total: Decimal)], in text: [Character], before at: Int
    )
        -> [(column: Int, name: String, total: Decimal)]
    {
        totals.compactMap { entry in occurrences(of: entry.name, in: text).last(where: { $0 < at }).map { (entry, $0) }
        }
        .sorted { $0.1 < $1.1 }.map(\.0)
    }

    private static func firstName(
        of totals: [(column: Int, name: String, total: Decimal)], in text: [Character], after at: Int
    )
        -> (column: Int, name: String, total: Decimal)?
    {
        totals.compactMap { entry in
            occurrences(of: entry.name, in: text).first(where: { $0 >= at }).map { (entry, $0) }
        }
        .min { $0.1 < $1.1 }?.0
    }
}
