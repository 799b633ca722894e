import Foundation
import GFM
import Numbers

/// A table of a page with the figure of each cell, ready for row and column rules.
public struct CheckedTable: Sendable {
    /// The position of the table among the page's tables, from 1.
    public var index: Int
    public var table: Table
    /// Header texts, trimmed, without emphasis markers.
    public var header: [String]
    /// The first figure of each header cell, such as the per-call price in "vs GPT-4o ($0.035/call)".
    public var headerFigures: [LocatedFigure?] = []
    /// What a price column's header says it is per where it names no currency (`Input / 1M tokens`).
    public var headerDenominators: [Int: Denominator] = [:]
    /// For each body row, the first figure of each cell (nil for cells without one).
    public var cells: [[LocatedFigure?]]
    /// For each body row, every figure of each cell, in the order written.
    var cellFigures: [[[LocatedFigure]]] = []
    /// The label of each body row: the text of its first cell.
    public var rowLabels: [String]
    /// Formulas the author declared for this table in a comment right after it.
    public var formulas: [FormulaDeclaration]

    /// What each row's label says it is (a total, a subtotal, nothing), worked out once.
    var rowKinds: [TotalWords.Kind?] = []

    public var columnCount: Int { header.count }

    /// Whether body row `row` is labelled as a total or subtotal.
    public func isTotalRow(_ row: Int) -> Bool {
        (rowKinds.indices.contains(row) ? rowKinds[row] : TotalWords.kind(of: rowLabels[safe: row] ?? "")) != nil
    }

    /// The last row, when no row is labelled a total and in some column it is the sum of all the
    /// rows above it: a total without a total word (`| **Year** | … | 5,605,310 |`, `| **T1** | …`).
    /// A row that sums in fewer columns than it does not is a row like the others whose count
    /// happens to add up (`| C | 20 | 460 | 9,200 |` under counts 12 and 8), unless its label is
    /// bold as totals are (`| **All runners** | **372** | …`, its average and a wrong sum beside).
    public var impliedTotalRows: Set<Int> {
        let last = cells.count - 1
        guard last >= 2, (0...last).allSatisfy({ !isTotalRow($0) }) else { return [] }
        // Only the values are read: every rule asks, and copying each figure was most of the cost.
        func value(_ row: Int, _ column: Int) -> Decimal? {
            column < cells[row].count ? cells[row][column]?.number.value : nil
        }
        var sums = 0, misses = 0
        columns: for column in 1..<max(1, columnCount) {
            guard let total = value(last, column) else { continue }
            var sum = Decimal(0)
            for row in 0..<last {
                guard let cell = value(row, column) else { continue columns }
                sum += cell
            }
            if sum == total { sums += 1 } else { misses += 1 }
        }
        guard sums > 0 else { return [] }
        return sums >= misses || isBold(last) ? [last] : []
    }

    /// Whether body row `row`'s label is set in bold, as authors set a total or subtotal.
    func isBold(_ row: Int) -> Bool {
        table.rows[safe: row]?.first?.node.children.contains { $0.kind == .strong } ?? false
    }

    /// The kind of body row `row`'s label.
    func rowKind(_ row: Int) -> TotalWords.Kind? {
        rowKinds.indices.contains(row) ? rowKinds[row] : TotalWords.kind(of: rowLabels[safe: row] ?? "")
    }

    /// The row and column of the cell that holds `figure`, if a cell of this table does: matched by
    /// line and column in the file, since rows with bold or wider labels put another table column's
    /// cells at the same file column.
    func position(of figure: LocatedFigure) -> (row: Int, column: Int)? {
        for (row, cells) in cells.enumerated() {
            if let column = cells.firstIndex(where: { $0?.line == figure.line && $0?.column == figure.column }) {
                return (row, column)
            }
        }
        return nil
    }

    /// The figures of column `column` by row, nil where a row has none.
    func column(_ column: Int) -> [LocatedFigure?] {
        cells.map { column < $0.count ? $0[column] : nil }
    }

    /// Whether the cell says nothing: empty, or a dash standing for "none".
    /// Whether the cell writes a product (`38 × 2`, `2 x 3`) rather than one figure: its figure is
    /// only the first operand.
    func holdsProduct(row: Int, column: Int) -> Bool {
        guard let text = table.rows[safe: row]?[safe: column]?.text, text.contains(where: { "×xX*✕".contains($0) })
        else { return false }
        let chars = Array(text)
        for (index, character) in chars.enumerated() where "×xX*✕".contains(character) {
            let before = chars[..<index].last { $0 != " " }, after = chars[(index + 1)...].first { $0 != " " }
            if before?.isNumber == true, after?.isNumber == true { return true }
        }
        return false
    }

    func isBlank(row: Int, column: Int) -> Bool {
        guard let cell = table.rows[safe: row]?[safe: column] else { return true }
        let text = cell.text.filter { !$0.isWhitespace && $0 != "*" && $0 != "_" }
        return text.isEmpty || ["-", "–", "—", "/", "n/a", "N/A", "－", "ー"].contains(text)
    }

    /// Whether a body row holds no figure at all: an empty spacer or a section heading.
    func isSpacer(_ row: Int) -> Bool {
        cells[safe: row]?.dropFirst().allSatisfy { $0 == nil } ?? true
    }

    /// `figureOnly(row:column:)` for each cell, worked out once when the table is read: the
    /// column rules ask it of a cell for every relation they try, and a rate's denominator
    /// (`0.05/万次`) is scanned to answer.
    var figureOnlyCells: [[Bool]] = []

    /// Whether the cell is its figure and little else (a mark, a note of three characters): a
    /// figure inside a sentence is a mention, not a value of the column.
    func isFigureOnly(row: Int, column: Int) -> Bool {
        if let known = figureOnlyCells[safe: row]?[safe: column] { return known }
        return figureOnly(row: row, column: column)
    }

    /// `isFigureOnly` worked out from the cell's text.
    func figureOnly(row: Int, column: Int) -> Bool {
        guard let figure = cells[safe: row]?[safe: column] ?? nil, let cell = table.rows[safe: row]?[safe: column]
        else { return false }
        if Self.inkCount(cell.text, skipping: "*_`~") - Self.inkCount(figure.number.text, skipping: "") <= 3 {
            // `0.05/万次`: a price per ten thousand, however short, is no price of one, unless the
            // figure's unit says so (`$0.60/M`).
            guard let slash = cell.text.lastIndex(where: { $0 == "/" || $0 == "／" }),
                (figure.number.unit?.per?.amount ?? 1) == 1
            else { return true }
            return !Self.namesScale(cell.text[cell.text.index(after: slash)...].trimmingCharacters(in: .whitespaces))
        }
        // `4 380 colis`, `0,45 €/colis`: the figure opens the cell and a unit word follows it.
        let text = cell.text.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix(figure.number.text) else { return false }
        let rest = text.dropFirst(figure.number.text.count)
        guard rest.count <= 16, rest.allSatisfy({ $0.isLetter || $0 == " " || $0 == "/" || $0 == "." }) else {
            return false
        }
        // `$1.50 / 千ページ`, `3,50 € / Mio.`: a rate per a scale's worth is per that many, which
        // the figure's unit does not say.
        guard let slash = rest.firstIndex(of: "/") else { return true }
        return !Self.namesScale(rest[rest.index(after: slash)...].trimmingCharacters(in: .whitespaces))
    }

    /// Whether a rate's denominator opens with a scale (`千ページ`, `Mio.`, `万次`).
    private static func namesScale(_ denominator: String) -> Bool {
        NumberScanner.scan("1 " + denominator, locale: .en).first?.scale != nil
            || NumberScanner.scan("1" + denominator, locale: .zh).first?.scale != nil
    }

    private static let apieceWords = LanguageProfile.all.flatMap(\.apieceWords).map { $0.lowercased() }
    /// The same words searched as bytes: asked of every cell a total adds, most of which hold none.
    private static let apieceWordSet = LiteralSet(apieceWords, foldingASCIICase: true)
    private static let marksAfterAmount = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "*_€$£¥元円"))

    /// Whether the cell gives its amount to each of several things (`140 chacun`, `7 238 € each`).
    func isApiece(row: Int, column: Int) -> Bool {
        guard let figure = cells[safe: row]?[safe: column] ?? nil, let cell = table.rows[safe: row]?[safe: column],
            Self.apieceWordSet.occurs(in: cell.text)
        else { return false }
        let text = cell.text.lowercased()
        guard let range = text.range(of: figure.number.text.lowercased()) else { return false }
        let rest = text[range.upperBound...].trimmingCharacters(in: Self.marksAfterAmount)
        return Self.apieceWords.contains { word in
            guard rest.hasPrefix(word) else { return false }
            let after = rest.dropFirst(word.count)
            return word.first?.isASCII == false || after.first.map { !$0.isLetter } ?? true
        }
    }

    /// How many Characters of `text` are neither whitespace nor one of `marks` (ASCII marks). An
    /// ASCII text is counted by its bytes: each is a Character of its own there, but for CR LF,
    /// which is whitespace either way.
    static func inkCount(_ text: String, skipping marks: String) -> Int {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
            return text.count { !$0.isWhitespace && !marks.contains($0) }
        }
        let skipped = Array(marks.utf8)
        return text.utf8.count { byte in !(byte == 0x20 || byte &- 0x09 < 5 || skipped.contains(byte)) }
    }

    /// Whether the cell bounds its figure rather than states it: `<0.1%`, `≥ 5`, `> 1 000`.
    func isBound(row: Int, column: Int) -> Bool {
        guard let cell = table.rows[safe: row]?[safe: column] else { return false }
        // In ASCII text no mark can combine with `<` or `>` into another Character: their bytes tell.
        if cell.text.utf8.allSatisfy({ $0 < 0x80 }) {
            return cell.text.utf8.contains { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }
        }
        return cell.text.contains { "<>≤≥＜＞".contains($0) }
    }

    /// Whether the column holds only 0 and 1: yes/no flags, not amounts.
    func isFlags(_ column: Int) -> Bool {
        // Read in place: a copy of the column's figures costs more than the test.
        cells.allSatisfy { row in
            guard column < row.count, let figure = row[column] else { return true }
            return figure.number.unit == nil && (figure.number.value == 0 || figure.number.value == 1)
        }
    }

    /// Whether most filled cells of the column hold a figure, so it is worth checking.
    func isNumeric(_ column: Int) -> Bool {
        let filled = cells.count { column < $0.count && $0[column] != nil }
        return filled >= 1 && filled * 2 >= cells.count
    }
}

extension [CheckedTable] {
    /// Whether `text` names the row of the table cell `cell` (a word of four letters or more of its
    /// label, or the whole of a shorter CJK label); a header's words (`price`, `cost`) name a whole
    /// column, no one cell of it but its total.
    /// A total row's column is named by its header (`Q3 合計は…` for the `合計（$）` of `Q3 計`).
    func mention(_ cell: LocatedFigure, in text: String) -> Bool {
        for table in self {
            for (row, cells) in table.cells.enumerated() {
                guard let column = cells.firstIndex(where: { $0?.line == cell.line && $0?.column == cell.column })
                else { continue }
                let names =
                    (table.isTotalRow(row)
                    ? [table.rowLabels[row], table.header[safe: column] ?? ""] : [table.rowLabels[row]]).map {
                        $0.lowercased()
                    }
                return names.contains { name in
                    let words = name.split(whereSeparator: { !$0.isLetter }).map(String.init)
                    return words.contains { word in
                        LabelName.isDistinctive(word) && text.contains(word)
                    }
                }
            }
        }
        return false
    }
}

/// Whether a name is long enough to be told apart in a sentence: two ideographs (`曲柄`, `小计`), or
/// four letters of a Latin word (`paid`, not `Pro`).
enum LabelName {
    static func isCJK(_ name: String) -> Bool { name.unicodeScalars.contains { $0.value >= 0x2E80 } }

    static func isDistinctive(_ name: String) -> Bool { name.count >= (isCJK(name) ? 2 : 4) }
}
