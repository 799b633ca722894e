import Content
import GFM
import Numbers

/// Every figure of a page, read once: prose runs line by line, and tables cell by cell.
///
/// Figures are read from the source lines rather than from the tree's text, because cmark-gfm's
/// inline positions are unreliable and a finding must point at the figure as written.
public struct PageFigures: Sendable {
    public let page: Page
    public let locale: NumberLocale
    public private(set) var runs: [TextRun] = []
    public private(set) var tables: [CheckedTable] = []
    /// Problems found while reading, such as a formula comment that does not parse.
    public private(set) var diagnostics: [Diagnostic] = []
    let lines: SourceLines

    /// `file` is the name diagnostics use for the page.
    public init(page: Page, file: String) {
        self.page = page
        locale = NumberLocale(languageTag: page.language)
        lines = SourceLines(page.source)
        let scanner = NumberScanner(locale: locale)
        var pendingTable: CheckedTable?
        for block in Self.leafBlocks(of: page.document) {
            switch block.kind {
            case .paragraph, .heading:
                if let t = pendingTable { tables.append(t); pendingTable = nil }
                guard block.span.start.line > 0 else { continue }
                for line in block.span.start.line...max(block.span.start.line, block.span.end.line) {
                    let start = line == block.span.start.line ? block.span.start.column : 1
                    runs.append(run(line: line, startColumn: start, scanner: scanner))
                }
            case .table:
                if let t = pendingTable { tables.append(t) }
                pendingTable = checkedTable(block, index: tables.count + 1, scanner: scanner)
            case .htmlBlock(let html):
                let (declarations, problems) = FormulaDeclaration.parseComment(html, line: block.span.start.line, file: file)
                diagnostics += problems
                if pendingTable != nil { pendingTable!.formulas += declarations }
            default:
                if let t = pendingTable { tables.append(t); pendingTable = nil }
            }
        }
        if let t = pendingTable { tables.append(t) }
    }

    /// Every figure of the page, prose first, then tables.
    public var allFigures: [LocatedFigure] {
        runs.flatMap(\.figures) + tables.flatMap { $0.cells.flatMap { $0.compactMap { $0 } } }
    }

    private func run(line: Int, startColumn: Int, scanner: NumberScanner) -> TextRun {
        let text = lines.slice(line: line, from: startColumn)
        let figures = scanner.scan(String(text)).map {
            LocatedFigure(number: $0, line: line, column: startColumn + $0.range.column - 1)
        }
        return TextRun(line: line, startColumn: startColumn, text: text, figures: figures)
    }

    private func checkedTable(_ node: Node, index: Int, scanner: NumberScanner) -> CheckedTable? {
        guard let table = Table(node) else { return nil }
        let header = table.header.map { Self.cleanLabel($0.text) }
        var cells: [[LocatedFigure?]] = []
        var labels: [String] = []
        for row in table.rows {
            labels.append(row.first.map { Self.cleanLabel($0.text) } ?? "")
            cells.append(row.enumerated().map { column, cell in
                // The first column names the row; its digits ("A100 80G × 2") are not amounts.
                guard column > 0, cell.span.start.line > 0 else { return nil }
                let text = lines.slice(line: cell.span.start.line, from: cell.span.start.column, through: cell.span.end.column)
                guard let first = scanner.scan(String(text)).first else { return nil }
                return LocatedFigure(number: first, line: cell.span.start.line, column: cell.span.start.column + first.range.column - 1)
            })
        }
        return CheckedTable(index: index, table: table, header: header, cells: cells, rowLabels: labels, formulas: [])
    }

    /// Blocks whose text is read directly: paragraphs, headings, tables, code and HTML blocks.
    static func leafBlocks(of document: Node) -> [Node] {
        var blocks: [Node] = []
        var stack: [Node] = [document]
        while let node = stack.popLast() {
            switch node.kind {
            case .paragraph, .heading, .table, .codeBlock, .htmlBlock, .thematicBreak: blocks.append(node)
            default: stack.append(contentsOf: node.children.reversed())
            }
        }
        return blocks
    }

    static func cleanLabel(_ text: String) -> String {
        text.filter { $0 != "*" && $0 != "_" }.trimmingCharacters(in: .whitespaces)
    }
}
