import Foundation
import Numbers

/// A cost column beside an input and an output price per million tokens is what the token
/// volumes the page states cost at those prices: `240 M input tokens and 18 M output tokens a
/// month` under `| Mistral Small | 0.20 | 0.60 | 58.80 |`, or `2,400 件 × (30,000 × 入力単価 +
/// 1,500 × 出力単価) ÷ 1,000,000`.
///
/// The volumes are not guessed from the table: two of them (and at most one count they are
/// multiplied by) must be figures of the page's prose, and they must explain at least two rows
/// exactly and all rows but one. A price the size of a per-token price in a per-million column
/// (`0.0000004`) is read as the per-million price it stands for, as `rate-scale` reports it.
struct TokenCostColumnRule: PageRule {
    static let id = "token-cost"
    static let guessesRelation = true

    /// How many of the page's prose figures are tried as volumes and counts.
    static let maximumVolumes = 16

    struct Reading {
        var input: Decimal
        var output: Decimal
        var count: Decimal
        var agree: [Int]
        var disagree: [Int]

        /// What the row's prices make of the volumes; a per-token price in a per-million column counts per million.
        func cost(_ row: Int, _ prices: (input: Int, output: Int), _ table: CheckedTable) -> Decimal {
            func price(_ column: Int) -> Decimal {
                let value = table.cells[row][column]!.number.value
                return RateScaleRule.isBelowFloor(value) ? value * 1_000_000 : value
            }
            return count * (input * price(prices.input) + output * price(prices.output)) / 1_000_000
        }
    }

    /// A cost column and the volumes that explain it.
    struct ExplainedColumn {
        var table: CheckedTable
        var prices: (input: Int, output: Int)
        var target: Int
        var reading: Reading
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for column in page.tokenCostColumns {
            let (table, prices, target, reading) = (column.table, column.prices, column.target, column.reading)
            report.relationsChecked += reading.agree.count
            let name = table.header[safe: target] ?? "#\(target + 1)"
            let text = { NumberFormatting.format($0, locale: page.locale) }
            let tokens = "\(text(reading.input)) input and \(text(reading.output)) output tokens"
            let volumes = reading.count == 1 ? tokens : "\(text(reading.count)) × (\(tokens))"
            for row in reading.disagree {
                let stated = table.cells[row][target]!
                report.compare(
                    stated, computed: Quantity(reading.cost(row, prices, table), stated.number.unit), rule: Self.id,
                    file: file, locale: page.locale,
                    explanation:
                        "'\(name)' is the page's \(volumes) at the row's prices per million in \(reading.agree.count) of \(reading.agree.count + reading.disagree.count) rows of table \(table.index); row '\(table.rowLabels[row])' breaks it",
                    what: "table cell")
            }
        }
    }

    /// Each cost column the page's volumes explain, with how: found once per page (`PageFigures`),
    /// since `inferred-relation` leaves these columns alone.
    static func readings(of page: PageFigures) -> [ExplainedColumn] {
        let priced = page.tables.compactMap { table in
            priceColumns(of: table).map { (table, $0) }
        }
        guard !priced.isEmpty else { return [] }
        let volumes = volumes(of: page)
        guard volumes.count >= 2 else { return [] }
        var found: [ExplainedColumn] = []
        for (table, prices) in priced {
            let rows = table.cells.indices.filter { !table.isTotalRow($0) && !table.isSpacer($0) }
            for target in (prices.output + 1)..<max(prices.output + 1, table.columnCount) {
                if let reading = reading(target: target, prices: prices, rows: rows, volumes: volumes, table: table) {
                    found.append(ExplainedColumn(table: table, prices: prices, target: target, reading: reading))
                }
            }
        }
        return found
    }

    /// The volumes (and count) that explain the column, when exactly that holds.
    private static func reading(
        target: Int, prices: (input: Int, output: Int), rows: [Int], volumes: [Decimal], table: CheckedTable
    ) -> Reading? {
        let rows = rows.filter { row in
            guard let cell = table.cells[row][safe: target] ?? nil, case .currency? = cell.number.unit?.measure,
                cell.number.unit?.per == nil
            else { return false }
            return table.cells[row][prices.input] != nil && table.cells[row][prices.output] != nil
        }
        guard rows.count >= 3 else { return nil }
        var best: Reading?
        for count in [Decimal(1)] + volumes {
            for input in volumes where input != count {
                for output in volumes where output != count && output != input {
                    var reading = Reading(input: input, output: output, count: count, agree: [], disagree: [])
                    for row in rows {
                        let stated = table.cells[row][target]!
                        if Agreement.compare(stated: stated.number, computed: reading.cost(row, prices, table))
                            .isAgreement
                        {
                            reading.agree.append(row)
                        } else {
                            reading.disagree.append(row)
                            if reading.disagree.count > 1 { break }
                        }
                    }
                    guard reading.agree.count >= 2, reading.disagree.count <= 1,
                        Set(reading.agree.map { table.cells[$0][target]!.number.value }).count >= 2
                    else { continue }
                    if best == nil || reading.agree.count > best!.agree.count { best = reading }
                }
            }
        }
        // `3,600` input tokens beside 16,200,000 output tokens cost less than a cent: a column that
        // one volume at one price gives in every row is that cost alone, not a sum the other breaks.
        if let best, !best.disagree.isEmpty,
            volumes.contains(where: { volume in
                [prices.input, prices.output].contains { column in
                    rows.allSatisfy { row in
                        var price = table.cells[row][column]!.number.value
                        if RateScaleRule.isBelowFloor(price) { price *= 1_000_000 }
                        return Agreement.compare(
                            stated: table.cells[row][target]!.number, computed: best.count * volume * price / 1_000_000
                        ).isAgreement
                    }
                }
            })
        {
            return nil
        }
        return best
    }

    /// The first two columns whose cells are prices per million tokens, in order: priced so, or
    /// bare under a header that says so (`| Input / 1M tokens |` under `## Prices (USD per 1M tokens)`).
    static func priceColumns(of table: CheckedTable) -> (input: Int, output: Int)? {
        let columns = (1..<max(1, table.columnCount)).filter { column in
            let cells = table.column(column).compactMap { $0 }
            guard cells.count >= 2 else { return false }
            if cells.allSatisfy({ $0.number.unit == nil }) {
                let per = table.headerDenominators[column]
                return per?.amount == 1_000_000 && per?.thing == .tokens
            }
            return cells.allSatisfy { cell in
                guard case .currency? = cell.number.unit?.measure, let per = cell.number.unit?.per else {
                    return false
                }
                return per.amount == 1_000_000 && (per.thing == .tokens || per.thing == nil)
            }
        }
        guard columns.count >= 2 else { return nil }
        return (columns[0], columns[1])
    }

    /// Counts the prose states (`240 M input tokens`, `月 2,400件`, `30,000トークン`): figures of no
    /// currency and no percentage, at least 100.
    static func volumes(of page: PageFigures) -> [Decimal] {
        var seen: Set<Decimal> = []
        var volumes: [Decimal] = []
        for run in page.runs where !run.isProgramOutput {
            for figure in run.figures where figure.number.rangePart == .none && figure.number.value >= 100 {
                guard figure.number.unit?.per == nil, !figure.isBareYear else { continue }
                switch figure.number.unit?.measure {
                case .currency?, .percent?: continue
                default: break
                }
                if seen.insert(figure.number.value).inserted { volumes.append(figure.number.value) }
                if volumes.count == maximumVolumes { return volumes }
            }
        }
        return volumes
    }
}
