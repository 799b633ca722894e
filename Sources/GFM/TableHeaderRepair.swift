import TextKit

/// Corrects the header row's position of a table that interrupts a paragraph.
///
/// cmark-gfm then reports the paragraph's start line for the table and its header, with byte
/// columns inside the paragraph; body rows stay right. The header is always the line two above
/// the first body row (the delimiter row sits between), or the line above the table's end.
struct TableHeaderRepair {
    let columns: SourceLines
    let lineOffset: Int

    func repair(_ table: Node) -> Node {
        guard let headerIndex = table.children.firstIndex(where: { $0.kind == .tableRow(isHeader: true) }) else {
            return table
        }
        let bodyRow = table.children.first { $0.kind == .tableRow(isHeader: false) }
        let headerLine = bodyRow.map { $0.span.start.line - 2 } ?? table.span.end.line - 1
        let header = table.children[headerIndex]
        guard header.span.start.line != headerLine, headerLine > lineOffset else { return table }

        var repaired = table
        repaired.span.start = SourcePosition(line: headerLine, column: 1)
        repaired.children[headerIndex] = relocate(header, to: headerLine)
        return repaired
    }

    private func relocate(_ header: Node, to line: Int) -> Node {
        let source = columns[line - lineOffset]
        let cellRanges = Self.cellColumns(in: source)
        var row = header
        row.span = SourceSpan(start: .init(line: line, column: 1), end: .init(line: line, column: source.count))
        for i in row.children.indices {
            let range = i < cellRanges.count ? cellRanges[i] : (1, 1)
            row.children[i].span = SourceSpan(
                start: .init(line: line, column: range.0), end: .init(line: line, column: range.1))
        }
        return row
    }

    /// The first and last Character column of each cell's trimmed content in a pipe-table line;
    /// an empty cell is placed on the pipe that closes it.
    static func cellColumns(in line: Substring) -> [(Int, Int)] {
        let row = PipeTableRow(line)
        return row.cells.map { cell in
            guard !cell.content.isEmpty else {
                let column = row.column(ofByte: cell.bytes.upperBound)
                return (column, column)
            }
            return (row.column(ofByte: cell.content.lowerBound), row.column(ofByte: cell.content.upperBound) - 1)
        }
    }
}
