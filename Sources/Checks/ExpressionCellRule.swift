import Foundation
import GFM
import Numbers

/// A table cell that writes how its row's amount is worked out (`14 房 × 4 晚 × 2,650`, `385 €/ha ×
/// 26 ha`) agrees with the amount beside it, as the other rows' cells do: `| 14 房 × 4 晚 × 2,650 |
/// 159,000 |` is 148,400.
///
/// The column of amounts is the first numeric one to the right of the expressions. Only a column
/// whose expressions give their row's amount in at least two rows, and in two thirds of the rows
/// that have both, is checked, so a column of notes with a `×` in it never is.
struct ExpressionCellRule: PageRule {
    static let id = "expression-cell"

    private static let operatorCharacters: Set<Character> = ["×", "*", "÷", "+", "x", "✕"]

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for table in page.tables {
            for column in 1..<max(1, table.columnCount) {
                let rows = table.cells.indices.filter { row in
                    !table.isTotalRow(row) && Self.holdsExpression(table.table.rows[row][safe: column]?.text ?? "")
                }
                guard rows.count >= CheckPolicy.slipRelationMinimumRows,
                    let target = ((column + 1)..<table.columnCount).first(where: table.isNumeric)
                else { continue }
                check(table, expressions: column, target: target, rows: rows, page: page, file: file, into: &report)
            }
        }
    }

    private func check(
        _ table: CheckedTable, expressions column: Int, target: Int, rows: [Int], page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        var scanner = NumberScanner(locale: page.locale, marks: page.marks)
        scanner.startsMidLine = true
        var agree: [Int] = []
        var disagree: [(LocatedFigure, Quantity, String)] = []
        for row in rows {
            guard let text = table.table.rows[row][safe: column]?.text,
                let stated = table.cells[row][safe: target] ?? nil, table.isFigureOnly(row: row, column: target),
                let (computed, written) = Self.value(of: text, scanner: scanner)
            else { continue }
            // `| Part du coût dans le HT | 7,29 ÷ 30,33 | 24,0 % |`: a ratio written as a percentage.
            let percent = stated.number.unit?.measure == .percent && computed.unit?.measure != .percent
            if Agreement.agrees(stated.number, computed: computed.value)
                || percent && Agreement.agrees(stated.number, computed: computed.value * 100)
            {
                agree.append(row)
            } else {
                disagree.append((stated, computed, written))
            }
        }
        guard agree.count >= CheckPolicy.slipRelationMinimumRows,
            Decimal(agree.count) >= CheckPolicy.inferredRelationMajority * Decimal(agree.count + disagree.count)
        else { return }
        report.relationsChecked += agree.count
        let header = table.header[safe: column] ?? "#\(column + 1)"
        for (stated, computed, written) in disagree {
            report.compare(
                stated, computed: Quantity(computed.value, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "\(written), as '\(header)' works it out in \(agree.count) other rows",
                what: "table cell")
        }
    }

    /// Whether a cell's text is an expression: an operator and no equals sign.
    static func holdsExpression(_ text: String) -> Bool {
        text.contains(where: operatorCharacters.contains) && !text.contains("=") && !text.contains("＝")
            && text.contains(where: \.isNumber)
    }

    /// The value of the one calculation a cell writes, with how it was written. The cell states no
    /// result, and a chain is read from a calculation and what it is said to equal: the cell is read
    /// with a placeholder result, which is then set aside.
    static func value(of text: String, scanner: NumberScanner) -> (Quantity, String)? {
        let written = text.trimmingCharacters(in: .whitespaces)
        let claimed = written + " = 0"
        let figures = scanner.scan(claimed).map { LocatedFigure(number: $0, line: 0, column: $0.range.column) }
        guard figures.count >= 3 else { return nil }
        let run = TextRun(line: 0, startColumn: 1, text: Substring(claimed), figures: figures)
        let chains = CalculationChain.find(in: run)
        guard chains.count == 1, let chain = chains.first, chain.parts.count == 2,
            chain.parts[0].figures.count == figures.count - 1, let computation = chain.computation,
            // `1+19`: bare counts added up write a dilution or a mix, not how an amount is worked out.
            !(computation.part.operators.allSatisfy { $0 == "+" }
                && computation.part.figures.allSatisfy { $0.number.unit == nil && $0.number.scale == nil })
        else { return nil }
        return (computation.computed, written)
    }
}
