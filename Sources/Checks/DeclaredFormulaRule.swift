import Content
import Numbers
import TextKit

/// Checks every row of a table against the formulas its author declared for it.
struct DeclaredFormulaRule: PageRule {
    static let id = "formula"

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let named = Self.namedValues(page.page.frontMatter)
        for table in page.tables where !table.formulas.isEmpty {
            if let cycle = FormulaCycles.find(table.formulas) {
                report.diagnostics.append(
                    Diagnostic(
                        .error, rule: Self.id, "formulas refer to each other: \(cycle)", at: table.formulas[0].location)
                )
                continue
            }
            for formula in table.formulas {
                check(formula, table: table, named: named, page: page, file: file, into: &report)
            }
        }
    }

    private func check(
        _ formula: FormulaDeclaration, table: CheckedTable, named: [String: Quantity], page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let columns = ColumnResolver(header: table.header)
        guard let target = columns.index(of: formula.target) else {
            report.diagnostics.append(
                Diagnostic(
                    .error, rule: "formula-syntax", "unknown column \(formula.target) in '\(formula.text)'",
                    at: formula.location))
            return
        }
        for name in formula.expression.references where columns.index(of: .reference(name)) == nil && named[name] == nil
        {
            report.diagnostics.append(
                Diagnostic(
                    .error, rule: "formula-syntax",
                    "'\(name)' is neither a column of table \(table.index) nor a number in the front matter",
                    at: formula.location))
            return
        }
        for (row, cells) in table.cells.enumerated() where !table.isTotalRow(row) {
            guard let stated = cells[safe: target] ?? nil else { continue }
            let evaluator = FormulaEvaluator { reference in
                if let column = columns.index(of: reference) { return cells[safe: column]??.quantity }
                if case .reference(let name) = reference { return named[name] }
                return nil
            }
            switch evaluator.evaluate(formula.expression) {
            case .success(let computed):
                // `ACoS = 广告花费 ÷ 广告销售额` over `27.2%`: a ratio stated as a percentage.
                let computed = InlineCalculationRule.asStated(computed, by: stated.number.unit)
                report.compare(
                    stated, computed: computed, rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(formula.text), row '\(table.rowLabels[row])'", what: "formula")
            case .failure(.divisionByZero):
                report.diagnostics.append(
                    Diagnostic(
                        .error, rule: Self.id,
                        "division by zero in '\(formula.text)' for row '\(table.rowLabels[row])'", at: formula.location)
                )
            case .failure:
                continue
            }
        }
    }

    /// Front-matter values that are plain numbers, usable by name in formulas.
    static func namedValues(_ frontMatter: FrontMatter) -> [String: Quantity] {
        var values: [String: Quantity] = [:]
        for (key, value) in frontMatter.extra {
            guard let text = value.string, let figure = NumberScanner(locale: .en).scan(text).first,
                figure.text.count == text.trimmingSpaces.count
            else { continue }
            values[key] = Quantity(figure)
        }
        return values
    }
}
