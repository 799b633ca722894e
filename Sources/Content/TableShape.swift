import GFM

/// Table rows with more or fewer cells than the header: GFM drops the extra cells and fills the
/// missing ones without a word, so the author would never learn that text vanished.
enum TableShape {
    static let rule = "table-shape"

    static func problems(in document: Node, text: String, file: String) -> [Diagnostic] {
        var tables: [Table] = []
        document.forEach { if let table = Table($0) { tables.append(table) } }
        guard !tables.isEmpty else { return [] }
        let lines = SourceLines(text)
        var found: [Diagnostic] = []
        for table in tables {
            for row in table.rows {
                let line = row.first?.span.start.line ?? 0
                // A line without '|' that continues a table is the checks' `table-shape` finding.
                guard line > 0, line <= lines.count, lines[line].utf8.contains(UInt8(ascii: "|")) else { continue }
                let columns = table.columnCount
                // Counted as bytes; columns in Characters are worked out only for a row that is wrong.
                guard Self.cellCount(in: lines[line]) != columns else { continue }
                let cells = Self.cells(in: lines[line])
                if cells.count > columns {
                    let extra = cells.count - columns
                    found.append(Diagnostic(.warning, rule: rule,
                        "this row has \(cells.count) cells but the table has \(columns) columns; the last \(extra == 1 ? "cell is" : "\(extra) cells are") not shown",
                        at: SourceLocation(file: file, line: line, column: cells[columns])))
                } else if cells.count < columns {
                    found.append(Diagnostic(.warning, rule: rule,
                        "this row has \(cells.count) cell\(cells.count == 1 ? "" : "s") but the table has \(columns) columns; the missing ones are shown empty",
                        at: SourceLocation(file: file, line: line, column: 1)))
                }
            }
        }
        return found
    }

    /// How many cells `cells(in:)` finds, from the bytes: a pipe or backslash is never part of
    /// another character in UTF-8, so the bytes split a row where its Characters do.
    static func cellCount(in line: Substring) -> Int {
        let bytes = Array(line.utf8)
        let space = UInt8(ascii: " "), tab = UInt8(ascii: "\t"), quote = UInt8(ascii: ">"), pipe = UInt8(ascii: "|")
        var start = 0
        while start < bytes.count, bytes[start] == space || bytes[start] == tab || bytes[start] == quote { start += 1 }
        var end = bytes.count
        while end > start, bytes[end - 1] == space || bytes[end - 1] == tab { end -= 1 }
        var pipes = 0, first: Int?, last: Int?
        var i = start
        while i < end {
            if bytes[i] == UInt8(ascii: "\\") { i += 2; continue }
            if bytes[i] == pipe {
                pipes += 1
                if first == nil { first = i }
                last = i
            }
            i += 1
        }
        return 1 + pipes - (first == start ? 1 : 0) - (last == end - 1 ? 1 : 0)
    }

    /// The 1-based column where each cell of a GFM table row starts. A pipe escaped with `\`
    /// is text, even in a code span (the GFM spec's rule); the outer pipes are optional.
    static func cells(in line: Substring) -> [Int] {
        let characters = Array(line)
        var start = 0
        while start < characters.count, characters[start] == " " || characters[start] == "\t" || characters[start] == ">" { start += 1 }
        var end = characters.count
        while end > start, characters[end - 1] == " " || characters[end - 1] == "\t" { end -= 1 }
        var pipes: [Int] = []
        var i = start
        while i < end {
            if characters[i] == "\\" { i += 2; continue }
            if characters[i] == "|" { pipes.append(i) }
            i += 1
        }
        var starts = [start] + pipes.map { $0 + 1 }
        if pipes.first == start { starts.removeFirst() }
        if let last = pipes.last, last == end - 1 { starts.removeLast() }
        // Point at a cell's text rather than the space after its pipe.
        return starts.map { start in
            var first = start
            while first < end, characters[first] == " " { first += 1 }
            return (first < end && characters[first] != "|" ? first : start) + 1
        }
    }
}
