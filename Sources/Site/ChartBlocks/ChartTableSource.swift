import Charts
import Content
import Foundation
import GFM
import Numbers

/// The categories and series a bar or line chart block asks for, read from a table of the page.
struct ChartTableSource {
    let block: ChartBlock
    let spec: ChartSpec

    func read(id: String) throws(Diagnostic) -> (ChartData, ChartOptions) {
        let entry = try block.tables.find(spec.table, before: spec.blockLocation.line).or(spec.location(of: "table"))
        let columns = TableColumns(table: entry.table, locale: block.locale)
        var labelColumns: [Int] = []
        for reference in spec.labels {
            labelColumns.append(try columns.index(of: reference).or(spec.location(of: "label")))
        }
        let labelColumn = labelColumns.first ?? 0
        let rowsKey = spec.rows == nil ? "exclude" : "rows"
        let rows = try columns.rows(spec.rows, exclude: spec.exclude, labelColumn: labelColumn).or(
            spec.location(of: rowsKey))
        let valuesKey = spec.locations["values"] == nil ? "value" : "values"
        var valueColumns: [Int] = []
        for reference in spec.values {
            valueColumns.append(try columns.index(of: reference).or(spec.location(of: valuesKey)))
        }
        if valueColumns.isEmpty {
            // By default the last column whose every charted cell is a figure, such as a total.
            guard
                let last = entry.table.header.indices.last(where: { c in
                    !labelColumns.contains(c) && c != labelColumn
                        && rows.allSatisfy { columns.figure(row: $0, column: c) != nil }
                })
            else {
                throw Diagnostic(
                    .error, rule: "chart", "the table has no column of figures; name one with `value:`",
                    at: spec.blockLocation)
            }
            valueColumns = [last]
        }
        var reference: ScannedNumber?
        var series: [ChartSeries] = []
        for column in valueColumns {
            var points: [ChartPoint?] = []
            for row in rows {
                let text = columns.cellText(row: row, column: column)
                guard let figure = columns.figure(row: row, column: column) else {
                    if text.isEmpty || text == "—" || text == "-" { points.append(nil); continue }
                    let cell = entry.table.rows[row][column].span.start
                    throw Diagnostic(
                        .error, rule: "chart",
                        "row \(row + 1) ('\(columns.cellText(row: row, column: labelColumn))'), column "
                            + "'\(entry.table.header[column].text)': '\(text)' is not a number (the cell at line \(cell.line))",
                        at: spec.location(of: valuesKey))
                }
                reference = reference ?? figure
                points.append(
                    ChartPoint(
                        figure.value, text: figure.text, expected: block.expected(in: entry.table.rows[row][column])))
            }
            series.append(ChartSeries(name: entry.table.header[column].text, points: points))
        }
        let data = ChartData(
            categories: rows.map { row in
                (labelColumns.isEmpty ? [0] : labelColumns).map { columns.cellText(row: row, column: $0) }.joined(
                    separator: " · ")
            }, series: series
        ).sorted(spec.sort)
        let single = series.count == 1 ? series[0].name : nil
        let options = ChartOptions(
            id: id,
            title: spec.title ?? single ?? entry.heading ?? entry.table.header.map(\.text).joined(separator: " / "),
            locale: block.locale, reference: reference, scale: spec.scale, stacked: spec.stacked,
            valueTitle: spec.axis ?? (spec.title == nil ? nil : single), summary: spec.description)
        return (data, options)
    }
}
