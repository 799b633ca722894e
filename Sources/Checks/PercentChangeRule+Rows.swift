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
            let sentence = Self.sentence(around: percent, in: chars)
            let others = run.figures.filter {
                $0.column != percent.column && sentence.contains($0.number.range.column - 1)
            }
            guard let isDecrease = Self.comparesDownward(percent, sentence: sentence, chars: chars) else { continue }
            let said = String(chars[sentence])
            for table in page.tables {
                let named = table.rowLabels.indices.filter {
                    !table.isTotalRow($0) && Self.names(said, label: table.rowLabels[$0])
                }
                // Other figures of the sentence may only be part of the names (`iPhone 14 屏`), never amounts.
                guard named.count == 2,
                    others.allSatisfy({ other in
                        other.number.unit == nil && named.contains { table.rowLabels[$0].contains(other.number.text) }
                    })
                else { continue }
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
                        case .currency? = a.number.unit?.measure,
                        Self.sameMeasure(a.number, b.number), a.number.value > 0, b.number.value > 0
                    else { continue }
                    let (x, y) = (a.number.value, b.number.value)
                    let change = (x - y).magnitude / (isDecrease ? max(x, y) : min(x, y)) * 100
                    // An amount a month is an amount still; a price per page or per MWh is a price.
                    if SummaryFigureRule.isAmountOrPerPeriod(a.number.unit) {
                        amounts.append(change)
                    } else {
                        prices.append(change)
                    }
                }
                let explanation =
                    "the rows '\(table.rowLabels[named[0]])' and '\(table.rowLabels[named[1]])' of table \(table.index)"
                if prices.contains(where: { Agreement.compare(stated: percent.number, computed: $0).isAgreement }) {
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

    /// Whether the comparison word right around a percentage says less (true) or more (false);
    /// nil when it says neither or both.
    static func comparesDownward(_ percent: LocatedFigure, sentence: Range<Int>, chars: [Character]) -> Bool? {
        let start = max(sentence.lowerBound, percent.number.range.column - 1 - 6)
        let end = min(sentence.upperBound, percent.number.range.column - 1 + percent.number.range.length + 14)
        guard start < end else { return nil }
        let around = String(chars[start..<end]).lowercased()
        let isDecrease = comparisonDecrease.contains(where: around.contains)
        let isIncrease = comparisonIncrease.contains(where: around.contains)
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
