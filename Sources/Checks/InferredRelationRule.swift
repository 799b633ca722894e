import Foundation
import Numbers

/// Finds how a column follows from others when nothing is declared (× a constant such as 30 or
/// 10⁶, or the product, sum or difference of two columns), and reports the rows that break it.
///
/// A relation counts only when it holds in at least three rows and in at least two thirds of
/// the rows that have all its values, so one coincidence never becomes a rule.
struct InferredRelationRule: PageRule {
    static let id = "inferred-relation"
    static let guessesRelation = true

    static let constants: [(Decimal, String)] = {
        let base: [(Decimal, String)] = [
            (2, "2"), (7, "7"), (12, "12"), (24, "24"), (30, "30"), (36, "36"), (52, "52"),
            (100, "100"), (365, "365"), (720, "720"), (1000, "1000"), (1_000_000, "10⁶"),
        ]
        return base.flatMap { [($0.0, "× \($0.1)"), (1 / $0.0, "÷ \($0.1)")] }
    }()

    /// `constants`, each with whether it is 12 and whether it is a power of ten.
    private static let constantFactors = constants.map { ($0.0, $0.1, $0.0 == 12, isPowerOfTen($0.0)) }

    /// Factors a product of two columns may carry into a third (cents to the unit, per thousand).
    static let productScales: [(Decimal, String)] = [
        (Decimal(string: "0.01")!, "÷ 100"), (Decimal(string: "0.001")!, "÷ 1000"), (1000, "× 1000"),
    ]

    struct Relation {
        /// Written out only for a finding: building it for every candidate cost more than testing it.
        var describe: ([String]) -> String
        var operands: [Int]
        var compute: ([Quantity]) -> Quantity?
        /// The same computation in `Double`, for relations whose value does not depend on units
        /// (`× constant`, `+`, `−`; a product's units can rescale it): rows are ruled out with it.
        /// Of one operand or two (the second is 0 for one).
        var roughly: ((Double, Double) -> Double)?
        /// The factor of a `× constant` relation.
        var constant: Decimal?
        /// Whether the factor is 12 (a year of months), or a power of ten (a change of scale): asked
        /// of every row, so worked out once with the constant.
        var isTwelvefold = false
        var isScaleChange = false
        /// Whether it is the plain product of its two columns.
        var isProduct = false
        /// Whether it multiplies columns (in any scale): a row of sums (`| **Q2** | **9** | **252** |`)
        /// follows no such relation, though it keeps a ratio or a rate.
        var multipliesColumns = false
        /// Whether it gives one column as a percentage of another, which holds in a total row too.
        var isShare = false
        /// Whether it is a product moved into another scale (÷ 100, ÷ 1000, × 1000).
        var isScaledProduct = false
        /// Whether it divides its first column by its second.
        var isQuotient = false
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // A cost column the page's token volumes explain is that, not a column × 49.5 that fits most rows.
        let tokenCosts = page.tokenCostColumns.map { [$0.table.index, $0.target] }
        for table in page.tables {
            var declared = Set(table.formulas.compactMap { ColumnResolver(header: table.header).index(of: $0.target) })
            declared.formUnion(tokenCosts.filter { $0[0] == table.index }.map { $0[1] })
            // Columns of flags (only 0 and 1) say yes or no; nothing is computed from or into them.
            let numeric = (0..<max(1, table.columnCount)).filter { table.isNumeric($0) && !table.isFlags($0) }
            // `| Lunch and tea | 38 × 2 | £7.25 | £551.00 |`: a row whose quantity is written as a
            // product holds its first operand only, so no relation is tested on it.
            let rows = table.cells.indices.filter { row in
                !table.isTotalRow(row) && !numeric.contains { table.holdsProduct(row: row, column: $0) }
            }
            // Each cell as a `Double` once, to rule candidates out cheaply (see `check(target:)`).
            let rough = table.cells.map { row in row.map { cell in cell.map { $0.number.value.asDouble } } }
            // Summed once a table, not once a column.
            let implied = table.impliedTotalRows
            for target in numeric where !declared.contains(target) {
                // Inputs stand left of what is computed from them; without this, `日 = 月 ÷ 30` would
                // report every broken row a second time at its input.
                check(
                    target: target, sources: numeric.filter { $0 < target }, rows: rows, table: table, rough: rough,
                    implied: implied, page: page, file: file,
                    into: &report)
            }
        }
    }

    private func check(
        target: Int, sources: [Int], rows: [Int], table: CheckedTable, rough: [[Double?]], implied: Set<Int>,
        page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        var best: (relation: Relation, agree: [Int], disagree: [Int])?
        let isPercent =
            (table.header[safe: target] ?? "").mayContain("%")
            || table.column(target).contains { $0?.number.unit?.measure == .percent }
        // A share or a change holds in a total row as in any other (`601 / 7,590 = 7.9%`); a sum does not.
        let withTotals = table.cells.indices.filter { !table.isSpacer($0) }
        let candidates =
            Self.relations(sources: sources).map { ($0, rows) }
            + (isPercent
                ? Self.percentRelations(sources: sources).map { relation in
                    var share = relation
                    share.isShare = true
                    return (share, withTotals)
                } : [])
        // What the `Double` test needs of each row's stated figure, read once: copying the figure for
        // every candidate relation and row cost more than the test.
        let statedShapes: [(quantumExponent: Int, isApproximate: Bool)?] = table.cells.map { row in
            (row[safe: target] ?? nil).map { ($0.number.quantumExponent, $0.number.isApproximate) }
        }
        // Read once a column, for the twelvefold candidates that ask.
        lazy var isYearly = PeriodWords.isYearly(table.header[safe: target] ?? "")
        for (relation, rows) in candidates {
            let rows = relation.multipliesColumns && !implied.isEmpty ? rows.filter { !implied.contains($0) } : rows
            // `月费用` × 12 = `年费用`: the headers state the relation, so two rows confirm it.
            let named =
                relation.isTwelvefold && relation.operands.count == 1 && isYearly
                && PeriodWords.isMonthly(table.header[safe: relation.operands[0]] ?? "")
            // `件数` × `每件工钱` = `小计`: the price's header states the product.
            let priced =
                relation.isProduct
                && relation.operands.contains { Self.namesUnitPrice(table.header[safe: $0] ?? "") }
            // `Cost per pitch-night` = `Cost` ÷ `Pitch-nights`, `每車每日` = … ÷ `車數`: the header names the divisor.
            let namedRatio =
                relation.isQuotient
                && Self.namesDivisor(table.header[safe: target] ?? "", table.header[safe: relation.operands[1]] ?? "")
            let minimum =
                named
                ? CheckPolicy.namedPeriodRelationMinimumRows
                : priced || namedRatio
                    ? CheckPolicy.unitPriceProductMinimumRows : CheckPolicy.inferredRelationMinimumRows
            let (agree, disagree) = Self.judge(
                relation, rows: rows, minimum: minimum, target: target, table: table, rough: rough,
                statedShapes: statedShapes)
            guard Self.holds(relation, agree: agree, disagree: disagree, minimum: minimum, target: target, table: table)
            else { continue }
            // `× 24` in the rows whose `数量` is 24: a product of two columns holding in as many rows is the relation.
            if best == nil || agree.count > best!.agree.count
                || agree.count == best!.agree.count && best!.relation.constant != nil && relation.isProduct
            {
                best = (relation, agree, disagree)
            }
        }
        guard let (relation, agree, disagree) = best else {
            if !checkRate(
                target: target, sources: sources, rows: rows, table: table, rough: rough, page: page, file: file,
                into: &report)
            {
                checkProportional(
                    target: target, sources: sources, rows: rows, table: table, page: page, file: file, into: &report)
            }
            return
        }
        report.relationsChecked += agree.count
        let name = table.header[safe: target] ?? "#\(target + 1)"
        // `| **Total** | **18 140** | … | **6 460** | **36,1 %** |`: a total row's share is taken of its
        // own amounts, once those are the sums of their columns (the average of the rows' rates is not it).
        let totalRows = relation.isShare ? Self.totalRowsBreakingShare(relation, target: target, table: table) : []
        for row in disagree + totalRows {
            var stated = table.cells[row][target]!
            let inputs = relation.operands.map { table.cells[row][$0]!.quantity }
            guard let computed = relation.compute(inputs) else { continue }
            // `3 × ~$0.55 = $1.66`: a result of rounded inputs is only as exact as they are.
            let operands = relation.operands.map { table.cells[row][$0]!.number }
            if operands.contains(where: \.isApproximate) { stated.number.isApproximate = true }
            // `7,96 × 12` for a yearly 95,47: the month was rounded from 7,9558, and twelve of its half cent is 6 cents.
            if let factor = relation.constant, let operand = operands.first {
                let halfDigit = Decimal(sign: .plus, exponent: operand.quantumExponent, significand: 5) / 10
                if (stated.number.value - computed.value).magnitude <= factor.magnitude * halfDigit { continue }
            }
            // `薪 | 0.9 t | 3,000 | 5,100` under prose working out `0.9 t × 3,000 円 ＝ 2,700 円に、… 人件費`: the
            // page states the product itself, so the cell is knowingly another amount.
            if Self.statesInProse(computed.value, page: page) { continue }
            // `| フィルター代 | 0 | 9,800 | 9,800 |` under `差`: a difference written without its sign is
            // the author's convention for an increase, not another amount.
            if computed.value < 0, stated.number.value == -computed.value { continue }
            report.compare(
                stated, computed: computed, rule: Self.id, file: file, locale: page.locale,
                explanation:
                    "'\(name)' = \(relation.describe(table.header)) in \(agree.count) of \(agree.count + disagree.count) rows of table \(table.index); row '\(table.rowLabels[row])' breaks it",
                what: "table cell", tolerance: Agreement.tolerance(operands: operands))
        }
    }

    /// The rows where the relation gives the target's stated figure, and the rows where it does not;
    /// stops early once the rows left cannot make it hold in two thirds.
    private static func judge(
        _ relation: Relation, rows: [Int], minimum: Int, target: Int, table: CheckedTable, rough: [[Double?]],
        statedShapes: [(quantumExponent: Int, isApproximate: Bool)?]
    ) -> (agree: [Int], disagree: [Int]) {
        var agree: [Int] = [], disagree: [Int] = []
        for (n, row) in rows.enumerated() {
            let left = rows.count - n
            guard agree.count + left >= min(minimum, CheckPolicy.slipRelationMinimumRows),
                (agree.count + left) >= 2 * disagree.count
            else { break }
            guard let shape = statedShapes[row] else { continue }
            // Most candidates fail on most rows; `Double` says so at a fraction of the cost.
            if let roughly = relation.roughly, let value = rough[row][target],
                let (a, b) = roughOperands(relation.operands, in: rough[row]),
                Agreement.certainlyDisagrees(
                    quantumExponent: shape.quantumExponent, isApproximate: shape.isApproximate,
                    roughly: value, computed: roughly(a, b))
            {
                if !table.isTotalRow(row) { disagree.append(row) }
                continue
            }
            let stated = table.cells[row][target]!
            // A figure inside a sentence (`✅ 500 MB DB, 1 GB storage`) is no operand of a column relation.
            guard relation.operands.allSatisfy({ table.isFigureOnly(row: row, column: $0) }),
                table.isFigureOnly(row: row, column: target)
            else { continue }
            let inputs = relation.operands.compactMap { table.cells[row][safe: $0] ?? nil }
            guard inputs.count == relation.operands.count, let computed = relation.compute(inputs.map(\.quantity))
            else { continue }
            if Agreement.agrees(stated.number, computed: computed.value)
                || relation.isProduct
                    && Self.singleThingsProduct(inputs.map(\.quantity)).map({
                        Agreement.agrees(stated.number, computed: $0.value)
                    }) == true
            {
                // A zero agrees with every product and proves nothing about the relation; nor does
                // a two-digit figure that is another column ÷ 1000 only once rounded (`42` beside
                // `41,500`): a change of scale is exact.
                let roundedScale =
                    relation.isScaleChange && stated.significantDigits < 3 && stated.number.value != computed.value
                if !stated.number.value.isZero, !roundedScale { agree.append(row) }
            } else if !table.isTotalRow(row) {
                // A total row supports a share it agrees with; one that disagrees may hold a wrong total.
                disagree.append(row)
            }
        }
        return (agree, disagree)
    }

    /// `960,000 | $10.00 | $9.60` under `100万トークンあたり`, in a column of counts mostly past a million: a
    /// row's count below the rate's denominator still counts single things, which prose (`45 × 0,15 $/M`)
    /// may not; the product read that way, when it differs.
    static func singleThingsProduct(_ inputs: [Quantity]) -> Quantity? {
        guard inputs.count == 2 else { return nil }
        for (count, rate) in [(inputs[0], inputs[1]), (inputs[1], inputs[0])] where count.unit == nil {
            guard let unit = rate.unit, unit.measure != .percent, let per = unit.per, per.amount > 1,
                count.value < per.amount
            else { continue }
            return Quantity(count.value * rate.value / per.amount, unit.withoutDenominator)
        }
        return nil
    }

    /// Whether the rows make the relation a rule: enough of them, two thirds, two values at least.
    private static func holds(
        _ relation: Relation, agree: [Int], disagree: [Int], minimum: Int, target: Int, table: CheckedTable
    ) -> Bool {
        let total = agree.count + disagree.count
        // Two rows and a third that is the relation's value with two digits swapped or one
        // changed (`1 470,00` for 0,58 × 3 000): a slip of the pen confirms the rule it breaks.
        let slipped =
            agree.count == CheckPolicy.slipRelationMinimumRows && disagree.count == 1
            && relation.operands.allSatisfy({ table.cells[disagree[0]][$0] != nil })
            && relation.compute(relation.operands.map { table.cells[disagree[0]][$0]!.quantity }).map { computed in
                DigitSlip.isSlip(table.cells[disagree[0]][target]!.number, of: computed.value)
            } == true
        // `合格（件）` of 25, 30 beside `燃气 × 燃气费 ÷ 1000`: a product in another scale meets
        // two-digit counts by chance; it must meet figures of three digits.
        if relation.isScaledProduct,
            agree.count(where: { table.cells[$0][target]!.significantDigits >= 3 }) < 2
        {
            return false
        }
        // `Sets/year` of 2, 1, 3 beside 4, 3, 6 instruments: single digits halve and third by chance.
        if relation.constant != nil {
            let telling = agree.filter { row in
                let number = table.cells[row][target]!.number
                return number.value.magnitude >= 10 || number.precision.fractionDigits > 0
            }
            guard telling.count >= 2 else { return false }
        }
        return (agree.count >= minimum || slipped)
            && Decimal(agree.count) >= CheckPolicy.inferredRelationMajority * Decimal(total)
            && Set(agree.map { table.cells[$0][target]!.number.value }).count >= 2
    }

    private func checkProportional(
        target: Int, sources: [Int], rows: [Int], table: CheckedTable, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        guard
            let relation = ProportionalColumn.find(
                target: target, sources: sources, rows: rows, table: table,
                minimumRows: CheckPolicy.inferredRelationMinimumRows)
                ?? Self.proportionBrokenBySlip(target: target, sources: sources, rows: rows, table: table, page: page)
        else { return }
        let name = table.header[safe: target] ?? "#\(target + 1)"
        report.relationsChecked += relation.agreeing.count
        for row in rows where relation.judged.contains(row) && !relation.agreeing.contains(row) {
            guard let stated = table.cells[row][safe: target] ?? nil,
                let x = table.cells[row][safe: relation.source] ?? nil,
                table.isFigureOnly(row: row, column: target), x.number.value > 0, !stated.number.isApproximate,
                !Self.isPricedOtherwise(stated, computed: relation.compute(x.number.value), by: relation, page: page)
            else { continue }
            report.compare(
                stated, computed: Quantity(relation.compute(x.number.value), stated.number.unit), rule: Self.id,
                file: file, locale: page.locale,
                explanation:
                    "'\(name)' = \(relation.describe(table.header)) in \(relation.agreeing.count) rows of table \(table.index); row '\(table.rowLabels[row])' breaks it",
                what: "table cell")
        }
    }

    /// Whether a written calculation of the page's prose gives `value` as its result.
    private static func statesInProse(_ value: Decimal, page: PageFigures) -> Bool {
        page.runs.contains { run in
            CalculationChain.chains(in: run).contains { chain in
                chain.computation?.stated.map { Agreement.agrees($0.number, computed: value) } ?? false
            }
        }
    }

    /// `Output = Input × 3.2841` in three rows of models priced alike, and `1.87` for 7.49 in a
    /// hosted model's row: with a factor the page never states and no round number, a row far off
    /// (more than twice or half) and no slip of the pen is another basis, not a wrong cell.
    private static func isPricedOtherwise(
        _ stated: LocatedFigure, computed: Decimal, by relation: ProportionalColumn, page: PageFigures
    ) -> Bool {
        guard relation.divisor == nil, computed > 0,
            let digits = DigitSlip.digits(relation.factor.magnitude, at: -8),
            DigitSlip.significantCount(String(digits.drop { $0 == "0" })) > 3,
            !page.allFigures.contains(where: { $0.number.value == relation.factor })
        else { return false }
        let ratio = stated.number.value / computed
        return (ratio < Decimal(1) / 2 || ratio > 2) && !DigitSlip.isSlip(stated.number, of: computed)
    }

    /// The total rows whose amounts add up their columns and whose share disagrees with them.
    private static func totalRowsBreakingShare(_ relation: Relation, target: Int, table: CheckedTable) -> [Int] {
        table.cells.indices.filter { row in
            guard table.isTotalRow(row), let stated = table.cells[row][safe: target] ?? nil,
                relation.operands.allSatisfy({ table.cells[row][safe: $0] != nil }),
                let computed = relation.compute(relation.operands.map { table.cells[row][$0]!.quantity }),
                !Agreement.agrees(stated.number, computed: computed.value)
            else { return false }
            let parts = (0..<row).filter { !table.isTotalRow($0) && !table.isSpacer($0) }
            return relation.operands.allSatisfy { column in
                guard let addends = TableTotalRule.addends(parts, column: column, in: table), addends.count >= 2,
                    let sum = TableTotalRule.sum(addends)
                else { return false }
                return Agreement.compare(stated: table.cells[row][column]!.number, computed: sum.value).isAgreement
            }
        }
    }

    /// `€ par tonne` of three rows, two of them `Montant ÷ 2 178,8` (the harvest the page states)
    /// and the third `4,95` for 4,59: two rows and a slip of the pen make the rule, when a figure
    /// of the page is the factor or its divisor in every agreeing row.
    private static func proportionBrokenBySlip(
        target: Int, sources: [Int], rows: [Int], table: CheckedTable, page: PageFigures
    ) -> ProportionalColumn? {
        guard
            let relation = ProportionalColumn.find(
                target: target, sources: sources, rows: rows, table: table,
                minimumRows: CheckPolicy.slipRelationMinimumRows, minimumPreciseRows: 0),
            relation.agreeing.count == CheckPolicy.slipRelationMinimumRows
        else { return nil }
        let broken = relation.judged.subtracting(relation.agreeing)
        guard broken.count == 1, let row = broken.first, let stated = table.cells[row][safe: target] ?? nil,
            let x = table.cells[row][safe: relation.source] ?? nil
        else { return nil }
        func agrees(_ row: Int, _ value: (Decimal) -> Decimal) -> Bool {
            guard let y = table.cells[row][safe: target] ?? nil, let x = table.cells[row][safe: relation.source] ?? nil
            else { return false }
            return Agreement.compare(stated: y.number, computed: value(x.number.value)).isAgreement
        }
        for figure in page.allFigures where figure.significantDigits >= 3 && figure.number.value > 0 {
            let f = figure.number.value
            for value in [{ (x: Decimal) in x / f }, { (x: Decimal) in x * f }]
            where relation.agreeing.allSatisfy({ agrees($0, value) }) {
                return DigitSlip.isSlip(stated.number, of: value(x.number.value)) ? relation : nil
            }
        }
        return nil
    }

    @discardableResult
    private func checkRate(
        target: Int, sources: [Int], rows: [Int], table: CheckedTable, rough: [[Double?]], page: PageFigures,
        file: String,
        into report: inout RuleReport
    ) -> Bool {
        guard
            let relation = RateRelation.find(
                target: target, sources: sources, rows: rows, table: table, rough: rough,
                rates: page.statedRates)
        else { return false }
        let name = table.header[safe: target] ?? "#\(target + 1)"
        for row in rows {
            guard let stated = table.cells[row][safe: target] ?? nil,
                let x = table.cells[row][safe: relation.source] ?? nil
            else { continue }
            if relation.agreesWithinRateRounding(stated.number, x.quantity) {
                report.relationsChecked += 1
                continue
            }
            report.compare(
                stated, computed: relation.compute(x.quantity), rule: Self.id, file: file, locale: page.locale,
                explanation: "'\(name)' = \(relation.describe(table.header)), row '\(table.rowLabels[row])'",
                what: "table cell")
        }
        return true
    }

    /// The one or two operands as `Double`s (the second 0 for one), when each is well inside what
    /// `Decimal` holds (so exact arithmetic would not overflow or underflow where `Double` does not).
    private static func roughOperands(_ columns: [Int], in row: [Double?]) -> (Double, Double)? {
        guard columns.count == 1 || columns.count == 2, let a = roughOperand(columns[0], in: row) else { return nil }
        guard columns.count == 2 else { return (a, 0) }
        return roughOperand(columns[1], in: row).map { (a, $0) }
    }

    private static func roughOperand(_ column: Int, in row: [Double?]) -> Double? {
        guard let value = row[safe: column] ?? nil, value == 0 || (abs(value) < 1e100 && abs(value) > 1e-100) else {
            return nil
        }
        return value
    }

    /// Whether a factor is 10, 100, 1000 … or 0.1, 0.01 …: a change of scale.
    static func isPowerOfTen(_ factor: Decimal) -> Bool {
        var x = factor < 1 ? 1 / factor : factor
        while x >= 10 { x /= 10 }
        return x == 1
    }

    /// For a column of percentages: one column as a percentage of another (`182 / 650 = 28.0%`),
    /// and the change from one to the other (`(611 − 520) / 520 = +17.5 %`).
    static func percentRelations(sources: [Int]) -> [Relation] {
        func name(_ c: Int, _ header: [String]) -> String { "'\(header[safe: c] ?? "#\(c + 1)")'" }
        func percent(_ value: Decimal?) -> Quantity? { value.map { Quantity($0 * 100) } }
        var relations: [Relation] = []
        for (i, a) in sources.enumerated() {
            for b in sources[(i + 1)...] {
                relations.append(
                    Relation(
                        describe: { "\(name(b, $0)) ÷ \(name(a, $0)) × 100" }, operands: [a, b],
                        compute: { $0[0].value == 0 ? nil : percent($0[1].value / $0[0].value) }, roughly: nil))
                relations.append(
                    Relation(
                        describe: { "\(name(a, $0)) ÷ \(name(b, $0)) × 100" }, operands: [a, b],
                        compute: { $0[1].value == 0 ? nil : percent($0[0].value / $0[1].value) }, roughly: nil))
                relations.append(
                    Relation(
                        describe: { "(\(name(b, $0)) − \(name(a, $0))) ÷ \(name(a, $0)) × 100" }, operands: [a, b],
                        compute: { $0[0].value == 0 ? nil : percent(($0[1].value - $0[0].value) / $0[0].value) },
                        roughly: nil))
                // A fall written as a positive percentage (`Baisse (%)`: 720 → 590 is 18,1).
                relations.append(
                    Relation(
                        describe: { "(\(name(a, $0)) − \(name(b, $0))) ÷ \(name(a, $0)) × 100" }, operands: [a, b],
                        compute: { $0[0].value == 0 ? nil : percent(($0[0].value - $0[1].value) / $0[0].value) },
                        roughly: nil))
            }
        }
        return relations
    }

    private static let unitPriceWords = LanguageProfile.all.flatMap(\.unitPriceHeaderWords).map { $0.lowercased() }

    /// Whether `header` says it is an amount per what `divisor` counts: `Cost per pitch-night (£)`
    /// over `Pitch-nights`, `每車每日（港元）` over `車數`, `1台あたり` over `台数`.
    static func namesDivisor(_ header: String, _ divisor: String) -> Bool {
        let lowered = header.lowercased()
        let per: Substring
        if let range = lowered.range(of: "あたり") {
            per = lowered[..<range.lowerBound]
        } else if let word = headerPerWords.lazy.compactMap({ lowered.range(of: $0) }).first {
            per = lowered[word.upperBound...]
        } else {
            return false
        }
        let perText = String(per)
        return NamedTable.words(of: divisor).contains { word in
            word.first?.isASCII == true
                ? perText.containsLiteral(String(word.prefix(5))) : perText.containsLiteral(word)
        }
            || divisor.contains { $0.isUnifiedIdeograph && perText.contains($0) && !"數数量日月年人".contains($0) }
    }

    static func namesUnitPrice(_ header: String) -> Bool {
        let lowered = header.lowercased()
        if unitPriceWords.contains(where: { lowered.containsLiteral($0) }) { return true }
        // `Price (₩ per 1M tokens)`: a price word, then what it is per.
        guard let price = priceWords.lazy.compactMap({ lowered.range(of: $0) }).first else { return false }
        let after = lowered[price.upperBound...]
        return after.contains("/") || after.contains("／") || after.contains("あたり")
            || headerPerWords.contains { after.containsLiteral($0) }
    }

    private static let priceWords = LanguageProfile.all.flatMap(\.priceHeaderWords).map { $0.lowercased() }
    private static let headerPerWords = LanguageProfile.all.flatMap(\.perWords).map { word in
        word.first?.isLetter == true && word.first?.isASCII == true ? " \(word.lowercased()) " : word
    }

    static func relations(sources: [Int]) -> [Relation] {
        var relations = sources.flatMap(constantRelations(of:))
        for (i, a) in sources.enumerated() {
            for b in sources[(i + 1)...] { relations += pairRelations(a, b) }
        }
        return relations + tripleProducts(sources)
    }

    private static func name(_ c: Int, _ header: [String]) -> String { "'\(header[safe: c] ?? "#\(c + 1)")'" }

    /// A column times a constant such as 12, 30 or 10⁶.
    private static func constantRelations(of x: Int) -> [Relation] {
        constantFactors.map { k, text, isTwelve, isPowerOfTen in
            let factor = Quantity(k)
            let rough = k.asDouble
            return Relation(
                describe: { "\(name(x, $0)) \(text)" }, operands: [x],
                compute: { try? LenientArithmetic.apply("×", $0[0], factor).get() },
                roughly: { a, _ in a * rough },
                constant: k, isTwelvefold: isTwelve, isScaleChange: isPowerOfTen)
        }
    }

    /// What two columns give: their product (in another scale too), one marked up or down by the
    /// other, their quotients, sum and differences.
    private static func pairRelations(_ a: Int, _ b: Int) -> [Relation] {
        var relations: [Relation] = [
            Relation(
                describe: { "\(name(a, $0)) × \(name(b, $0))" }, operands: [a, b],
                compute: { try? LenientArithmetic.apply("×", $0[0], $0[1]).get() }, isProduct: true,
                multipliesColumns: true)
        ]
        // `kWh × ct/kWh = €`, impressions × CPM ÷ 1,000, `MWh × €/kWh`: a price in another scale.
        for (factor, text) in productScales {
            var scaled = Relation(describe: { "\(name(a, $0)) × \(name(b, $0)) \(text)" }, operands: [a, b]) {
                guard case .success(let product) = LenientArithmetic.apply("×", $0[0], $0[1]) else { return nil }
                return Quantity(product.value * factor, product.unit)
            }
            scaled.multipliesColumns = true
            scaled.isScaledProduct = true
            relations.append(scaled)
        }
        // `0,12 €/mot` with a `Majoration` of 25 % is `0,150`; a discount takes the share off.
        for (x, p) in [(a, b), (b, a)] {
            for sign: Character in ["+", "−"] {
                relations.append(
                    Relation(
                        describe: { "\(name(x, $0)) × (1 \(sign) \(name(p, $0)))" }, operands: [x, p],
                        compute: { values in
                            guard values[1].unit?.measure == .percent,
                                case .success(let share) = LenientArithmetic.apply("×", values[0], values[1])
                            else { return nil }
                            return try? LenientArithmetic.apply(sign, values[0], share).get()
                        }, roughly: nil))
            }
        }
        // A price spread over months (`5,100,000 ÷ 48`), a cost per unit.
        for (x, y) in [(a, b), (b, a)] {
            var quotient = Relation(
                describe: { "\(name(x, $0)) ÷ \(name(y, $0))" }, operands: [x, y],
                compute: { try? LenientArithmetic.apply("÷", $0[0], $0[1]).get() }, roughly: nil)
            quotient.isQuotient = true
            relations.append(quotient)
        }
        relations.append(
            Relation(
                describe: { "\(name(a, $0)) + \(name(b, $0))" }, operands: [a, b],
                compute: { try? LenientArithmetic.apply("+", $0[0], $0[1]).get() }, roughly: { $0 + $1 }))
        for (x, y) in [(a, b), (b, a)] {
            relations.append(
                Relation(
                    describe: { "\(name(x, $0)) − \(name(y, $0))" }, operands: [x, y],
                    compute: { try? LenientArithmetic.apply("−", $0[0], $0[1]).get() }, roughly: { $0 - $1 }))
        }
        return relations
    }

    /// `3 people × 25,000 × 2 days`: a product of three columns.
    private static func tripleProducts(_ sources: [Int]) -> [Relation] {
        guard sources.count >= 3, sources.count <= 8 else { return [] }
        var relations: [Relation] = []
        for (i, a) in sources.enumerated() {
            for (j, b) in sources.enumerated() where j > i {
                for c in sources[(j + 1)...] {
                    var product = Relation(
                        describe: { "\(name(a, $0)) × \(name(b, $0)) × \(name(c, $0))" }, operands: [a, b, c]
                    ) {
                        guard case .success(let ab) = LenientArithmetic.apply("×", $0[0], $0[1]) else { return nil }
                        return try? LenientArithmetic.apply("×", ab, $0[2]).get()
                    }
                    product.multipliesColumns = true
                    relations.append(product)
                }
            }
        }
        return relations
    }
}

/// The words of every language profile that say a column's amounts are per month or per year.
enum PeriodWords {
    private static let months = LanguageProfile.all.flatMap(\.monthWords).map { $0.lowercased() }
    private static let years = LanguageProfile.all.flatMap(\.yearWords).map { $0.lowercased() }

    static func isMonthly(_ header: String) -> Bool { says(months, in: header) && !says(years, in: header) }
    /// Whether a month word stands in `text` (`每月`, `per month`; not the `mo` of `more`).
    static func saysMonth(_ text: String) -> Bool { says(months, in: text) }
    static func isYearly(_ header: String) -> Bool { says(years, in: header) && !says(months, in: header) }
    private static let quarters = LanguageProfile.all.flatMap(\.quarterWords).map { $0.lowercased() }
    /// Whether a quarter or a month word stands in `text`: a period shorter than a year.
    static func saysShortPeriod(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return says(months, in: text) || quarters.contains { lowered.containsLiteral($0) }
    }

    /// CJK words anywhere, Latin words whole.
    private static func says(_ words: [String], in header: String) -> Bool {
        if wordsArePlain, header.unicodeScalars.allSatisfy(isPlain) { return saysInPlainText(words, in: header) }
        let lowered = header.lowercased()
        let latin = Set(
            lowered.split { !$0.isLetter || !($0.isASCII || ("\u{C0}"..."\u{24F}").contains($0)) }.map(String.init))
        return words.contains { word in
            isLatin(word) ? latin.contains(word) : lowered.contains(word)
        }
    }

    private static func isLatin(_ word: String) -> Bool {
        word.allSatisfy(\.isASCII) || word.contains(where: { ("\u{C0}"..."\u{24F}").contains($0) })
    }

    /// `says` for text of ASCII and CJK only (most lines), without asking Unicode about each
    /// Character: every scalar there is a Character of its own, no CJK one has a case or is a
    /// letter of a Latin word, and none is canonically equivalent to another, so the Latin words
    /// are runs of ASCII letters and a CJK word stands where its bytes do.
    private static func saysInPlainText(_ words: [String], in text: String) -> Bool {
        let latin = Set(
            text.utf8.split { ($0 | 0x20) &- 0x61 >= 26 }.map { word in
                String(decoding: word.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
            })
        let isASCII = text.utf8.allSatisfy { $0 < 0x80 }
        let lowered = isASCII ? text : text.lowercased()
        return words.contains { word in
            isLatin(word) ? latin.contains(word) : !isASCII && lowered.containsLiteral(word)
        }
    }

    /// Whether every word `says` is asked about is Latin or plain CJK, as `saysInPlainText` needs.
    private static let wordsArePlain = (months + years).allSatisfy {
        isLatin($0) || $0.unicodeScalars.allSatisfy(isPlain)
    }

    /// ASCII, and the CJK punctuation, kana, ideographs and full-width forms that are each a
    /// Character of their own (not the combining marks U+302A–302F, U+3099–309A, U+FF9E–FF9F),
    /// have no canonical decomposition but kana with voicing marks (written composed), and no
    /// case but the full-width Latin letters.
    private static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x80, 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xFF01...0xFF9D:
            return true
        default:
            return false
        }
    }
}
