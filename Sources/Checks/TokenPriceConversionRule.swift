import Foundation
import Numbers

/// A price per token that converts one of the page's prices per million tokens with a zero too
/// many or too few (`$0.15 per million works out to $0.0000015 per token`, `输入每百万 token 0.8 元
/// … 相当于每 token 0.000008 元`): the conversion slipped by a power of ten.
///
/// Only when no price per million of the page is the price per token times a million, and exactly
/// one, stated before it (or on its table row), is that at another power of ten.
struct TokenPriceConversionRule: PageRule {
    static let id = "token-price-conversion"

    /// How many powers of ten a slipped conversion may be off: a zero or three too many or too few.
    static let reach = 1...3

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let figures = page.allFigures
        // Most pages price no tokens: a per-token price comes first, and is small.
        let small = figures.filter { RateScaleRule.isBelowFloor($0.number.value) }
        guard !small.isEmpty else { return }
        let context = Context(page)
        let perToken = small.filter { context.tokensPricedPer($0) == 1 }
        guard !perToken.isEmpty else { return }
        // The prices per million by currency and value, each at its first place: a long page repeats them.
        var perMillion: [Key: LocatedFigure] = [:]
        for figure in figures where !RateScaleRule.isBelowFloor(figure.number.value) {
            guard let measure = figure.number.unit?.measure, context.tokensPricedPer(figure) == 1_000_000 else {
                continue
            }
            let key = Key(measure: measure, value: figure.number.value)
            if perMillion[key] == nil { perMillion[key] = figure }
        }
        guard !perMillion.isEmpty else { return }
        var timesStated: [Decimal: Int] = [:]
        for figure in figures { timesStated[figure.number.value, default: 0] += 1 }
        for price in perToken {
            guard let measure = price.number.unit?.measure else { continue }
            let sources = perMillion.filter { $0.key.currency == measure.description }.map(\.value)
            guard !sources.isEmpty else { continue }
            let converted = price.number.value * 1_000_000
            if sources.contains(where: { Self.agrees($0.number, converted) }) {
                report.relationsChecked += 1
                continue
            }
            // The same price stated again (a table's cell, a price sheet) is the page's, right or not.
            guard timesStated[price.number.value] == 1 else { continue }
            // Exactly: a price of one significant digit (`$0.000002`) agrees with many a rounding.
            let slipped = Self.reach.flatMap { power -> [LocatedFigure] in
                let factor = Decimal(sign: .plus, exponent: power, significand: 1)
                return [converted * factor, converted / factor].compactMap {
                    perMillion[Key(measure: measure, value: $0)]
                }
            }.filter { ($0.line, $0.column) < (price.line, price.column) }
            guard slipped.count == 1, let source = slipped.first else { continue }
            report.compare(
                price, computed: Quantity(source.number.value / 1_000_000, price.number.unit), rule: Self.id,
                file: file, locale: page.locale,
                explanation:
                    "the price per million at line \(source.line), \(source.number.text), divided by a million",
                what: "price per token")
        }
    }

    /// A currency (by its description: `Measure` is not hashable) and a value.
    private struct Key: Hashable {
        var currency: String
        var value: Decimal

        init(measure: Measure, value: Decimal) {
            currency = measure.description
            self.value = value
        }
    }

    /// What the words around a price say it is for, read with lookups built once a page.
    private struct Context {
        let page: PageFigures
        /// Each table cell's column header.
        let headers: [SummaryFigureRule.Place: String]
        /// The prose figures of each line.
        let figuresByLine: [Int: [LocatedFigure]]

        init(_ page: PageFigures) {
            self.page = page
            var headers: [SummaryFigureRule.Place: String] = [:]
            for table in page.tables {
                for row in table.cells {
                    for (column, cell) in row.enumerated() {
                        if let cell, let header = table.header[safe: column] {
                            headers[SummaryFigureRule.Place(cell)] = header
                        }
                    }
                }
            }
            self.headers = headers
            figuresByLine = Dictionary(grouping: page.runs.flatMap(\.figures), by: \.line)
        }

        /// How many tokens a price in a currency is for: its unit's (`$0.15 per 1M tokens`, a column's
        /// `$ per 1M`), or what the words right before it say (`输入每百万 token 2 元`, `1 トークンあたり
        /// $0.0000015`, `每个输入 token 0.00002 元`); a cell that writes its currency (`$0.000016`) under
        /// `Price per token`, what its header says. Nil for anything else.
        func tokensPricedPer(_ figure: LocatedFigure) -> Decimal? {
            guard let unit = figure.number.unit, case .currency = unit.measure, figure.number.value > 0 else {
                return nil
            }
            if let per = unit.per { return per.thing == .tokens || per.thing == nil ? per.amount : nil }
            guard
                let per = ColumnUnit.denominator(
                    header: headers[SummaryFigureRule.Place(figure)] ?? leadingWords(of: figure), locale: page.locale),
                per.thing == .tokens
            else { return nil }
            return per.amount
        }

        /// The words of its clause before the figure, after any amount of money before it; from the
        /// line above too when the figure opens its line (`相当于每 token` / `0.000008 元`).
        private func leadingWords(of figure: LocatedFigure) -> String {
            let amountBefore = (figuresByLine[figure.line] ?? []).last {
                guard $0.column < figure.column, let measure = $0.number.unit?.measure else { return false }
                if case .currency = measure { return true }
                return false
            }
            var before = String(
                page.lines[figure.line].prefix(max(0, figure.column - 1))
                    .dropFirst(amountBefore.map { $0.number.range.column - 1 + $0.number.range.length } ?? 0))
            if before.allSatisfy(\.isWhitespace), amountBefore == nil, figure.line > 1 {
                before = String(page.lines[figure.line - 1]) + " "
            }
            let clauseStart = before.lastIndex(where: { TokenPriceConversionRule.clauseMarks.contains($0) })
                .map { before.index(after: $0) }
            return String(before[(clauseStart ?? before.startIndex)...])
        }
    }

    /// Marks that end a clause, and those that open an aside (`（折合每个输入 token`).
    private static let clauseMarks: Set<Character> = ["，", "。", "；", ";", "：", ":", "、", "（", "(", ","]

    private static func agrees(_ stated: ScannedNumber, _ computed: Decimal) -> Bool {
        Agreement.compare(stated: stated, computed: computed).isAgreement
    }
}
