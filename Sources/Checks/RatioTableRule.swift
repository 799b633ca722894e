import Foundation
import Numbers

/// A table of percentages whose rows are another table's rows (`| Yokohama | 32.0% | 34.1% | 13.8% |`
/// under `| Yokohama | 2,760,000 | 883,200 | … | 326,800 |`): each percentage column is one column
/// of the other table divided by another, row by row. The pair of columns is found from the rows
/// themselves; a row that breaks it is reported.
///
/// The pair must hold in every shared row but one, and in two rows at least, to a tenth of a
/// percent or finer as written, so a column that only looks like a ratio never becomes one.
struct RatioTableRule: PageRule {
    static let id = "ratio-table"
    static let guessesRelation = true

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        guard !page.tables.isEmpty else { return }
        for (ratiosIndex, ratios) in page.tables.enumerated() {
            let percentColumns = (1..<max(1, ratios.columnCount)).filter { column in
                let cells = ratios.column(column).compactMap { $0 }
                return cells.count >= 3 && cells.allSatisfy { $0.number.unit?.measure == .percent }
            }
            guard !percentColumns.isEmpty else { continue }
            for column in percentColumns {
                checkShareOfStated(column, in: ratios, page: page, file: file, into: &report)
            }
            for (amountsIndex, amounts) in page.tables.enumerated() where amountsIndex != ratiosIndex {
                let rows = Self.sharedRows(ratios, amounts)
                guard rows.count >= 3 else { continue }
                for column in percentColumns {
                    check(column, of: ratios, against: amounts, rows: rows, page: page, file: file, into: &report)
                }
            }
        }
    }

    /// Pairs of row indices, (ratios row, amounts row), with the same label.
    private static func sharedRows(_ ratios: CheckedTable, _ amounts: CheckedTable) -> [(Int, Int)] {
        var byLabel: [String: Int] = [:]
        for (row, label) in amounts.rowLabels.enumerated() where !label.isEmpty {
            byLabel[label.lowercased(), default: row] = row
        }
        return ratios.rowLabels.enumerated().compactMap { row, label in byLabel[label.lowercased()].map { (row, $0) } }
    }

    private func check(
        _ column: Int, of ratios: CheckedTable, against amounts: CheckedTable, rows: [(Int, Int)], page: PageFigures,
        file: String, into report: inout RuleReport
    ) {
        let numeric = (1..<max(1, amounts.columnCount)).filter { amounts.isNumeric($0) }
        for x in numeric {
            for y in numeric where y != x {
                var agreeing = 0
                var breaking: [(LocatedFigure, Decimal)] = []
                for (ratioRow, amountRow) in rows {
                    guard let stated = ratios.cells[ratioRow][safe: column] ?? nil,
                        let a = amounts.cells[amountRow][safe: x] ?? nil,
                        let b = amounts.cells[amountRow][safe: y] ?? nil,
                        b.number.value != 0
                    else { continue }
                    let ratio = a.number.value / b.number.value * 100
                    if Agreement.compare(stated: stated.number, computed: ratio).isAgreement {
                        agreeing += 1
                    } else {
                        breaking.append((stated, ratio))
                    }
                }
                guard agreeing >= 2, breaking.count == 1, let (stated, ratio) = breaking.first else { continue }
                report.compare(
                    stated, computed: Quantity(ratio, stated.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation:
                        "\(amounts.header[safe: x] ?? "") ÷ \(amounts.header[safe: y] ?? "") of the same row in the table above",
                    what: "ratio")
                return
            }
        }
    }

    /// `| Generali | 1 890 | 8,7 % |` where the page states the whole (`coûte 24 310 €`): a
    /// percentage column is another column of the same table over one stated amount.
    private func checkShareOfStated(
        _ column: Int, in table: CheckedTable, page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for x in (1..<max(1, table.columnCount)) where x != column && table.isNumeric(x) {
            let pairs = table.cells.indices.compactMap { row -> (LocatedFigure, LocatedFigure)? in
                guard !table.isTotalRow(row), let p = table.cells[row][safe: column] ?? nil,
                    let a = table.cells[row][safe: x] ?? nil,
                    p.number.value > 0, a.number.value > 0
                else { return nil }
                return (p, a)
            }
            guard pairs.count >= 3 else { continue }
            let wholes = pairs.map { ($0.1.number.value * 100 / $0.0.number.value).asDouble }.sorted()
            let median = wholes[wholes.count / 2]
            // The whole is said in prose (`coûte 24 310 €`); a cell of the table is some row's own base.
            guard
                let whole = page.runs.lazy.flatMap(\.figures).first(where: { figure in
                    figure.number.unit?.measure != .percent && figure.number.value > 0
                        && figure.number.rangePart == .none
                        && abs(figure.number.value.asDouble - median) <= median * 0.01
                })
            else { continue }
            var breaking: [(LocatedFigure, Decimal)] = []
            for (stated, amount) in pairs {
                let share = amount.number.value / whole.number.value * 100
                // `about £1.19M`: a rounded whole stands for any amount it rounds, and so does the share.
                let half = whole.number.halfQuantum
                let statedHalf = stated.number.halfQuantum
                let lowest = amount.number.value / (whole.number.value + half) * 100
                let highest =
                    whole.number.value > half ? amount.number.value / (whole.number.value - half) * 100 : share
                let withinRounding =
                    stated.number.value >= lowest - statedHalf && stated.number.value <= highest + statedHalf
                if !withinRounding, !Agreement.compare(stated: stated.number, computed: share).isAgreement {
                    breaking.append((stated, share))
                }
            }
            guard breaking.count == 1, pairs.count - breaking.count >= 2, let (stated, share) = breaking.first else {
                continue
            }
            report.compare(
                stated, computed: Quantity(share, stated.number.unit), rule: Self.id, file: file, locale: page.locale,
                explanation:
                    "\(table.header[safe: x] ?? "") of the row over \(whole.number.text) at line \(whole.line)",
                what: "share")
            return
        }
    }
}
