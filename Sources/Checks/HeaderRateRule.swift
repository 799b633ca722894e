import Foundation
import Numbers

/// A column whose header states a rate (`Einsparung bei 0,32 €/kWh`, `Coût (0,15 €/kWh)`, `电费（0.6 元/度）`)
/// is another column of the thing the rate is per (`Einsparung (kWh)`) at that rate, row by row.
///
/// The header says the rate, so a row or two are enough to tell which column it applies to: the
/// one of that thing whose rows agree most, with at least one agreeing. A row off by more than a
/// factor of two, and not a power of ten (a scale slipped), is another reading and is left alone.
struct HeaderRateRule: PageRule {
    static let id = "header-rate"
    static let guessesRelation = true

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for table in page.tables {
            for (target, rate) in table.headerFigures.enumerated() {
                guard let rate, rate.number.value > 0, rate.number.rangePart == .none else { continue }
                if case .count(let thing)? = rate.number.unit?.measure, rate.number.unit?.per == nil, !thing.isPeriod {
                    checkQuantity(
                        table, target: target, quantity: rate, thing: thing, page: page, file: file, into: &report)
                    continue
                }
                guard let per = rate.number.unit?.per, let thing = per.thing, per.amount > 0 else { continue }
                check(table, target: target, rate: rate, per: per, thing: thing, page: page, file: file, into: &report)
            }
        }
    }

    private func check(
        _ table: CheckedTable, target: Int, rate: LocatedFigure, per: Denominator, thing: CountedThing,
        page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let rows = table.cells.indices.filter { !table.isTotalRow($0) }
        func product(_ row: Int, _ source: Int) -> (stated: LocatedFigure, computed: Decimal)? {
            guard let stated = table.cells[row][safe: target] ?? nil, let x = table.cells[row][safe: source] ?? nil,
                x.number.value > 0, stated.number.rangePart == .none,
                stated.number.unit.map({ $0.measure == rate.number.unit?.measure && $0.per == nil }) ?? true
            else { return nil }
            return (stated, x.number.value * rate.number.value / per.amount)
        }
        // A column of the thing: its cells say so, or, bare, its header's brackets do (`Einsparung (kWh)`).
        let sources = table.header.indices.filter { column in
            guard column != target else { return false }
            let headerCounts = ColumnUnit.countedThing(header: table.header[column]) == thing
            return rows.contains { row in
                guard let cell = table.cells[row][safe: column] ?? nil else { return false }
                guard let unit = cell.number.unit else { return headerCounts }
                return unit.measure == .count(thing)
            }
        }
        let agreeing = sources.map { source in
            rows.count { row in
                product(row, source).map {
                    Agreement.compare(stated: $0.stated.number, computed: $0.computed).isAgreement
                } ?? false
            }
        }
        guard let best = agreeing.max(), best >= 1, agreeing.count(where: { $0 == best }) == 1,
            let source = sources[safe: agreeing.firstIndex(of: best)!]
        else { return }
        let header = table.header[safe: source] ?? ""
        for row in rows {
            guard let (stated, computed) = product(row, source),
                SlipDistance.isWithinScaleOrHalf(stated: stated.number.value, computed: computed)
            else { continue }
            report.compare(
                stated, computed: Quantity(computed, stated.number.unit ?? rate.number.unit?.withoutDenominator),
                rule: Self.id, file: file, locale: page.locale,
                explanation: "'\(header)' at \(rate.number.text), as the header says", what: "table cell",
                tolerance: Agreement.tolerance(operands: [rate.number]))
        }
    }

    /// `Coût annuel, 18 t` beside `Prix rendu (€/t)`: a column whose header states a quantity of a
    /// thing is a price per that thing times the quantity, row by row. A quantity is no rate, so
    /// two rows must agree, and more than half of those that have both.
    private func checkQuantity(
        _ table: CheckedTable, target: Int, quantity: LocatedFigure, thing: CountedThing, page: PageFigures,
        file: String, into report: inout RuleReport
    ) {
        let rows = table.cells.indices.filter { !table.isTotalRow($0) }
        func product(_ row: Int, _ source: Int) -> (stated: LocatedFigure, computed: Decimal, unit: FigureUnit?)? {
            guard let stated = table.cells[row][safe: target] ?? nil, let x = table.cells[row][safe: source] ?? nil,
                x.number.value > 0, stated.number.rangePart == .none, stated.number.unit?.per == nil
            else { return nil }
            return (stated, x.number.value * quantity.number.value, x.number.unit?.withoutDenominator)
        }
        // A column priced per the thing: its cells say so, or its header does (`Prix rendu (€/t)`).
        let sources = table.header.indices.filter { column in
            guard column != target, column > 0 else { return false }
            if ColumnUnit.denominator(header: table.header[column], locale: page.locale)?.thing == thing { return true }
            return rows.contains { row in (table.cells[row][safe: column] ?? nil)?.number.unit?.per?.thing == thing }
        }
        // Of several prices per the thing (`Prix graine`, `Transport`, `Prix rendu`), the one whose rows agree most.
        let agreeing = sources.map { source in
            rows.count { row in
                product(row, source).map {
                    Agreement.compare(stated: $0.stated.number, computed: $0.computed).isAgreement
                }
                    ?? false
            }
        }
        guard let best = agreeing.max(), best >= 2, agreeing.count(where: { $0 == best }) == 1,
            let source = sources[safe: agreeing.firstIndex(of: best)!]
        else { return }
        let products = rows.compactMap { product($0, source) }
        guard best * 2 > products.count else { return }
        let header = table.header[safe: source] ?? ""
        for (stated, computed, unit) in products
        where SlipDistance.isWithinScaleOrHalf(stated: stated.number.value, computed: computed) {
            report.compare(
                stated, computed: Quantity(computed, stated.number.unit ?? unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "'\(header)' × \(quantity.number.text), as the header says", what: "table cell")
        }
    }
}
