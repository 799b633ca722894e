import Content
import Foundation
import GFM
import Numbers
import TextKit

/// Reads a table's columns and rows the way a chart spec names them, and its cells as figures.
struct TableColumns {
    var table: Table
    var locale: NumberLocale

    /// The 0-based index of a column named by position or header text (exact first, then a
    /// header that contains the text, if only one does).
    func index(of reference: ColumnReference) -> Result<Int, ChartProblem> {
        let headers = table.header.map { PageTables.normalized($0.text) }
        switch reference {
        case .position(let n):
            guard (1...max(1, headers.count)).contains(n), n <= headers.count else {
                return .failure(.init("there is no column \(n): the table has \(headers.count) columns"))
            }
            return .success(n - 1)
        case .header(let text):
            let wanted = PageTables.normalized(text)
            if let exact = headers.firstIndex(of: wanted) { return .success(exact) }
            let partial = headers.indices.filter { headers[$0].contains(wanted) }
            if partial.count == 1 { return .success(partial[0]) }
            let list = table.header.map { "'\($0.text)'" }.joined(separator: ", ")
            return .failure(
                .init(
                    partial.isEmpty
                        ? "no column '\(text)'; the columns are \(list)" : "'\(text)' matches several columns: \(list)")
            )
        }
    }

    /// Body rows to chart: those `rows` names in that order, or every row except `exclude` and
    /// a bold total row (all of its label cell in `**…**`), which would dwarf the others.
    func rows(_ rows: [RowReference]?, exclude: [RowReference], labelColumn: Int) -> Result<[Int], ChartProblem> {
        func resolve(_ reference: RowReference) -> Result<Int, ChartProblem> {
            switch reference {
            case .position(let n):
                guard n >= 1, n <= table.rows.count else {
                    return .failure(.init("there is no row \(n): the table has \(table.rows.count) rows"))
                }
                return .success(n - 1)
            case .label(let text):
                let wanted = PageTables.normalized(text)
                guard
                    let i = table.rows.firstIndex(where: {
                        PageTables.normalized(label(row: $0, column: labelColumn)) == wanted
                    })
                else {
                    return .failure(.init("no row labelled '\(text)' in column \(labelColumn + 1)"))
                }
                return .success(i)
            }
        }
        if let rows {
            var picked: [Int] = []
            for reference in rows {
                switch resolve(reference) {
                case .success(let i): picked.append(i)
                case .failure(let problem): return .failure(problem)
                }
            }
            return .success(picked)
        }
        var skipped: Set<Int> = []
        for reference in exclude {
            switch resolve(reference) {
            case .success(let i): skipped.insert(i)
            case .failure(let problem): return .failure(problem)
            }
        }
        return .success(
            table.rows.indices.filter { !skipped.contains($0) && !isTotal(table.rows[$0], labelColumn: labelColumn) })
    }

    func label(row: [TableCell], column: Int) -> String {
        column < row.count ? row[column].text.trimmingSpaces : ""
    }

    /// A row whose label cell is entirely bold is a total (`| **合计** | **52.60** |`).
    func isTotal(_ row: [TableCell], labelColumn: Int) -> Bool {
        guard labelColumn < row.count else { return false }
        let inlines = row[labelColumn].node.children.filter {
            if case .text(let s) = $0.kind { return !s.allSatisfy(\.isWhitespace) } else { return true }
        }
        return inlines.count == 1 && inlines[0].kind == .strong
    }

    /// The first figure of a cell, read in the page's language; nil when it has none.
    func figure(row: Int, column: Int) -> ScannedNumber? {
        let cells = table.rows[row]
        guard column < cells.count else { return nil }
        return NumberScanner(locale: locale).scan(cells[column].text).first
    }

    func cellText(row: Int, column: Int) -> String {
        label(row: table.rows[row], column: column)
    }
}
