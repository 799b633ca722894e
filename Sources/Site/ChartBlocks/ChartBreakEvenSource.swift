import Charts
import Content
import Foundation
import Numbers

/// The fixed and variable costs a break-even block names, read from cells of the page's tables.
struct ChartBreakEvenSource {
    let block: ChartBlock
    let spec: ChartSpec

    func read(id: String) throws(Diagnostic) -> (BreakEvenData, ChartOptions) {
        guard !spec.fixed.isEmpty else {
            throw Diagnostic(
                .error, rule: "chart", "a break-even chart needs `fixed:`, the cell of the fixed cost",
                at: spec.blockLocation)
        }
        guard !spec.variable.isEmpty else {
            throw Diagnostic(
                .error, rule: "chart", "a break-even chart needs `variable:`, the cell of the cost per unit",
                at: spec.blockLocation)
        }
        var reference: ScannedNumber?
        var fixedHeader: String?
        var fixed: [BreakEvenData.FixedCost] = []
        for source in spec.fixed {
            for cell in try cells(source) {
                reference = reference ?? cell.figure
                fixedHeader = fixedHeader ?? cell.header
                let text = source.times == 1 ? cell.figure.text : nil
                fixed.append(.init(name: cell.name, value: cell.figure.value * source.times, text: text))
            }
        }
        var variable: [BreakEvenData.VariableCost] = []
        for source in spec.variable {
            for cell in try cells(source) {
                variable.append(.init(name: cell.name, rate: cell.figure.value * source.times))
            }
        }
        let data = BreakEvenData(
            fixed: fixed, variable: variable, volumeTitle: spec.volume ?? "", volumeMax: spec.volumeMax)
        let options = ChartOptions(
            id: id, title: spec.title ?? fixed.map(\.name).joined(separator: ", "), locale: block.locale,
            reference: reference, valueTitle: spec.axis ?? fixedHeader, summary: spec.description)
        return (data, options)
    }

    private struct Cell {
        var name: String
        var header: String
        var figure: ScannedNumber
    }

    /// The figures of a source's rows in its column; each named by `name:` or its row's first cell.
    private func cells(_ source: CellSource) throws(Diagnostic) -> [Cell] {
        let entry = try block.tables.find(source.table ?? spec.table, before: spec.blockLocation.line).or(
            source.location)
        let columns = TableColumns(table: entry.table, locale: block.locale)
        let column = try columns.index(of: source.column).or(source.location)
        guard !source.rows.isEmpty else {
            throw Diagnostic(
                .error, rule: "chart", "needs `row:`, the label or number of the row that holds the figure",
                at: source.location)
        }
        let rows = try columns.rows(source.rows, exclude: [], labelColumn: 0).or(source.location)
        var found: [Cell] = []
        for row in rows {
            guard let figure = columns.figure(row: row, column: column) else {
                throw Diagnostic(
                    .error, rule: "chart",
                    "row \(row + 1), column '\(entry.table.header[column].text)': "
                        + "'\(columns.cellText(row: row, column: column))' is not a number", at: source.location)
            }
            let label = columns.cellText(row: row, column: 0)
            found.append(
                Cell(
                    name: rows.count == 1 ? source.name ?? label : label, header: entry.table.header[column].text,
                    figure: figure))
        }
        return found
    }
}
