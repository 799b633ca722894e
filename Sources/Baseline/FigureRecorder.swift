import Checks
import Content
import Foundation

/// Reads a site's figures into a `FigureRecord`: which are inputs, which are results of what.
///
/// Keys name a figure by where it is rather than by its line: a table cell by table, row label
/// and column header (`t1|Total|Cost ($)`), a prose figure by its line's words with every figure
/// masked, and its place on that line (`A × # = #|2`). Changing a figure keeps its key; so
/// does adding a paragraph above it.
public enum FigureRecorder {
    public static func record(_ content: ContentSet) -> FigureRecord {
        var record = FigureRecord()
        let pages = content.pages.filter { !$0.source.isEmpty }.parallelMap { page -> (String, PageRecord) in
            (page.file, Self.record(page, PageFigures(page: page, file: page.file)))
        }
        for (file, page) in pages { record.pages[file] = page }
        return record
    }

    /// One page's entry, from figures already read (by `Checker.check`, say).
    public static func record(_ page: Page, _ figures: PageFigures) -> PageRecord {
        PageRecord(language: page.language, translationKey: page.translationKey, figures: self.figures(of: figures))
    }

    static func figures(of page: PageFigures) -> [String: RecordedFigure] {
        var figures: [String: RecordedFigure] = [:]
        // Sized once: its keys hold whole lines, and each time it grew, every key was hashed again.
        figures.reserveCapacity(
            page.tables.reduce(0) { $0 + $1.cells.reduce(0) { $0 + $1.count { $0 != nil } } }
                + page.runs.reduce(0) { $0 + $1.figures.count })
        func add(_ key: String, _ figure: LocatedFigure, inputs: [String]) {
            var unique = key, n = 2
            while figures[unique] != nil { unique = "\(key)#\(n)"; n += 1 }
            figures[unique] = RecordedFigure(
                text: figure.number.text, value: figure.number.value.plainText, line: figure.line,
                column: figure.column, inputs: inputs)
        }
        for table in page.tables { tableFigures(table).forEach { add($0.key, $0.figure, inputs: $0.inputs) } }
        for run in page.runs where !run.figures.isEmpty {
            let masked = maskedText(run)
            let inputs = calculationInputs(run)
            for (i, figure) in run.figures.enumerated() {
                add("p|\(masked)|\(i + 1)", figure, inputs: inputs[i].map { "p|\(masked)|\($0 + 1)" })
            }
        }
        return figures
    }

    /// Each cell's key and the keys it is computed from: a total row sums its column, a column
    /// a formula declares follows from the other cells of its row.
    static func tableFigures(_ table: CheckedTable) -> [(key: String, figure: LocatedFigure, inputs: [String])] {
        func key(_ row: Int, _ column: Int) -> String {
            "t\(table.index)|\(table.rowLabels[safe: row] ?? "\(row + 1)")|\(table.header[safe: column] ?? "\(column + 1)")"
        }
        let formulaColumns = Set(table.formulas.compactMap { formulaTarget($0.text, header: table.header) })
        var cells: [(String, LocatedFigure, [String])] = []
        for (r, row) in table.cells.enumerated() {
            for (c, cell) in row.enumerated() {
                guard let cell else { continue }
                var inputs: [String] = []
                if table.isTotalRow(r) {
                    inputs = table.cells.indices.filter {
                        $0 != r && !table.isTotalRow($0) && table.cells[$0][safe: c] != nil
                    }.map { key($0, c) }
                } else if formulaColumns.contains(c) {
                    inputs = row.indices.filter { $0 != c && row[$0] != nil && !formulaColumns.contains($0) }.map {
                        key(r, $0)
                    }
                }
                cells.append((key(r, c), cell, inputs))
            }
        }
        return cells
    }

    /// The column a declared formula computes: the header its left side names.
    static func formulaTarget(_ text: String, header: [String]) -> Int? {
        guard let equals = text.firstIndex(where: { $0 == "=" || $0 == "＝" }) else { return nil }
        var name = text[..<equals].trimmingCharacters(in: .whitespaces)
        if name.hasPrefix("["), name.hasSuffix("]") { name = String(name.dropFirst().dropLast()) }
        if let exact = header.firstIndex(of: name) { return exact }
        let containing = header.indices.filter { header[$0].contains(name) }
        return containing.count == 1 ? containing[0] : nil
    }

    /// For each figure of a line, the figures it is computed from: in each clause (up to `;`,
    /// `。`, `，` or `, ` outside a figure) with an `=`, the figures after the first `=` follow
    /// from those before it (`12 × 71.00美元 = 852.00美元`; a chain `= a + b = c` too).
    static func calculationInputs(_ run: TextRun) -> [[Int]] {
        let chars = Array(run.text)
        var covered = Set<Int>()
        for figure in run.figures {
            let start = figure.column - run.startColumn
            covered.formUnion(start..<(start + figure.number.range.length))
        }
        var clauses: [Range<Int>] = []
        var start = 0
        for (i, c) in chars.enumerated() where !covered.contains(i) {
            if "；;。，、".contains(c) || (c == "," && i + 1 < chars.count && chars[i + 1] == " ") {
                clauses.append(start..<i)
                start = i + 1
            }
        }
        clauses.append(start..<chars.count)
        var inputs = Array(repeating: [Int](), count: run.figures.count)
        for clause in clauses {
            guard let equals = clause.first(where: { !covered.contains($0) && (chars[$0] == "=" || chars[$0] == "＝") })
            else { continue }
            let members = run.figures.indices.filter { clause.contains(run.figures[$0].column - run.startColumn) }
            let before = members.filter { run.figures[$0].column - run.startColumn < equals }
            guard !before.isEmpty else { continue }
            for i in members where !before.contains(i) { inputs[i] = before }
        }
        return inputs
    }

    /// The run's text with each figure replaced by `#` and spaces collapsed.
    static func maskedText(_ run: TextRun) -> String {
        var chars = Array(run.text)
        for figure in run.figures.reversed() {
            let start = figure.column - run.startColumn
            let end = start + figure.number.range.length
            guard start >= 0, end <= chars.count else { continue }
            chars.replaceSubrange(start..<end, with: ["#"])
        }
        return String(chars).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
