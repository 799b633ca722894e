import Content
import Foundation
import Numbers

/// Warns when a price's size does not match the scale its unit or column header states: a value
/// "per million tokens" the size of a per-token price, or a value "per token" the size of a
/// per-million price.
struct RateScaleRule: PageRule {
    static let id = "rate-scale"

    /// Per-million prices of language models run from cents to hundreds of dollars; per-token
    /// prices from 10⁻⁹ to 10⁻⁴. Below the floor a per-million price is really per token; above
    /// the ceiling a per-token price is really per million.
    static let perMillionFloor = Decimal(string: "0.001")!
    static let perTokenCeiling = Decimal(string: "0.01")!

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // Bare table cells carry their column header's unit, so cells and prose are judged alike.
        let figures = page.allFigures
        var placesOfValue: [Decimal: Int] = [:]
        for figure in figures where Self.isBelowFloor(figure.number.value) {
            placesOfValue[figure.number.value, default: 0] += 1
        }
        // The figures stated per single unit, by value: asked once per per-million figure.
        var perUnitByValue: [Decimal: [LocatedFigure]] = [:]
        for figure in figures where figure.number.unit?.per?.amount == 1 && figure.number.value < 1 {
            perUnitByValue[figure.number.value, default: []].append(figure)
        }
        // The prices stated per million, by value: `$0.075 per million input tokens` in prose says the
        // column's `0.000000075` is that price per token.
        let perMillionValues = Set(
            figures.filter { $0.number.unit?.per?.amount == 1_000_000 && $0.number.value >= Self.perMillionFloor }
                .map(\.number.value))
        for figure in figures {
            guard let unit = figure.number.unit, case .currency = unit.measure, let per = unit.per,
                figure.number.value > 0
            else { continue }
            let value = figure.number.value
            let isTokens = per.thing == .tokens || per.thing == nil
            if per.amount == 1_000_000 {
                // Where the page itself states the per-unit price, the column is certainly wrong; for
                // things other than tokens (requests, bottles) only then is the size telling.
                let statedPerUnit =
                    value < 1
                    && (perUnitByValue[value] ?? []).contains { other in
                        guard let otherPer = other.number.unit?.per,
                            other.line != figure.line || other.column != figure.column
                        else { return false }
                        return otherPer.thing == per.thing || otherPer.thing == nil || per.thing == nil
                    }
                let statedPerMillion = value < Self.perMillionFloor && perMillionValues.contains(value * 1_000_000)
                let statedTwice = (placesOfValue[value] ?? 0) >= 2 && value < Self.perMillionFloor
                let workedOut =
                    !statedPerUnit && !statedPerMillion && !statedTwice && value < Self.perMillionFloor
                    && Self.rowWorksOutPerMillion(figure, in: page.tables)
                let besidePerMillion =
                    !statedPerUnit && !statedPerMillion && !statedTwice && !workedOut && isTokens
                    && value < Self.perMillionFloor && Self.othersInColumnArePerMillion(figure, in: page.tables)
                let statedElsewhere = statedPerUnit || statedPerMillion || statedTwice || workedOut || besidePerMillion
                guard isTokens || statedElsewhere else { continue }
                report.relationsChecked += 1
                if value < Self.perMillionFloor || statedPerUnit {
                    let thing = per.thing.map { "\($0)" } ?? "tokens"
                    warn(
                        figure, stated: "per million \(thing)", likely: "per \(thing == "tokens" ? "token" : "unit")",
                        scaled: value * 1_000_000,
                        page: page, file: file, severity: statedElsewhere ? .error : .warning,
                        evidence: workedOut
                            ? .workedOut
                            : besidePerMillion
                                ? .column : statedPerMillion && !statedPerUnit ? .perMillion : .perUnit,
                        into: &report)
                }
            } else if isTokens, per.amount == 1, per.thing == .tokens {
                report.relationsChecked += 1
                if value >= Self.perTokenCeiling {
                    warn(
                        figure, stated: "per token", likely: "per million tokens", scaled: value / 1_000_000,
                        page: page, file: file,
                        severity: .warning, into: &report)
                }
            }
        }
        if !placesOfValue.isEmpty { checkBareColumns(page, placesOfValue: placesOfValue, file: file, into: &report) }
    }

    /// `输入（每百万 tokens）` over a bare `0.0000003`, in a table whose headers name no currency:
    /// the header still says per million, and the page states the same figure elsewhere (`输入每
    /// token 0.0000003 元`).
    private func checkBareColumns(
        _ page: PageFigures, placesOfValue: [Decimal: Int], file: String, into report: inout RuleReport
    ) {
        for table in page.tables {
            let small = table.cells.flatMap { $0.compactMap { $0 } }.filter {
                $0.number.unit == nil && Self.isBelowFloor($0.number.value)
                    && (placesOfValue[$0.number.value] ?? 0) >= 2
            }
            guard !small.isEmpty else { continue }
            for (column, header) in table.header.enumerated() where column > 0 {
                // Per million of anything (`每百万字符单价`): the figure stated elsewhere is the evidence.
                guard let per = ColumnUnit.denominator(header: header, locale: page.locale), per.amount == 1_000_000
                else { continue }
                let thing = per.thing.map { "\($0)" } ?? "tokens"
                let inColumn = Set(table.cells.compactMap { ($0[safe: column] ?? nil).map { [$0.line, $0.column] } })
                for cell in small where inColumn.contains([cell.line, cell.column]) {
                    report.relationsChecked += 1
                    warn(
                        cell, stated: "per million \(thing)", likely: "per \(thing == "tokens" ? "token" : "unit")",
                        scaled: cell.number.value * 1_000_000,
                        page: page, file: file, severity: .error, into: &report)
                }
            }
        }
    }

    /// `| Output | 2.52M | $0.0000016 | $4.03 |`, `| gpt-4o-mini | 1.08 | 0.00000432 | 81.65 | 27.22 |`
    /// beside rows whose cost is 6.3 times their price: the row's own cost is what the figure gives
    /// taken per token of the row's volume, or per million of the volume the other rows share.
    /// Either way the page works the price out at another scale than the cell states.
    static func rowWorksOutPerMillion(_ figure: LocatedFigure, in tables: [CheckedTable]) -> Bool {
        for table in tables {
            guard let (row, column) = table.position(of: figure) else { continue }
            let cells = table.cells[row].enumerated().compactMap { index, cell in
                index == column ? nil : cell.map { (index, $0) }
            }
            let value = figure.number.value
            func agrees(_ cell: LocatedFigure, _ computed: Decimal) -> Bool {
                cell.number.value > 0 && Agreement.compare(stated: cell.number, computed: computed).isAgreement
            }
            // A volume of the row in tokens times the figure per token gives a cost of the row.
            for (_, volume) in cells where volume.number.value >= 10_000 {
                if cells.contains(where: { $0.1.column != volume.column && agrees($0.1, volume.number.value * value) })
                {
                    return true
                }
            }
            // The volume the other rows share, in millions, times the figure per million.
            for (costColumn, cost) in cells {
                let volumes = table.cells.indices.filter { $0 != row }.compactMap { other -> Decimal? in
                    guard let price = table.cells[other][safe: column] ?? nil, price.number.value >= perMillionFloor,
                        let otherCost = table.cells[other][safe: costColumn] ?? nil, otherCost.number.value > 0
                    else { return nil }
                    return otherCost.number.value / price.number.value
                }
                guard volumes.count >= 2, let first = volumes.first,
                    volumes.allSatisfy({ ($0 - first).magnitude <= first / 100 })
                else { continue }
                if agrees(cost, first * value * 1_000_000) { return true }
            }
        }
        return false
    }

    /// `| gpt-4o-mini | 0.15 | 0.0000006 |` under `Output $/1M tokens`, below `| gpt-4o | 2.50 | 10.00 |`:
    /// every other price of the column is one per million tokens, the size the header states.
    static func othersInColumnArePerMillion(_ figure: LocatedFigure, in tables: [CheckedTable]) -> Bool {
        for table in tables {
            guard let (row, column) = table.position(of: figure) else { continue }
            let others = table.cells.indices.filter { $0 != row && !table.isTotalRow($0) }.compactMap {
                table.cells[$0][safe: column] ?? nil
            }
            return !others.isEmpty && others.allSatisfy { $0.number.value >= perMillionFloor }
        }
        return false
    }

    /// `0 < value < perMillionFloor`. A value with no digit below the thousandths is zero or at least
    /// a thousandth either way, which its exponent tells without comparing Decimals (most figures).
    static func isBelowFloor(_ value: Decimal) -> Bool {
        if !value.isNaN, value.exponent >= -3 { return false }
        return value > 0 && value < perMillionFloor
    }

    /// What the page states elsewhere that shows the figure's scale wrong.
    enum Evidence {
        /// The same figure as a price per unit.
        case perUnit
        /// The figure times a million as a price per million.
        case perMillion
        /// A cost of the figure's table row worked out with the figure at the other scale.
        case workedOut
        /// The other rows of the figure's column, priced at the scale the header states.
        case column
    }

    private func warn(
        _ figure: LocatedFigure, stated: String, likely: String, scaled: Decimal, page: PageFigures, file: String,
        severity: Diagnostic.Severity, evidence kind: Evidence = .perUnit, into report: inout RuleReport
    ) {
        let rescaled = NumberFormatting.format(scaled, locale: page.locale)
        let said =
            kind == .perMillion
            ? "\(rescaled) as the price \(stated)" : "\(figure.number.text) as a price \(likely)"
        let evidence =
            severity != .error
            ? ""
            : kind == .workedOut
                ? " (its row's cost is worked out with it \(likely))"
                : kind == .column
                    ? " (the column's other rows are prices \(stated))" : " (the page states \(said) elsewhere)"
        report.diagnostics.append(
            Diagnostic(
                severity, rule: Self.id,
                "\(figure.number.text) is stated \(stated) but has the size of a price \(likely); \(stated) it would be \(rescaled)\(evidence)",
                at: figure.location(in: file), stated: figure.number.text, computed: rescaled,
                length: figure.number.range.length))
    }
}
