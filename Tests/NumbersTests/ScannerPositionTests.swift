import Foundation
import Testing

@testable import Numbers

/// Source text and ranges: lines, Character columns, lengths, and what `text` covers.
@Suite struct ScannerPositionTests {
    /// Pence are glued to their digits: `28p` is £0.28, `12 p` a page.
    @Test func pencePrefixGluedOnly() {
        #expect(NumberScanner.scan("at 28p a kWh", locale: .en).map(\.value) == [Decimal(string: "0.28")!])
        #expect(NumberScanner.scan("see 12 p here", locale: .en).first?.unit == nil)
    }

    /// French prices a million tokens with the article (`0,25 $ le million de tokens`); the article
    /// before anything but a scale is no rate (`12 € le mois dernier`).
    @Test func frenchArticlePricesAMillionTokens() {
        let perMillion = NumberScanner.scan("Haiku est à 0,25 $ le million de tokens en entrée.", locale: .fr)
        #expect(perMillion.map(\.unit?.per?.amount) == [1_000_000])
        let lastMonth = NumberScanner.scan("Nous avons payé 12 € le mois dernier.", locale: .fr)
        #expect(lastMonth.count == 1 && lastMonth[0].unit?.per == nil)
    }

    /// Dollars of other countries are their own currencies, in each language's way of writing
    /// them; `$` and `元` alone stay US dollars and yuan.
    @Test func canadianAustralianAndHongKongDollarsAreTheirOwnCurrencies() {
        let cases: [(String, NumberLocale, Currency)] = [
            ("CA$184", .en, .cad), ("184 $ CA", .fr, .cad), ("184 加元", .zh, .cad), ("184カナダドル", .ja, .cad),
            ("A$7,485", .en, .aud), ("7,485澳元", .zh, .aud), ("HK$12", .en, .hkd), ("12 港元", .zh, .hkd),
            ("$184", .en, .usd), ("184 元", .zh, .cny), ("28p", .en, .gbp),
        ]
        for (text, locale, currency) in cases {
            let units = NumberScanner.scan(text, locale: locale).map(\.unit?.measure)
            #expect(units == [.currency(currency)], "\(text)")
        }
    }

    @Test func textCoversCurrencyScaleUnitAndDenominatorButNotTheApproximationMark() {
        let figures = NumberScanner.scan("成本 = 1500万token * 0.05美元/百万token（约 93,270 次/月）", locale: .zh)
        #expect(figures.map(\.text) == ["1500万token", "0.05美元/百万token", "93,270 次/月"])
        #expect(figures[2].approximationMark == "约")
    }

    @Test func columnsCountCharactersNotBytes() {
        let figures = NumberScanner.scan("每百万token仅0.05美元", locale: .zh)
        #expect(figures.map(\.range) == [SourceRange(line: 1, column: 10, length: 6)])
    }

    @Test func linesCountNewlinesAndCarriageReturnNewlines() {
        let figures = NumberScanner.scan("a 1\r\nb\n  $2,222/月", locale: .zh)
        #expect(
            figures.map(\.range) == [
                SourceRange(line: 1, column: 3, length: 1), SourceRange(line: 3, column: 3, length: 8),
            ])
    }

    @Test func fullWidthTextIsKeptAsWritten() {
        let figure = NumberScanner.scan("价格＄１，２００．５０", locale: .zh)
        #expect(figure.map(\.text) == ["＄１，２００．５０"])
        #expect(figure.first?.value == 1200.5)
        #expect(figure.first?.range == SourceRange(line: 1, column: 3, length: 9))
    }

    @Test func signIsPartOfTheFigure() {
        #expect(NumberScanner.scan("变化 -$5", locale: .zh).map(\.text) == ["-$5"])
    }

    @Test func rangeLowerCarriesTheUpperValue() {
        let figures = NumberScanner.scan("60-75%", locale: .zh)
        #expect(figures.map(\.text) == ["60", "75%"])
        #expect(figures.first?.rangeEnd == 75)
        #expect(figures.first?.unit?.measure == .percent)
    }

    @Test func codeIsSkippedUnlessAsked() {
        let text = "a `5e-06` b\n```\n$3\n```\n7 $"
        #expect(NumberScanner.scan(text, locale: .en).map(\.text) == ["7 $"])
        #expect(NumberScanner(locale: .en, skipsCode: false).scan(text).map(\.text) == ["5e-06", "$3", "7 $"])
    }

    @Test func unclosedBacktickIsPlainText() {
        #expect(NumberScanner.scan("a ` 5 $", locale: .en).map(\.value) == [5])
    }

    @Test func writtenStyleRecordsAffixesAndMarks() throws {
        let figure = try #require(NumberScanner.scan("0,05 $/1M tokens", locale: .fr).first)
        #expect(figure.style.prefix == "")
        #expect(figure.style.suffix == " $/1M tokens")
        #expect(figure.style.decimalMark == ",")
        let scaled = try #require(NumberScanner.scan("1 234万美元", locale: .fr).first)
        #expect(scaled.style.scaleText == "万")
        #expect(scaled.style.groupingSeparator == " ")
    }

    @Test func precisionOfScaledAndScientificFigures() throws {
        let scaled = try #require(NumberScanner.scan("1.2亿", locale: .zh).first)
        #expect(scaled.quantumExponent == 7)
        let scientific = try #require(NumberScanner.scan("1.60e-05", locale: .en).first)
        #expect(scientific.precision == Precision(fractionDigits: 2, significantDigits: 3, exponent: -5))
        #expect(scientific.quantumExponent == -7)
    }

    @Test func unitWrittenTextIsKeptForMessages() throws {
        let figure = try #require(NumberScanner.scan("0.05美元/百万token", locale: .zh).first)
        #expect(figure.unit?.written == "美元/百万token")
        #expect(figure.unit == FigureUnit(.currency(.usd), per: Denominator(amount: 1_000_000, thing: .tokens)))
    }
}

/// Table cells start in the middle of a line: a number opening one is a figure, not a list or
/// heading number, and backticks opening one are no code fence.
@Suite struct MidLineScanTests {
    @Test func aCellsFirstNumberIsAFigure() {
        let atLineStart = NumberScanner(locale: .en).scan("2. 5 tokens")
        let inCell = NumberScanner(locale: .en, startsMidLine: true).scan("2. 5 tokens")
        #expect(atLineStart.map(\.value) == [5])
        #expect(inCell.first?.value == 2)
        #expect(NumberScanner(locale: .en, startsMidLine: true).scan("``` 7 $").map(\.value) == [7])
    }

    /// `| 57,6 M |` under `Jetons entrée`: a cell ending on a spaced scale letter is in millions;
    /// a sentence ending so (`taille M`) is not.
    @Test func aCellEndingOnAScaleLetterIsScaled() {
        let inCell = NumberScanner(locale: .fr, startsMidLine: true).scan("57,6 M")
        #expect(inCell.first?.value == 57_600_000)
        #expect(NumberScanner(locale: .fr).scan("57,6 M").first?.value == Decimal(string: "57.6"))
    }

    /// `| 每千次 0.35 元 |`: a cell naming its rate's denominator first prices a thousand.
    @Test func aCellNamingItsDenominatorFirstIsARate() {
        let price = NumberScanner(locale: .zh, startsMidLine: true).scan("每千次 0.35 元").first
        #expect(price?.unit?.per?.amount == 1000)
        #expect(NumberScanner(locale: .zh).scan("每千次 0.35 元").first?.unit?.per == nil)
    }
}
