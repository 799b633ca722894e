/// Corrects the header row's position of a table that interrupts a paragraph.
///
/// cmark-gfm then reports the paragraph's start line for the table and its header, with byte
/// columns inside the paragraph; body rows stay right. The header is always the line two above
/// the first body row (the delimiter row sits between), or the line above the table's end.
struct TableHeaderRepair {
    let columns: ColumnConverter
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
        let source = columns.lineText(line - lineOffset)
        let cellRanges = Self.cellColumns(in: source)
        var row = header
        row.span = SourceSpan(start: .init(line: line, column: 1), end: .init(line: line, column: source.count))
        for i in row.children.indices {
            let range = i < cellRanges.count ? cellRanges[i] : (1, 1)
            row.children[i].span = SourceSpan(start: .init(line: line, column: range.0), end: .init(line: line, column: range.1))
        }
        return row
    }

    /// The first and last Character column of each cell's trimmed content in a pipe-table line.
    static func cellColumns(in line: Substring) -> [(Int, Int)] {
        var cells: [(Int, Int)] = []
        var first: Int?
        var last = 0
        var escaped = false
        var column = 0
        var sawLeadingPipe = false
        for ch in line {
            column += 1
            if ch == "|" && !escaped {
                if let f = first { cells.append((f, last)) } else if column > 1 || sawLeadingPipe { cells.append((column, column)) }
                if column == 1 { sawLeadingPipe = true }
                first = nil
            } else if !ch.isWhitespace {
                if first == nil { first = column }
                last = column
            }
            escaped = ch == "\\" && !escaped
        }
        if let f = first { cells.append((f, last)) }
        return cells
    }
}
