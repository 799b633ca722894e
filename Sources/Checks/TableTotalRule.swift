import Foundation
import Numbers

/// Rows labelled as totals equal the sum of the rows they total, column by column; columns
/// labelled as totals equal the sum of the like columns to their left, where that holds in most rows.
struct TableTotalRule: PageRule {
    static let id = "table-total"

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for table in page.tables {
            checkTotalRows(table, page: page, file: file, into: &report)
            checkTotalColumns(table, page: page, file: file, into: &report)
            checkImpliedTotalRow(table, page: page, file: file, into: &report)
        }
    }

    /// `| **Trimestre** | **7 950** | **497,71** |` under three months: a bold last row whose
    /// label says no total, but one of whose columns adds the rows above exactly, totals the others too.
    private func checkImpliedTotalRow(
        _ table: CheckedTable, page: PageFigures, file: String, into report: inout RuleReport
    ) {
        guard let last = table.impliedTotalRows.first, table.isBold(last) else { return }
        for (stated, sum, count, header) in columnSums(row: last, rows: Array(0..<last), in: table) {
            report.compare(
                stated, computed: sum, rule: Self.id, file: file, locale: page.locale,
                explanation: "sum of \(count) rows of '\(header)'", what: "total")
        }
    }

    private func checkTotalRows(_ table: CheckedTable, page: PageFigures, file: String, into report: inout RuleReport) {
        var groupStart = 0, sectionStart = 0
        var subtotalRows: [Int] = []
        var covered: Set<Int> = []
        // What each subtotal row that does not add up is off by, column by column: a total over it
        // may add its true value (`小計 ¥273,400` left stale, `合計 ¥307,780` from the rows' 279,800).
        var subtotalSlips: [Int: [Int: Decimal]] = [:]
        let prices = Self.priceRows(in: table)
        func isAddend(_ row: Int) -> Bool { !table.isTotalRow(row) && !table.isSpacer(row) && !prices.contains(row) }
        for (row, label) in table.rowLabels.enumerated() {
            guard let kind = table.rowKind(row) else {
                // A row that only names a section (`**Program Expenses**`) starts the next subtotal's rows.
                if table.isSpacer(row), !label.isEmpty { sectionStart = row + 1 }
                continue
            }
            let isSub = kind == .subtotal
            let section: [Int]
            if isSub {
                section = (sectionStart..<row).filter(isAddend)
                covered.formUnion(section)
                subtotalRows.append(row)
                sectionStart = row + 1
            } else {
                // A grand total adds its subtotals and the rows no subtotal covers (`Benefits`, `Indirect`).
                section =
                    subtotalRows.isEmpty
                    ? Self.foldingBoldSubtotals((groupStart..<row).filter(isAddend), in: table)
                    : (subtotalRows + (groupStart..<row).filter { isAddend($0) && !covered.contains($0) }).sorted()
                groupStart = row + 1
                sectionStart = row + 1
                subtotalRows = []
                covered = []
            }
            var sums = columnSums(row: row, rows: section, in: table)
            // `Total other income, net` in the middle of a statement is a line item; a label that goes
            // on after the word totals a group where it closes one, or where the rows right above it
            // add up in most columns (`Total operating expenses` under `Gross profit`).
            if kind == .total(extended: true), !closesGroup(row, in: table) {
                let suffixes = stride(from: section.count, through: 2, by: -1).map { Array(section.suffix($0)) }
                guard
                    let best = suffixes.lazy.map({ self.columnSums(row: row, rows: $0, in: table) })
                        .first(where: { sums in Self.agreeing(sums) * 2 >= sums.count && Self.agreeing(sums) > 0 })
                else { continue }
                sums = best
            } else if !sums.isEmpty, Self.agreeing(sums) == 0 {
                // `Kosten gesamt` under `Umsatz`, `Wareneinsatz`, `Rohertrag` and four cost rows: where no
                // column adds up over the whole section but two or more add up over its last rows (at
                // least half of them), the total closes those rows; one column alone proves nothing.
                let suffixes = stride(from: section.count - 1, through: 2, by: -1).map { Array(section.suffix($0)) }
                if let best = suffixes.lazy.map({ self.columnSums(row: row, rows: $0, in: table) })
                    .first(where: { sums in Self.agreeing(sums) >= 2 && Self.agreeing(sums) * 2 >= sums.count })
                {
                    sums = best
                }
            }
            for (stated, sum, count, header) in sums {
                func reportCell(_ cell: LocatedFigure, _ worked: Decimal, as how: String) {
                    report.compare(
                        cell, computed: Quantity(worked, cell.number.unit), rule: Self.id, file: file,
                        locale: page.locale, explanation: "the total at line \(stated.line) adds \(how)",
                        what: "table cell")
                }
                // `| Copper nails | 5 | 27.50 | 173.50 |` under a total that adds 137.50: the total
                // adds what the row works out to, and the cell is the inferred relation's finding.
                if let (cell, worked) = Self.workedOutCell(stated, sum: sum, rows: section, in: table) {
                    reportCell(cell, worked, as: "what its row works out to")
                    continue
                }
                // `| 入力 | … | $1.78 |`, `| 出力 | … | $1.04 |`, `| 合計 | $2.81 |` for 1.776 + 1.036: rows
                // rounded to the cent may add up to a cent off the total of what they round.
                if count >= 2, Self.isCentOffRoundedAddends(stated.number, sum: sum.value) {
                    report.relationsChecked += 1
                    continue
                }
                // `| 会場使用料 | 24回 × 2,600円 | 64,200 |` under a total that adds 62,400: the cell slipped.
                if let (cell, worked, isEstablished) = Self.writtenOutCell(
                    stated, sum: sum, rows: section, in: table, page: page)
                {
                    // Where the other rows' calculations agree with their cells, the expression rule names it.
                    if isEstablished {
                        report.relationsChecked += 1
                        continue
                    }
                    reportCell(cell, worked, as: "what the row's calculation gives")
                    continue
                }
                if Self.addsOverHorizon(stated, label: label, rows: section, in: table)
                    || Self.hasWholeRow(stated, sum: sum, rows: section, in: table)
                    || Self.addsLeavingOutOtherRows(stated, label: label, rows: section, in: table)
                {
                    report.relationsChecked += 1
                    continue
                }
                let column = table.position(of: stated)?.column
                // `| 総作業時間 | 180 h |`, `| 時間単価 | 1,100 |`, `| 労務費計 | 198,000 |`: a row of inputs
                // above a total that multiplies two of them.
                if let column, Self.isProductOfTwo(stated, rows: section, column: column, in: table) {
                    report.relationsChecked += 1
                    continue
                }
                if isSub, let column, !Agreement.compare(stated: stated.number, computed: sum.value).isAgreement {
                    subtotalSlips[row, default: [:]][column] = sum.value - stated.number.value
                }
                let slips = section.compactMap { addend in column.flatMap { subtotalSlips[addend]?[$0] } }
                if !isSub, !slips.isEmpty,
                    Agreement.compare(stated: stated.number, computed: sum.value + slips.reduce(0, +)).isAgreement
                {
                    report.relationsChecked += 1
                    continue
                }
                report.compare(
                    stated, computed: sum, rule: Self.id, file: file, locale: page.locale,
                    explanation: "sum of \(count) rows of '\(header)'", what: "total")
            }
        }
    }

    /// `| **Gig income** | | **£5,550** |` under three gigs, then subs and a grant, above `Total
    /// income`: a bold row that adds the rows above it exactly, in some column, is their subtotal,
    /// which the total adds instead of them.
    static func foldingBoldSubtotals(_ rows: [Int], in table: CheckedTable) -> [Int] {
        var folded: [Int] = []
        var start = 0
        for row in rows {
            if table.isBold(row), folded.count - start >= 2, Self.addsUp(row, folded[start...], in: table) {
                folded.removeSubrange(start...)
                folded.append(row)
                start = folded.count
            } else {
                folded.append(row)
            }
        }
        return folded
    }

    /// `| 外観診断 単価 | 4,200 |` over `| 外観診断 金額（× 326 本） | 1,369,200 |`, `| Prix du menu | 34,50 € |`
    /// over `| Menus (× 207) | 7 141,50 € |`: a row that the row after it multiplies, in every column,
    /// by a count that row's label states is a price, not an addend.
    static func priceRows(in table: CheckedTable) -> Set<Int> {
        var rows: Set<Int> = []
        for row in table.cells.indices.dropLast() {
            let label = table.rowLabels[safe: row + 1] ?? ""
            // `1.168 Pakete`, `1,168 packs`: a count's grouping marks are no part of it.
            let counts = label.split { !$0.isNumber && $0 != "," && $0 != "." }.compactMap {
                Decimal(string: $0.filter(\.isNumber))
            }.filter { $0 >= 2 }
            guard !counts.isEmpty else { continue }
            var multiplied = 0, other = 0
            for column in 1..<max(1, table.columnCount) {
                guard let price = (table.cells[row][safe: column] ?? nil)?.number.value,
                    let amount = (table.cells[row + 1][safe: column] ?? nil)?.number.value, price > 0
                else { continue }
                if counts.contains(where: { price * $0 == amount }) { multiplied += 1 } else { other += 1 }
            }
            if multiplied > 0, other == 0 { rows.insert(row) }
        }
        // `| Access and scaffold, per week | £1,450 |`, `| Programme (weeks) | 6 |` above `| Access and
        // scaffold, total | £8,700 |`: two rows whose product, in every column, is a row a little below.
        let columns = 1..<max(1, table.columnCount)
        let values = table.cells.map { row in columns.map { (row[safe: $0] ?? nil)?.number.value } }
        // Each product is first tried in `Double`, which tells most rows apart at a fraction of
        // `Decimal`'s cost; only the products that come near a cell are worked out exactly.
        let rough = values.map { row in row.map { $0?.asDouble } }
        for row in values.indices {
            for factor in values.indices where factor != row && abs(factor - row) <= 2 {
                let products = (0..<columns.count).map { index -> Double? in
                    guard let a = rough[row][index], let b = rough[factor][index], a > 0, b > 1 else { return nil }
                    return a * b
                }
                guard products.count(where: { $0 != nil }) >= 2 else { continue }
                for product in values.indices where product > max(row, factor) && product - row <= 3 {
                    var multiplied = 0, other = 0
                    for (index, computed) in products.enumerated() {
                        guard let computed, let c = rough[product][index] else { continue }
                        if (computed - c).magnitude <= 1e-9 * max(1, c.magnitude),
                            values[row][index]! * values[factor][index]! == values[product][index]!
                        {
                            multiplied += 1
                        } else {
                            other += 1
                        }
                    }
                    if multiplied >= 2, other == 0 { rows.formUnion([row, factor]) }
                }
            }
        }
        return rows
    }

    /// Whether in some column `row`'s cell is exactly the sum of `rows`' cells, each of them stated.
    private static func addsUp(_ row: Int, _ rows: ArraySlice<Int>, in table: CheckedTable) -> Bool {
        (1..<max(1, table.columnCount)).contains { column in
            guard let total = (table.cells[row][safe: column] ?? nil)?.number.value else { return false }
            var sum = Decimal(0)
            for other in rows {
                guard let value = (table.cells[other][safe: column] ?? nil)?.number.value else { return false }
                sum += value
            }
            return sum == total
        }
    }

    /// `| **5年総額** | 1,256,580 |` over a purchase of 538,800 and yearly costs of 143,556: a total
    /// over a horizon its label names in years counts some rows once and the yearly ones that many
    /// times, leaving out a subtotal of them. Which rows are which the table does not say, so any
    /// such reading that gives the stated total exactly is one.
    static func addsOverHorizon(_ stated: LocatedFigure, label: String, rows: [Int], in table: CheckedTable) -> Bool {
        guard let years = horizonYears(in: label), rows.count >= 2, rows.count <= 9,
            let column = table.position(of: stated)?.column
        else { return false }
        let values = rows.map { (table.cells[$0][safe: column] ?? nil)?.number.value ?? 0 }
        let target = stated.number.value
        // Each row counted 0, 1 or `years` times, at least one of them `years` times.
        func search(_ index: Int, _ total: Decimal, _ multiplied: Bool) -> Bool {
            if index == values.count { return multiplied && total == target }
            return search(index + 1, total, multiplied) || search(index + 1, total + values[index], multiplied)
                || search(index + 1, total + values[index] * years, true)
        }
        return search(0, 0, false)
    }

    /// `| Buvette | 18 | … |` under sponsored and paid screenings of 8 and 10, totalled 18: a row
    /// that is the stated total while the other rows (two or more) add up to it spans all of them
    /// (the bar ran at every screening), so the column's total counts it once.
    static func hasWholeRow(_ stated: LocatedFigure, sum: Quantity, rows: [Int], in table: CheckedTable) -> Bool {
        guard rows.count >= 3, sum.value == stated.number.value * 2, let column = table.position(of: stated)?.column
        else {
            return false
        }
        return rows.contains { (table.cells[$0][safe: column] ?? nil)?.number.value == stated.number.value }
    }

    private static let perPeriodWords = LanguageProfile.all.flatMap(\.perPeriodWords).map { $0.lowercased() }
    private static let quantityWords = LanguageProfile.all.flatMap(\.quantityWords).map { $0.lowercased() }

    /// `| Klicks s/w pro Monat | 55,25 € |` and `| Klicks über 60 Monate | 6.843,00 € |` above
    /// `Gesamtkosten`, `| 耗材数量 | …＝ 11.52 |` among amounts: rows a label says are per month (or
    /// day, year) are rates the table works out over the term elsewhere, and rows a label says
    /// count things are no amounts; a total whose own label says neither may leave them out, when
    /// it then adds up exactly.
    static func addsLeavingOutOtherRows(_ stated: LocatedFigure, label: String, rows: [Int], in table: CheckedTable)
        -> Bool
    {
        func isOther(_ label: String) -> Bool {
            let lowered = label.lowercased()
            return perPeriodWords.contains { lowered.containsLiteral($0) }
                || quantityWords.contains { lowered.containsLiteral($0) }
        }
        guard !isOther(label), let column = table.position(of: stated)?.column else { return false }
        let kept = rows.filter { !isOther(table.rowLabels[$0]) }
        guard kept.count >= 2, kept.count < rows.count, let addends = Self.addends(kept, column: column, in: table),
            let sum = Self.sum(addends)
        else { return false }
        return sum.value == stated.number.value
    }

    private static let yearWords = LanguageProfile.all.flatMap(\.yearWords).map { $0.lowercased() }

    /// The number of years a label's horizon spans (`5年総額`, `Total over 10 years`, `Coût sur 5 ans`).
    static func horizonYears(in label: String) -> Decimal? {
        let chars = Array(label.lowercased())
        var index = 0
        while index < chars.count {
            guard chars[index].isASCII, chars[index].isNumber else { index += 1; continue }
            var end = index
            while end < chars.count, chars[end].isASCII, chars[end].isNumber { end += 1 }
            let rest = String(chars[end..<min(chars.count, end + 7)].drop { $0 == " " || $0 == "-" })
            if let count = Int(String(chars[index..<end])), count >= 2, count <= 50,
                yearWords.contains(where: { rest.hasPrefix($0) })
            {
                return Decimal(count)
            }
            index = end
        }
        return nil
    }

    typealias ColumnSum = (stated: LocatedFigure, sum: Quantity, addends: Int, header: String)

    /// Whether a total to the cent is at most a cent off `sum`: addends rounded to the cent may add
    /// up that far from the total of what they round.
    static func isCentOffRoundedAddends(_ stated: ScannedNumber, sum: Decimal) -> Bool {
        stated.precision.fractionDigits >= 2 && (stated.value - sum).magnitude <= stated.halfQuantum * 2
    }

    /// Whether two cells of the rows, in the column, multiply to the stated total, alone or, where
    /// one of them is a bare count (`| Semestre | 650 € |`, `| Nombre de semestres | 6 |`), with the
    /// other rows added.
    private static func isProductOfTwo(_ stated: LocatedFigure, rows: [Int], column: Int, in table: CheckedTable)
        -> Bool
    {
        let cells = rows.compactMap { table.cells[safe: $0]?[safe: column] ?? nil }
        let values = cells.map(\.number.value)
        let all = values.reduce(0, +)
        return values.indices.contains { i in
            values.indices.contains { j in
                guard j > i else { return false }
                let product = values[i] * values[j]
                if Agreement.compare(stated: stated.number, computed: product).isAgreement { return true }
                guard cells[i].number.unit == nil || cells[j].number.unit == nil else { return false }
                return Agreement.compare(stated: stated.number, computed: product + all - values[i] - values[j])
                    .isAgreement
            }
        }
    }

    /// The cell the stated total replaces by the product of two other cells of its row, and that
    /// product, when the total is the sum with it so replaced.
    static func workedOutCell(_ stated: LocatedFigure, sum: Quantity, rows: [Int], in table: CheckedTable)
        -> (LocatedFigure, Decimal)?
    {
        guard !Agreement.compare(stated: stated.number, computed: sum.value).isAgreement,
            let column = table.position(of: stated)?.column
        else { return nil }
        // The product must be how the column is worked out in two other rows at least: small
        // figures multiply to anything.
        func isProduct(_ x: Int, _ y: Int, inRow row: Int) -> Bool {
            guard let a = table.cells[row][safe: x] ?? nil, let b = table.cells[row][safe: y] ?? nil,
                let c = table.cells[row][safe: column] ?? nil
            else { return false }
            return Agreement.compare(stated: c.number, computed: a.number.value * b.number.value).isAgreement
        }
        for row in rows {
            guard let cell = table.cells[row][safe: column] ?? nil else { continue }
            let implied = stated.number.value - (sum.value - cell.number.value)
            guard implied != cell.number.value else { continue }
            let others = table.cells[row].indices.filter { $0 != column && $0 != 0 && table.cells[row][$0] != nil }
            for (i, x) in others.enumerated() {
                for y in others[(i + 1)...] {
                    // (One other row does when the cell is the product with two digits swapped.)
                    guard let a = table.cells[row][x], let b = table.cells[row][y],
                        a.number.value * b.number.value == implied
                    else { continue }
                    let products = rows.filter({ $0 != row && isProduct(x, y, inRow: $0) }).count
                    guard products >= 2 || products == 1 && DigitSlip.isPreciseSlip(cell.number, of: implied)
                    else { continue }
                    return (cell, implied)
                }
            }
        }
        return nil
    }

    /// The cell the stated total replaces by what the calculation written in its row gives, that
    /// value, and whether enough other rows' calculations give their cells for the expression rule
    /// to report it: the total adds it, and the cell is what slipped.
    static func writtenOutCell(
        _ stated: LocatedFigure, sum: Quantity, rows: [Int], in table: CheckedTable, page: PageFigures
    ) -> (LocatedFigure, Decimal, Bool)? {
        guard let column = table.position(of: stated)?.column else { return nil }
        var scanner = NumberScanner(locale: page.locale, marks: page.marks)
        scanner.startsMidLine = true
        for row in rows {
            guard let cell = table.cells[row][safe: column] ?? nil else { continue }
            let implied = stated.number.value - (sum.value - cell.number.value)
            guard implied != cell.number.value else { continue }
            // The calculations nearest the column on its left work it out: `Quoted basis` is no `Actual`'s.
            for expressions in stride(from: column - 1, through: 1, by: -1) {
                guard let text = table.table.rows[row][safe: expressions]?.text,
                    ExpressionCellRule.holdsExpression(text)
                else {
                    if table.isNumeric(expressions) { break }
                    continue
                }
                guard let (computed, _) = ExpressionCellRule.value(of: text, scanner: scanner),
                    computed.value == implied
                else { break }
                let agreeing = rows.filter { other in
                    guard other != row, let text = table.table.rows[other][safe: expressions]?.text,
                        let value = (table.cells[other][safe: column] ?? nil)?.number,
                        let (computed, _) = ExpressionCellRule.value(of: text, scanner: scanner)
                    else { return false }
                    return Agreement.agrees(value, computed: computed.value)
                }
                return (cell, implied, agreeing.count >= CheckPolicy.slipRelationMinimumRows)
            }
        }
        return nil
    }

    /// For each amount column of a total row, the stated total and the sum of `rows`.
    private func columnSums(row: Int, rows: [Int], in table: CheckedTable) -> [ColumnSum] {
        var sums: [ColumnSum] = []
        for column in 1..<max(1, table.columnCount) {
            // Percentages of different bases (a variance %, a margin) do not add up; nor do rates and
            // averages (`单价`, `CPA`): the header is read only for a cell that could be a sum.
            // Amounts per month or year add up as amounts do (`Économie (€/mois)`); rates per kg do not.
            guard let stated = table.cells[row][safe: column] ?? nil, stated.number.unit?.measure != .percent,
                stated.number.unit?.per.map(Self.isPeriod) ?? true
            else { continue }
            // `| Combustible consommé | 212,75 t |` above `| Coût | 195 730 € |`: a column may mix a
            // quantity into its amounts; only cells in the total's measure add up to it.
            guard
                var addends = Self.addends(rows, column: column, in: table)?.filter({ addend in
                    stated.number.unit?.measure == nil || addend.unit?.measure == nil
                        || addend.unit?.measure == stated.number.unit?.measure
                            // `| Energiepreis | 1,72 €/l |` above a year's euros: a price, no part of the amount.
                            && (stated.number.unit?.per != nil || addend.unit?.per.map(Self.isPeriod) ?? true)
                })
            else { continue }
            // `| Energie je Start | 1,4 l Diesel |` among cells in euros: where the amounts say their
            // currency, a bare figure is another quantity.
            if let measure = stated.number.unit?.measure, addends.count { $0.unit?.measure == measure } >= 2 {
                addends.removeAll { $0.unit == nil }
            }
            guard addends.count >= 2, let sum = Self.sum(addends) else { continue }
            // `Cost per plate` adds its ingredients into the plate's cost; `单价`, `日均` or `Avg. rate`
            // rows are averaged. A total under a per header is taken for a sum only when it is near one.
            let header = table.header[safe: column] ?? ""
            if TotalWords.isAverageHeader(header),
                !(TotalWords.isPerUnitHeader(header)
                    && Self.isNearSum(stated.number.value, sum.value, addends: addends.count))
            {
                continue
            }
            // A "total" below its largest positive part is an average or a ratio (ROAS, ADR), not a sum.
            // (Unless a row's cell slipped above it: `28 | 36,50 € | 1 202,00 €` under a total that adds 1 022.)
            if addends.allSatisfy({ $0.value >= 0 }), let largest = addends.map(\.value).max(),
                stated.number.value < largest, Self.workedOutCell(stated, sum: sum, rows: rows, in: table) == nil
            {
                continue
            }
            sums.append((stated, sum, addends.count, table.header[safe: column] ?? "#\(column + 1)"))
        }
        return sums
    }

    private static func isPeriod(_ per: Denominator) -> Bool {
        guard per.amount == 1, let thing = per.thing else { return false }
        return [.days, .months, .years].contains(thing)
    }

    /// Whether a stated figure lies within a tenth of a sum of three or more positive parts, far
    /// from their mean.
    private static func isNearSum(_ stated: Decimal, _ sum: Decimal, addends: Int) -> Bool {
        guard addends >= 3, sum > 0, stated > 0 else { return false }
        return (stated - sum).magnitude * 10 <= sum
    }

    private static func agreeing(_ sums: [ColumnSum]) -> Int {
        sums.count { Agreement.compare(stated: $0.stated.number, computed: $0.sum.value).isAgreement }
    }

    /// The amounts of `rows` in `column`, an empty or dashed cell counting as nothing; nil when a
    /// cell holds text that is no amount, or when a figure there is a different kind (a formula text).
    static func addends(_ rows: [Int], column: Int, in table: CheckedTable) -> [Quantity]? {
        var quantities: [Quantity] = []
        for row in rows {
            if let figure = table.cells[row][safe: column] ?? nil {
                // `| Lots 2 et 3 | 140 chacun |`: how many the row holds is in its label, not a figure.
                if table.isApiece(row: row, column: column) { return nil }
                quantities.append(figure.quantity)
            } else if !table.isBlank(row: row, column: column) {
                return nil
            }
        }
        return quantities
    }

    /// Whether a total row ends its group: the table's last row, or one followed by another
    /// total, a spacer row or a row without figures (a new section's heading).
    private func closesGroup(_ row: Int, in table: CheckedTable) -> Bool {
        let next = row + 1
        guard next < table.cells.count else { return true }
        // `Summe netto` then `MwSt. 19 %` then `Summe brutto`: a net total the tax row and a gross
        // total follow closes the rows above it.
        let isNetBeforeTax =
            next + 1 < table.cells.count && table.rowLabels[next].contains(where: { $0 == "%" || $0 == "％" })
            && table.isTotalRow(next + 1)
        return table.isTotalRow(next) || table.isSpacer(next) || isNetBeforeTax
    }

    private func checkTotalColumns(
        _ table: CheckedTable, page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for (column, header) in table.header.enumerated() where column > 1 && TotalWords.isTotal(header) {
            // A price per unit beside the amounts (`㎡単価（円）`) is no part of their total.
            let sources = (1..<column).filter {
                table.isNumeric($0) && !InferredRelationRule.namesUnitPrice(table.header[safe: $0] ?? "")
            }
            guard sources.count >= 2 else { continue }
            var results: [(LocatedFigure, Quantity?, Bool)] = []
            for row in table.cells.indices {
                guard let stated = table.cells[row][safe: column] ?? nil else { continue }
                let parts = sources.compactMap { table.cells[row][safe: $0] ?? nil }
                // `| 5 % | $24.00 | $558.38 |`: a discount rate and a fee add up to no total.
                guard parts.count >= 2,
                    parts.allSatisfy({ $0.number.unit == nil || $0.number.unit?.measure == stated.number.unit?.measure }
                    ),
                    let sum = Self.sum(parts.map(\.quantity))
                else { continue }
                let agrees = Agreement.compare(stated: stated.number, computed: sum.value).isAgreement
                // A row with a part in words (`| 640 € | inclus |`) vouches for the sum when it adds up
                // without it; what it should be is not for the figures to say.
                guard parts.count == sources.count || agrees else { continue }
                results.append((stated, parts.count == sources.count ? sum : nil, agrees))
            }
            // A "total" column can be a product (price × quantity): only a sum that mostly holds is a sum.
            let agreeing = results.filter(\.2).count
            guard agreeing * 2 > results.count || results.count == 1 else { continue }
            let names = sources.map { "'\(table.header[safe: $0] ?? "#\($0 + 1)")'" }.joined(separator: " + ")
            for (stated, sum, _) in results {
                if let sum {
                    report.compare(
                        stated, computed: sum, rule: Self.id, file: file, locale: page.locale, explanation: names,
                        what: "total")
                }
            }
        }
    }

    static func sum(_ quantities: [Quantity]) -> Quantity? {
        guard var total = quantities.first else { return nil }
        for q in quantities.dropFirst() {
            guard case .success(let next) = LenientArithmetic.apply("+", total, q) else { return nil }
            total = next
        }
        return total
    }
}

extension Array {
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
