import GFM
import TextKit

/// Table rows with more or fewer cells than the header: GFM drops the extra cells and fills the
/// missing ones without a word, so the author would never learn that text vanished.
enum TableShape {
    static let rule = "table-shape"

    static func problems(in document: Node, text: String, file: String) -> [Diagnostic] {
        // Each table's column count and the line of each body row: read off the nodes, as a
        // `Table` would give them, without the text of every cell that building one gathers.
        var tables: [(columns: Int, rowLines: [Int])] = []
        document.forEachBlock { node in
            guard case .table(let alignments) = node.kind else { return }
            let rowLines = node.children.compactMap { row -> Int? in
                if case .tableRow(isHeader: true) = row.kind { return nil }
                return row.children.first?.span.start.line ?? 0
            }
            tables.append((alignments.count, rowLines))
        }
        guard !tables.isEmpty else { return [] }
        let lines = SourceLines(text)
        var found: [Diagnostic] = []
        for table in tables {
            for line in table.rowLines {
                // A line without '|' that continues a table is the checks' `table-shape` finding.
                guard line > 0, line <= lines.count, lines[line].utf8.contains(UInt8(ascii: "|")) else { continue }
                let columns = table.columns
                // Counted as bytes; columns in Characters are worked out only for a row that is wrong.
                let row = PipeTableRow(lines[line])
                guard row.cells.count != columns else { continue }
                let cells = Self.cells(in: row)
                if cells.count > columns {
                    let extra = cells.count - columns
                    found.append(
                        Diagnostic(
                            .warning, rule: rule,
                            "this row has \(cells.count) cells but the table has \(columns) columns; the last \(extra == 1 ? "cell is" : "\(extra) cells are") not shown",
                            at: SourceLocation(file: file, line: line, column: cells[columns])))
                } else if cells.count < columns {
                    found.append(
                        Diagnostic(
                            .warning, rule: rule,
                            "this row has \(cells.count) cell\(cells.count == 1 ? "" : "s") but the table has \(columns) columns; the missing ones are shown empty",
                            at: SourceLocation(file: file, line: line, column: 1)))
                }
            }
        }
        return found
    }

    /// The 1-based column where each cell of a GFM table row starts: its text, or for an empty
    /// cell the place just after its pipe.
    static func cells(in row: PipeTableRow) -> [Int] {
        row.cells.map { row.column(ofByte: $0.content.isEmpty ? $0.bytes.lowerBound : $0.content.lowerBound) }
    }
}
