import Charts
import Content
import Foundation
import GFM
import Numbers

/// The default chart drawn under a cost table when `charts: auto` is set: horizontal bars of
/// its last currency column, labelled by its first column.
struct AutoChart {
    let block: ChartBlock

    /// Whether `charts: auto` is chosen for the page: its front matter first, then `site.yaml`.
    static func isEnabled(page: Page, settings: SiteSettings) -> Bool {
        let setting =
            page.frontMatter.extra.first { $0.key == "charts" }?.value
            ?? settings.extra.first { $0.key == "charts" }?.value
        return setting?.string?.lowercased() == "auto"
    }

    /// The SVG figure for `table`, or nil when it has no column of money figures to draw.
    func figure(for table: Table) -> String? {
        let columns = TableColumns(table: table, locale: block.locale)
        guard case .success(let rows) = columns.rows(nil, exclude: [], labelColumn: 0), !rows.isEmpty else {
            return nil
        }
        let currencyColumn = table.header.indices.dropFirst().last { c in
            isMoney(header: table.header[c].text, first: columns.figure(row: rows[0], column: c))
                && rows.allSatisfy { columns.figure(row: $0, column: c) != nil }
        }
        guard let column = currencyColumn else { return nil }
        let figures = rows.compactMap { columns.figure(row: $0, column: column) }
        let points = zip(rows, figures).map { row, figure in
            ChartPoint(figure.value, text: figure.text, expected: block.expected(in: table.rows[row][column]))
        }
        // Repeated labels (`RTX 4090` with 1 and with 4 GPUs) take the next column along.
        var labels = rows.map { columns.cellText(row: $0, column: 0) }
        if Set(labels).count < labels.count, column > 1 {
            labels = rows.map { columns.cellText(row: $0, column: 0) + " · " + columns.cellText(row: $0, column: 1) }
        }
        let data = ChartData(
            categories: labels,
            series: [ChartSeries(name: table.header[column].text, points: points)])
        let values = figures.map(\.value)
        // Figures that span two decades or more would leave the small ones as slivers.
        let spansDecades = values.allSatisfy { $0 > 0 } && (values.max()! / values.min()!) >= 100
        let options = ChartOptions(
            id: "chart-table-\(table.span.start.line)", title: table.header[column].text, locale: block.locale,
            reference: figures.first, scale: spansDecades ? .log : .linear)
        return (try? BarChart(data: data, options: options, horizontal: true).svg()).map(ChartBlock.figure)
    }

    /// A column is money when its header names a currency (`Coût ($)`, `月成本（美元）`) or its
    /// cells carry one. A header that quotes a price itself (`Face à GPT-4o (0,035 $/appel)`)
    /// compares against that price: its cells are counts, not money.
    private func isMoney(header: String, first: ScannedNumber?) -> Bool {
        if !NumberScanner(locale: block.locale).scan(header).isEmpty { return false }
        if case .currency? = ColumnUnit.infer(header: header, locale: block.locale)?.measure { return true }
        if case .currency? = first?.unit?.measure { return true }
        return false
    }
}
