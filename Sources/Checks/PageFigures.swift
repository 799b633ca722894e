import Content
import Foundation
import GFM
import Numbers
import TextKit

/// Every figure of a page, read once: prose runs line by line, and tables cell by cell.
///
/// Figures are read from the source lines rather than from the tree's text, because cmark-gfm's
/// inline positions are unreliable and a finding must point at the figure as written.
public struct PageFigures: Sendable {
    public let page: Page
    public let locale: NumberLocale
    /// The decimal and grouping marks this page writes its numbers with.
    public let marks: NumberMarks
    public private(set) var runs: [TextRun] = []
    /// The runs holding a figure on each line, for `run(holding:)`: rules ask it of thousands of figures.
    private var runsByFigureLine: [Int: [Int]] = [:]
    public private(set) var tables: [CheckedTable] = []
    /// Problems found while reading, such as a formula comment that does not parse.
    public private(set) var diagnostics: [Diagnostic] = []
    /// Rates the page states in its prose and table headers (`$0.0465 per call`, `$0.009/次`):
    /// the constants a table's columns may be computed with. Stored, not computed, because
    /// rules ask for them once per table row, which made long pages quadratic.
    public private(set) var statedRates: [LocatedFigure] = []
    /// Figures too long or too large to read (more than 38 digits, a power of ten beyond ±100),
    /// with the line and column they start at: the `figure-range` rule reports them.
    private(set) var unreadable: [(line: Int, column: Int, figure: UnreadableFigure)] = []
    let lines: SourceLines
    /// The lines of the page's summaries (`SummaryFigureRule.summaryLines`), found once: three rules ask.
    private(set) var summaryLines: [ClosedRange<Int>] = []
    /// The cost columns the page's token volumes explain, found once: two rules ask.
    private(set) var tokenCostColumns: [TokenCostColumnRule.ExplainedColumn] = []
    /// What the body computes and tabulates, which a summary may restate; gathered once, for
    /// the summary and stale-total rules, on pages whose prose states a figure (no other page
    /// has a figure to compare with it).
    private(set) var summaryBody: SummaryFigureRule.Body?
    /// What each total row's rows and each list's items add up to, found once: five rules ask.
    private(set) var columnSums: [SummaryFigureRule.ComputedSum] = []
    /// The list part of `columnSums`.
    private(set) var listSums: [SummaryFigureRule.ComputedSum] = []

    /// `file` is the name diagnostics use for the page.
    public init(page: Page, file: String) {
        self.page = page
        locale = NumberLocale(languageTag: page.language)
        lines = SourceLines(page.source)
        marks = NumberMarks.evidence(in: page.source, default: locale.marks)
        let scanner = NumberScanner(locale: locale, marks: marks)
        var pendingTable: CheckedTable?
        // Whether the block before was a program's listing (`python`), whose output a bare fence shows.
        var afterProgram = false
        for block in Self.leafBlocks(of: page.document) {
            let followsProgram = afterProgram
            afterProgram = false
            switch block.kind {
            case .paragraph, .heading:
                // `输出：`, `Output:` between a listing and what it printed.
                if followsProgram, block.kind == .paragraph, block.span.start.line == block.span.end.line,
                    block.span.start.line > 0, Self.introducesOutput(lines[block.span.start.line])
                {
                    afterProgram = true
                }
                if var t = pendingTable {
                    if block.kind == .paragraph {
                        t.formulas += Self.proseFormulas(
                            in: block, lines: lines, header: t.header, file: file, decimalComma: marks.decimalComma)
                    }
                    tables.append(t)
                    pendingTable = nil
                }
                guard block.span.start.line > 0 else { continue }
                let first = block.span.start.line, last = max(first, block.span.end.line)
                var line = first
                while line <= last {
                    // A sentence wrapped over lines is read as one run (`… une fourchette de 3,07 à` /
                    // `3,79 M€`); lines that each state an item (`Serveur : 100 €`) stay apart.
                    var end = line
                    while end < last, Self.sentenceContinues(lines[end], into: lines[end + 1]) { end += 1 }
                    let pieces = (line...end).map { ($0, $0 == first ? block.span.start.column : 1) }
                    runs.append(
                        pieces.count == 1
                            ? readRun(line: line, startColumn: pieces[0].1, scanner: scanner)
                            : readWrappedRun(pieces, scanner: scanner))
                    line = end + 1
                }
            case .table:
                if let t = pendingTable { tables.append(t) }
                pendingTable = checkedTable(block, index: tables.count + 1, scanner: scanner, file: file)
            case .codeBlock(let info, _):
                if let t = pendingTable { tables.append(t); pendingTable = nil }
                let language = info.split(separator: " ").first.map { $0.lowercased() } ?? ""
                // What a program printed (a `text` or `console` block, or a bare one right after
                // the listing) is a claim like prose.
                if Self.outputInfos.contains(language) || language.isEmpty && followsProgram,
                    block.span.start.line > 0, block.span.end.line > block.span.start.line + 1
                {
                    for line in (block.span.start.line + 1)..<block.span.end.line {
                        var run = readRun(line: line, startColumn: 1, scanner: scanner)
                        run.isProgramOutput = true
                        if !run.figures.isEmpty { runs.append(run) }
                    }
                    continue
                }
                // A diagram or chart block is a drawing's source: `A -- 1000万 --> B`, `stroke-width:2px`.
                if Self.drawingInfos.contains(language) { continue }
                afterProgram = !language.isEmpty
                // A fence with no language set apart as a worked calculation (`样品 ２０支 × ０.３２美元 ＝ ６.４０美元`):
                // signs no program writes make a line prose.
                if info.isEmpty, block.span.start.line > 0, block.span.end.line > block.span.start.line + 1 {
                    for line in (block.span.start.line + 1)..<block.span.end.line
                    where lines[line].contains(where: { Self.typesetOperators.contains($0) }) {
                        let run = readRun(line: line, startColumn: 1, scanner: scanner)
                        if run.figures.count >= 2 { runs.append(run) }
                    }
                    continue
                }
                for (line, column) in commentStarts(of: block) {
                    var run = readRun(line: line, startColumn: column, scanner: scanner)
                    run.isListingComment = true
                    if !run.figures.isEmpty { runs.append(run) }
                }
            case .htmlBlock(let html):
                let (declarations, problems) = FormulaDeclaration.parseComment(
                    html, line: block.span.start.line, file: file)
                diagnostics += problems
                if pendingTable != nil { pendingTable!.formulas += declarations }
            default:
                if let t = pendingTable { tables.append(t); pendingTable = nil }
            }
        }
        if let t = pendingTable { tables.append(t) }
        let candidates = runs.flatMap(\.figures) + tables.flatMap { $0.headerFigures.compactMap { $0 } }
        var seen: Set<Decimal> = []
        statedRates = candidates.filter {
            $0.number.unit?.per != nil && $0.number.value > 0 && seen.insert($0.number.value).inserted
        }
        allFigures = runs.flatMap(\.figures) + tables.flatMap { $0.cells.flatMap { $0.compactMap { $0 } } }
        scalesUsed = Set(allFigures.compactMap { $0.number.scale?.powerOfTen })
        for (index, run) in runs.enumerated() {
            for line in Set(run.figures.map(\.line)) { runsByFigureLine[line, default: []].append(index) }
        }
        summaryLines = SummaryFigureRule.summaryLines(of: self)
        tokenCostColumns = TokenCostColumnRule.readings(of: self)
        listSums = SummaryFigureRule.findListSums(of: self)
        columnSums = SummaryFigureRule.findColumnSums(of: self, lists: listSums)
        if runs.contains(where: { !$0.figures.isEmpty }) { summaryBody = SummaryFigureRule.Body(self) }
    }

    /// Formulas a paragraph right under a table states in words: `月攤提 ＝ 購置價 ÷ 攤提月數；月電費 ＝ 功耗 × 720 × 6.4`.
    /// Only clauses whose every name is a column of the table count; anything else is prose.
    static func proseFormulas(
        in paragraph: Node, lines: SourceLines, header: [String], file: String, decimalComma: Bool = false
    ) -> [FormulaDeclaration] {
        guard paragraph.span.start.line > 0 else { return [] }
        let columns = ColumnResolver(header: header)
        var found: [FormulaDeclaration] = []
        for line in paragraph.span.start.line...max(paragraph.span.start.line, paragraph.span.end.line) {
            let text = String(lines[line])
            // Most lines under a table are prose with no equals sign: their bytes say so first.
            guard text.utf8.contains(UInt8(ascii: "=")) || text.containsLiteral("＝"),
                text.contains("=") || text.contains("＝")
            else { continue }
            for clause in Self.clauses(of: text) {
                // `粗利 ＝（売価 − 仕入単価）× 販売数`: full-width signs and brackets are the ASCII ones;
                // `HT = TTC ÷ 1,2` on a page with a decimal comma divides by 1.2.
                let written = decimalComma ? Self.pointingDecimalCommas(clause) : String(clause)
                let formula = written.replacingOccurrences(of: "＝", with: "=").replacingOccurrences(of: "（", with: "(")
                    .replacingOccurrences(of: "）", with: ")").trimmingCharacters(
                        in: CharacterSet(charactersIn: " \u{3000}\t。.：:、"))
                guard formula.contains("="), case .success(let parsed) = FormulaParser.parseDeclaration(formula),
                    columns.index(of: parsed.target) != nil, !parsed.expression.references.isEmpty,
                    parsed.expression.references.allSatisfy({ columns.index(of: .reference($0)) != nil })
                else { continue }
                let column = text.distance(from: text.startIndex, to: clause.startIndex) + 1
                found.append(
                    FormulaDeclaration(
                        target: parsed.target, expression: parsed.expression, text: formula,
                        location: SourceLocation(file: file, line: line, column: column)))
            }
        }
        return found
    }

    /// The clauses of a line, split at semicolons, stops and commas, but not at a comma between
    /// digits (`÷ 1,2`, `1,000 件`).
    static func clauses(of text: String) -> [Substring] {
        let chars = Array(text)
        var pieces: [Substring] = []
        var start = text.startIndex
        for (offset, index) in text.indices.enumerated()
        where "；;。，,".contains(chars[offset]) && !joinsDigits(chars, at: offset) {
            pieces.append(text[start..<index])
            start = text.index(after: index)
        }
        pieces.append(text[start...])
        return pieces.filter { !$0.isEmpty }
    }

    /// `1,2` as `1.2`: a comma between digits, on a page that writes decimals with one.
    static func pointingDecimalCommas(_ clause: Substring) -> String {
        let chars = Array(clause)
        return String(chars.indices.map { joinsDigits(chars, at: $0) ? "." : chars[$0] })
    }

    /// Whether `chars[i]` is a comma between two ASCII digits.
    private static func joinsDigits(_ chars: [Character], at i: Int) -> Bool {
        chars[i] == "," && i > 0 && i + 1 < chars.count && chars[i - 1].isASCII && chars[i - 1].isNumber
            && chars[i + 1].isASCII && chars[i + 1].isNumber
    }

    /// Info strings of fenced blocks that hold what a program printed rather than its code.
    /// Whether a line is a short lead-in ending with a colon (`输出：`, `Sortie :`, `Output:`).
    static func introducesOutput(_ line: Substring) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        return trimmed.count <= 24 && (trimmed.hasSuffix(":") || trimmed.hasSuffix("："))
    }

    static let outputInfos: Set<String> = ["text", "txt", "output", "console", "plaintext", "log", "stdout"]
    static let drawingInfos: Set<String> = ["mermaid", "chart", "dot", "graphviz"]
    /// Arithmetic signs of typeset text, which code writes as `*`, `/` and `=`.
    static let typesetOperators: Set<Character> = ["×", "÷", "＝", "−", "－", "＋", "≈"]

    /// Every figure of the page, prose first, then tables; gathered once: several rules walk every figure of the page.
    public private(set) var allFigures: [LocatedFigure] = []
    /// The powers of ten the page's figures are written in (`万` 4, `million` 6): its working units.
    private(set) var scalesUsed: Set<Int> = []

    /// The run that holds `figure` (a wrapped sentence's run holds the figures of the lines it goes on to).
    func run(holding figure: LocatedFigure) -> TextRun? {
        (runsByFigureLine[figure.line] ?? []).lazy.map { runs[$0] }.first { run in
            run.figures.contains { $0.line == figure.line && $0.column == figure.column }
        }
    }

    /// The prose figure at `location` and the run that holds it, looked up by its line.
    func figure(at location: SourceLocation) -> (LocatedFigure, TextRun)? {
        for run in (runsByFigureLine[location.line] ?? []).lazy.map({ runs[$0] }) {
            if let figure = run.figures.first(where: { $0.line == location.line && $0.column == location.column }) {
                return (figure, run)
            }
        }
        return nil
    }

    /// How many figures `allFigures` holds, counted without gathering them.
    public var figureCount: Int {
        runs.reduce(0) { $0 + $1.figures.count }
            + tables.reduce(0) { sum, table in
                sum + table.cells.reduce(0) { $0 + $1.count { $0 != nil } }
            }
    }

    /// Calculations authors leave in code comments (`# = $0.024 + $0.0225 = $0.0465`) are
    /// claims like any other; the code itself is not read.
    private func commentStarts(of block: Node) -> [(line: Int, column: Int)] {
        guard block.span.start.line > 0, block.span.end.line > block.span.start.line + 1 else { return [] }
        return ((block.span.start.line + 1)..<block.span.end.line).compactMap { line in
            let text = lines[line]
            // Code is mostly ASCII, where a byte is a Character: its lines are read as bytes.
            if line <= lines.count, lines.isASCII(line: line),
                let offset = text.utf8.withContiguousStorageIfAvailable({ Self.commentStart(inASCII: $0) })
            {
                return offset.map { (line, $0 + 1) }
            }
            guard let marker = Self.commentStart(in: text) else { return nil }
            return (line, text.distance(from: text.startIndex, to: marker) + 1)
        }
    }

    /// `commentStart(in:)` for a line of ASCII bytes: the offset where its comment starts.
    static func commentStart(inASCII line: UnsafeBufferPointer<UInt8>) -> Int? {
        var quote: UInt8?
        var index = 0
        while index < line.count {
            let c = line[index]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                quote = c
            } else if c == UInt8(ascii: "#") {
                return index
            } else if c == UInt8(ascii: "/") || c == UInt8(ascii: "-"), index + 1 < line.count, line[index + 1] == c {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Where a line comment starts (`#`, `//`, `--`), when it is not inside a string.
    static func commentStart(in line: Substring) -> Substring.Index? {
        var quote: Character?
        var index = line.startIndex
        while index < line.endIndex {
            let c = line[index]
            let next = line.index(after: index)
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'" {
                quote = c
            } else if c == "#" {
                return index
            } else if (c == "/" || c == "-"), next < line.endIndex, line[next] == c {
                return index
            }
            index = next
        }
        return nil
    }

    private mutating func readRun(line: Int, startColumn: Int, scanner: NumberScanner) -> TextRun {
        let text = lines.slice(line: line, from: startColumn)
        let figures = read(text, line: line, column: startColumn, scanner: scanner)
        var run = TextRun(line: line, startColumn: startColumn, text: text, figures: figures)
        run.chains = CalculationChain.find(in: run)
        return run
    }

    /// One run for the lines of a wrapped sentence, joined by spaces; each figure keeps the line
    /// and column it has in the file, and its `range` counts in the joined text as rules expect.
    private mutating func readWrappedRun(_ pieces: [(line: Int, column: Int)], scanner: NumberScanner) -> TextRun {
        var joined = ""
        var starts: [Int] = [], indents: [Int] = []
        for (index, piece) in pieces.enumerated() {
            let text = lines.slice(line: piece.line, from: piece.column)
            // The indent a continuation line drops is counted back into its columns.
            let indent = index > 0 ? text.prefix { $0 == " " || $0 == "\t" }.count : 0
            if index > 0 { joined.append(" ") }
            starts.append(joined.count)
            indents.append(indent)
            joined += text.dropFirst(indent)
        }
        let figures = read(joined, scanner: scanner) { offset in
            let k = starts.lastIndex { $0 <= offset } ?? 0
            return (pieces[k].line, pieces[k].column + indents[k] + offset - starts[k])
        }
        var run = TextRun(
            line: pieces[0].line, startColumn: pieces[0].column, text: Substring(joined), figures: figures)
        run.chains = CalculationChain.find(in: run)
        return run
    }

    /// Whether `next` carries on the sentence `line` leaves open: `line` ends without a stop and
    /// neither line states an item of its own (`label: figure`, a total line).
    static func sentenceContinues(_ line: Substring, into next: Substring) -> Bool {
        let end = line.trimmingSpaces
        let start = next.trimmingSpaces
        guard let last = end.last, !start.isEmpty, !".。!?！？:：;；".contains(last), !end.hasSuffix("  ") else {
            return false
        }
        // Two trailing spaces or a backslash are a hard line break the author asked for.
        if line.hasSuffix("  ") || end.hasSuffix("\\") { return false }
        // `… that is 5 × £2,140k =` then `£1.07M of savings`: a calculation left open goes on.
        if "=＝×÷+＋".contains(last) { return true }
        // `Bilan de Noël : 241 entrées contre 186, soit une hausse de` then `22,8 %.`: a line that
        // breaks off on a lower-case word, the next going on in lower case or with a figure, is one
        // sentence whatever its colon; an item ends on its amount.
        let breaksOffMidSentence =
            last.isLowercase && last.isASCII
            && (start.first.map { $0.isLowercase || $0.isNumber } ?? false)
        return (breaksOffMidSentence || !statesItem(end)) && !statesItem(start)
            && !TotalWords.isTotal(ListTotalRule.label(of: start))
    }

    /// `Serveur : 100 €`, `合计：63,400円`: a label, a colon, then what it is.
    private static func statesItem(_ text: String) -> Bool {
        guard let colon = text.firstIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = text[..<colon]
        // `**广告收入**：数字屏可轮播 6 家广告主。预计 … 比 2025 年的`: a stop after the item ends it,
        // and the sentence the line leaves open is another.
        let after = text[colon...]
        if after.contains(where: { "。！？".contains($0) }) || after.contains(". ") { return false }
        // `Fuel is the main uncertainty: depending on the diesel price, … between $7,569` is a
        // sentence with a colon: an item states its figure within a few words of it.
        return label.count <= 40 && !label.contains(where: \.isNumber)
            && after.prefix(32).contains(where: \.isNumber)
    }

    private mutating func checkedTable(_ node: Node, index: Int, scanner: NumberScanner, file: String) -> CheckedTable?
    {
        guard var table = Table(node) else { return nil }
        dropStrayRows(of: &table, file: file)
        let header = table.header.map { Self.cleanLabel($0.text) }
        let columns = HeaderUnits(header, locale: locale)
        var cells: [[LocatedFigure?]] = []
        var labels: [String] = []
        var allCells: [[[LocatedFigure]]] = []
        var cellScanner = scanner
        cellScanner.startsMidLine = true
        for row in table.rows {
            labels.append(Self.rowLabel(row))
            // Each cell is scanned once; `cells` keeps the first figure of each.
            let figures = row.enumerated().map { columns.apply(to: cellFigures($1, scanner: cellScanner), column: $0) }
            // The first column names the row; its digits ("A100 80G × 2") are not amounts. A cell that
            // works its amount out (`142 × 310 = 44 020`) holds the result.
            cells.append(
                figures.enumerated().map { column, found in
                    column > 0
                        ? Self.result(of: row[column], among: found) ?? Self.product(
                            of: found, in: row[column], lines: lines)
                            ?? Self.priceAfterItsDenominator(found, in: row[column], locale: locale) ?? found.first
                        : nil
                })
            allCells.append(figures)
        }
        // A first column of quantities (`| 1 500 | 2 400 | 1,86 |`, print-run tiers) is data, not names.
        if !allCells.isEmpty, allCells.allSatisfy({ row in row.first?.count == 1 }),
            table.rows.allSatisfy({ row in
                guard let cell = row.first else { return false }
                return cell.text.allSatisfy { $0.isNumber || $0.isWhitespace || ",. \u{202F}\u{A0}'".contains($0) }
            })
        {
            for row in cells.indices { cells[row][0] = allCells[row][0].first }
        }
        var checked = CheckedTable(
            index: index, table: table, header: header, cells: cells, rowLabels: labels, formulas: [])
        checked.rowKinds = labels.map(TotalWords.kind(of:))
        checked.cellFigures = allCells
        checked.headerFigures = table.header.map { cellFigures($0, scanner: cellScanner).first }
        checked.headerDenominators = columns.denominators
        checked.figureOnlyCells = cells.indices.map { row in
            cells[row].indices.map { checked.figureOnly(row: row, column: $0) }
        }
        return checked
    }

    /// GFM continues a table until a blank line, so prose right under it becomes one-cell rows:
    /// they are cut off, with a warning.
    private mutating func dropStrayRows(of table: inout Table, file: String) {
        guard
            let stray = table.rows.firstIndex(where: { row in
                let line = row.first?.span.start.line ?? 0
                return line > 0 && !lines[line].utf8.contains(UInt8(ascii: "|"))
            })
        else { return }
        let line = table.rows[stray].first!.span.start.line
        diagnostics.append(
            Diagnostic(
                .warning, rule: "table-shape",
                "this line has no '|' but continues the table above it; add a blank line after the table",
                at: SourceLocation(file: file, line: line, column: 1)))
        table.rows = Array(table.rows[..<stray])
    }

    /// `| | **合计** | | 1,717,500 |`: a label may stand in the second cell when the first is empty.
    private static func rowLabel(_ row: [TableCell]) -> String {
        let label = row.first.map { cleanLabel($0.text) } ?? ""
        if label.isEmpty, row.count > 2, let second = row.dropFirst().first.map({ cleanLabel($0.text) }),
            TotalWords.isTotal(second)
        {
            return second
        }
        return label
    }

    /// The unit and scale each column's header gives its bare cells.
    private struct HeaderUnits {
        var units: [FigureUnit?]
        var scales: [Scale?]
        /// What a price column's header says it is per, where the header names no currency: a cell's
        /// own currency (`$0.40`) takes it.
        var denominators: [Int: Denominator] = [:]

        init(_ header: [String], locale: NumberLocale) {
            // A bare cell takes the unit its header states: `每百万输入token成本（美元）` over `5.00`.
            units = header.map { ColumnUnit.infer(header: $0, locale: locale) }
            if let first = units.first ?? nil, units.dropFirst().allSatisfy({ $0 == nil }) {
                units = units.indices.map { $0 == 0 ? nil : first }
            }
            // `入力（100 万トークンあたり）` beside `合計（USD）`: a price column names what it is per, and
            // the one currency the table's other headers name is what it is paid in.
            var currencies: [Measure] = []
            for case let unit? in units where !currencies.contains(unit.measure) { currencies.append(unit.measure) }
            for (column, text) in header.enumerated() where column > 0 && units[column] == nil {
                guard let per = ColumnUnit.denominator(header: text, locale: locale), per.thing == .tokens,
                    per.amount >= 1000
                else { continue }
                denominators[column] = per
                if currencies.count == 1, let measure = currencies.first {
                    units[column] = FigureUnit(measure, per: per, written: text)
                }
            }
            // `Montant (k€)` over `427`: the cell is 427,000 euros, shown to the thousand.
            scales = header.map { ColumnUnit.scale(header: $0) }
            // `Item (¥ million)` over the label column says what every amount column is in.
            if let first = scales.first ?? nil, scales.dropFirst().allSatisfy({ $0 == nil }) {
                scales = scales.indices.map { $0 == 0 ? nil : first }
            }
        }

        func apply(to figures: [LocatedFigure], column: Int) -> [LocatedFigure] {
            figures.map { figure in
                var copy = figure
                if copy.number.scale == nil, copy.number.unit?.measure != .percent,
                    let scale = scales[safe: column] ?? nil
                {
                    copy.number.value *= Decimal(sign: .plus, exponent: scale.powerOfTen, significand: 1)
                    copy.number.scale = scale
                }
                if let per = denominators[column], case .currency? = copy.number.unit?.measure,
                    copy.number.unit?.per == nil
                {
                    copy.number.unit?.per = per
                    return copy
                }
                // `Input ($/1M tokens)` over `$0.40`: the cell's currency is the header's, and so is what it is per.
                // (`Cost at $45/TB` quotes a rate the cells' amounts are worked out at.)
                if let unit = units[safe: column] ?? nil, let per = unit.per, per.thing == .tokens,
                    per.amount >= 1000, copy.number.unit?.per == nil, copy.number.unit?.measure == unit.measure
                {
                    copy.number.unit?.per = per
                    return copy
                }
                guard copy.number.unit == nil, let unit = units[safe: column] ?? nil else { return copy }
                copy.number.unit = unit
                return copy
            }
        }
    }

    /// `100万トークンあたり 0.15 ドル`: a cell that says what its price is per before the price holds
    /// the price, per that many (read as a header's `100万トークンあたり` is).
    private static func priceAfterItsDenominator(
        _ figures: [LocatedFigure], in cell: TableCell, locale: NumberLocale
    ) -> LocatedFigure? {
        guard figures.count == 2, case .count? = figures[0].number.unit?.measure,
            case .currency? = figures[1].number.unit?.measure, figures[1].number.unit?.per == nil,
            let per = ColumnUnit.denominator(header: cell.text, locale: locale), per.amount == figures[0].number.value
        else { return nil }
        var price = figures[1]
        price.number.unit?.per = per
        return price
    }

    /// The figure right after a cell's last `=` (`96 × 9,50 × 12 = 10 944`), if the cell has one.
    private static func result(of cell: TableCell, among figures: [LocatedFigure]) -> LocatedFigure? {
        guard figures.count >= 2, let equals = cell.text.lastIndex(where: { $0 == "=" || $0 == "＝" }) else {
            return nil
        }
        let after = cell.text[cell.text.index(after: equals)...]
        guard let first = after.first(where: { !$0.isWhitespace }), first.isNumber || "$€£¥￥".contains(first) else {
            return nil
        }
        return figures.last
    }

    /// `| 2 人 × 4 日 |` in a quantity column: a cell that only multiplies counts holds their
    /// product, placed at its first figure, with no unit; a price in it (`16.8M × ¥1.5 per 10,000`)
    /// leaves the cell its first figure.
    private static func product(of figures: [LocatedFigure], in cell: TableCell, lines: SourceLines) -> LocatedFigure? {
        guard figures.count >= 2, cell.span.start.line > 0, cell.span.start.line == cell.span.end.line,
            figures.allSatisfy({ figure in
                guard figure.line == cell.span.start.line, figure.number.unit?.per == nil else { return false }
                if case .count? = figure.number.unit?.measure { return true }
                return figure.number.unit == nil
            }),
            // Bare `２９ × １６５` may be a price its translation writes `29 × 165 €`: counts name themselves.
            figures.contains(where: { if case .count? = $0.number.unit?.measure { true } else { false } })
        else { return nil }
        let chars = Array(lines[cell.span.start.line])
        var value = figures[0].number.value
        for (previous, next) in zip(figures, figures.dropFirst()) {
            let start = previous.column - 1 + previous.number.range.length
            let end = next.column - 1
            guard start <= end, end <= chars.count, GapReader.read(chars[start..<end]) == .operator("×") else {
                return nil
            }
            value *= next.number.value
        }
        var figure = figures[0]
        figure.number.value = value
        figure.number.unit = nil
        return figure
    }

    /// The figures of a table cell, read from its source; `scanner` knows cells start mid-line.
    private mutating func cellFigures(_ cell: TableCell, scanner: NumberScanner) -> [LocatedFigure] {
        guard cell.span.start.line > 0 else { return [] }
        let text = lines.slice(line: cell.span.start.line, from: cell.span.start.column, through: cell.span.end.column)
        return read(text, line: cell.span.start.line, column: cell.span.start.column, scanner: scanner)
    }

    /// The figures of `text`, which starts at `line` and `column`.
    private mutating func read(_ text: Substring, line: Int, column: Int, scanner: NumberScanner) -> [LocatedFigure] {
        read(String(text), scanner: scanner) { (line, column + $0) }
    }

    /// The figures of `text`, each placed in the file by `place` from its Character offset in the
    /// text; unreadable ones are kept aside.
    private mutating func read(_ text: String, scanner: NumberScanner, place: (Int) -> (line: Int, column: Int))
        -> [LocatedFigure]
    {
        var found: [UnreadableFigure] = []
        var figures = scanner.scan(text, unreadable: &found).map { number in
            let at = place(number.range.column - 1)
            return LocatedFigure(number: number, line: at.line, column: at.column)
        }
        // A formula's numbers (`$2 \times 10^4$`) are notation, not figures the page states.
        if !page.math.isEmpty { figures.removeAll { page.math.covers(line: $0.line, column: $0.column) } }
        unreadable += found.map { figure in
            let at = place(figure.range.column - 1)
            return (at.line + figure.range.line - 1, at.column, figure)
        }
        return figures
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
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "_") }) else {
            return text.trimmingSpaces
        }
        return text.filter { $0 != "*" && $0 != "_" }.trimmingSpaces
    }
}
