import Foundation
import Testing

@testable import Numbers

/// Every figure of the seeds' price tables and budget sections, in all three languages.
@Suite struct SeedFigureTests {
    @Test(arguments: chineseReportLines + japaneseReportLines + frenchReportLines + chineseChapterLines)
    func seedLine(_ row: ScanCase) { #expect(summaries(row.input, row.locale) == row.expected) }

    /// The three translations state the same budget figures.
    @Test func translationsAgreeOnTheBudget() {
        let budget = { (lines: [ScanCase]) -> [Decimal] in
            lines.filter { $0.input.hasPrefix("  - ") }.flatMap {
                NumberScanner.scan($0.input, locale: $0.locale).map(\.value)
            }
        }
        let chinese = budget(chineseReportLines)
        #expect(chinese.count == 23)
        #expect(chinese == budget(japaneseReportLines))
        #expect(chinese == budget(frenchReportLines))
    }

    /// The budget lines' own arithmetic with the scanned figures; a bare price is per token,
    /// as the sentence around it says, so the test gives it that unit as the checker will.
    @Test func budgetArithmetic() throws {
        let perToken = FigureUnit(.currency(.usd), per: Denominator(thing: .tokens))
        let check = { (line: String, locale: NumberLocale, priceUnit: FigureUnit?) throws -> AgreementResult in
            let figures = NumberScanner.scan(line, locale: locale)
            let price = Quantity(figures[1].value, priceUnit ?? figures[1].unit)
            let product = try (Quantity(figures[0]) * price).get()
            #expect(product.unit?.measure == figures[2].unit?.measure)
            return Agreement.compare(stated: figures[2], computed: product.value)
        }
        #expect(try check("成本 = 1500万token * 0.05美元/百万token = **0.75美元**", .zh, nil) == .agrees(rounding: .exact))
        #expect(try check("Coût = 15M tokens * 0,05 $/1M tokens = **0,75 $**", .fr, nil) == .agrees(rounding: .exact))
        // Priced per token but computed as if per million: the seeds' error, which check must report.
        #expect(try check("1000万入力トークン * 5e-06ドル = 0.05ドル", .ja, perToken) == .disagrees(expected: 50))
    }
}
