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
        let labelColumns = try indices(of: spec.labels, in: columns, key: "label")
        let labelColumn = labelColumns.first ?? 0
        let rowsKey = spec.rows == nil ? "exclude" : "rows"
        let rows = try columns.rows(spec.rows, exclude: spec.exclude, labelColumn: labelColumn).or(
            spec.location(of: rowsKey))
        let valuesKey = spec.locations["values"] == nil ? "value" : "values"
        var valueColumns = try indices(of: spec.values, in: columns, key: valuesKey)
        if valueColumns.isEmpty {
            valueColumns = [try lastFigureColumn(columns, rows: rows, labelColumns: labelColumns, labelColumn)]
        }
        var reference: ScannedNumber?
        var series: [ChartSeries] = []
        for column in valueColumns {
            let read = try self.series(
                column, rows: rows, entry: entry, columns: columns, labelColumn: labelColumn, valuesKey: valuesKey)
            reference = reference ?? read.first
            series.append(read.series)
        }
        let data = ChartData(
            categories: rows.map { row in
                (labelColumns.isEmpty ? [0] : labelColumns).map { columns.cellText(row: row, column: $0) }.joined(
                    separator: " · ")
            }, series: series
        ).sorted(spec.sort)
        return (data, options(id: id, series: series, reference: reference, entry: entry))
    }

    /// The columns the block names under `key`, in the order it names them.
    private func indices(of references: [ColumnReference], in columns: TableColumns, key: String) throws(Diagnostic)
        -> [Int]
    {
        var indices: [Int] = []
        for reference in references {
            indices.append(try columns.index(of: reference).or(spec.location(of: key)))
        }
        return indices
    }

    /// By default the last column whose every charted cell is a figure, such as a total.
    private func lastFigureColumn(_ columns: TableColumns, rows: [Int], labelColumns: [Int], _ labelColumn: Int)
        throws(Diagnostic) -> Int
    {
        guard
            let last = columns.table.header.indices.last(where: { c in
                !labelColumns.contains(c) && c != labelColumn
                    && rows.allSatisfy { columns.figure(row: $0, column: c) != nil }
            })
        else {
            throw Diagnostic(
                .error, rule: "chart", "the table has no column of figures; name one with `value:`",
                at: spec.blockLocation)
        }
        return last
    }

    /// One value column as a series, and its first figure (whose format the chart's labels copy).
    /// A blank or dash cell is a gap; any other text that is not a figure stops the chart.
    private func series(
        _ column: Int, rows: [Int], entry: PageTables.Entry, columns: TableColumns, labelColumn: Int, valuesKey: String
    ) throws(Diagnostic) -> (series: ChartSeries, first: ScannedNumber?) {
        var first: ScannedNumber?
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
            first = first ?? figure
            points.append(
                ChartPoint(
                    figure.value, text: figure.text, expected: block.expected(in: entry.table.rows[row][column])))
        }
        return (ChartSeries(name: entry.table.header[column].text, points: points), first)
    }

    /// The title falls back from the block's own to the single series' name, the heading above
    /// the table, and last the table's header.
    private func options(id: String, series: [ChartSeries], reference: ScannedNumber?, entry: PageTables.Entry)
        -> ChartOptions
    {
        let single = series.count == 1 ? series[0].name : nil
        return ChartOptions(
            id: id,
            title: spec.title ?? single ?? entry.heading ?? entry.table.header.map(\.text).joined(separator: " / "),
            locale: block.locale, reference: reference, scale: spec.scale, stacked: spec.stacked,
            valueTitle: spec.axis ?? (spec.title == nil ? nil : single), summary: spec.description)
    }
}
