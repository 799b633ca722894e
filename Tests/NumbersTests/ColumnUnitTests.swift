import Testing

@testable import Numbers

/// Column headers give bare table cells their unit.
@Suite struct ColumnUnitTests {
    static let perMillionTokens = FigureUnit(.currency(.usd), per: Denominator(amount: 1_000_000, thing: .tokens))

    @Test(arguments: [
        ("每百万输入token成本（美元）", NumberLocale.zh),
        ("每百万输出token成本（美元）", .zh),
        ("100万入力トークンあたりのコスト（USD）", .ja),
        ("Coût par 1M Tokens Entrée (USD)", .fr),
        ("$/M输入", .zh),
        ("Cost per 1M input tokens (USD)", .en),
        ("Prix en USD par million de tokens", .fr),
        ("USD/1M tokens", .en),
        ("単価（USD／100万）", .ja),
    ])
    func pricePerMillionTokens(header: String, locale: NumberLocale) {
        #expect(ColumnUnit.infer(header: header, locale: locale) == Self.perMillionTokens)
    }

    /// A currency alone in the closing brackets is the cells' unit when the words before quote a
    /// price of their own; where they name the rate it is paid at, the rate stands.
    @Test func closingBracketCurrencyAfterAQuotedPrice() {
        #expect(ColumnUnit.infer(header: "Cost at £0.28/kWh (£)", locale: .en) == FigureUnit(.currency(.gbp)))
        #expect(ColumnUnit.infer(header: "每百万输入token成本（美元）", locale: .zh)?.per?.amount == 1_000_000)
        #expect(ColumnUnit.infer(header: "Coût par 1M Tokens Entrée (USD)", locale: .fr)?.per?.amount == 1_000_000)
    }

    @Test func currencyWithoutDenominator() {
        #expect(ColumnUnit.infer(header: "月成本（美元）", locale: .zh) == FigureUnit(.currency(.usd)))
        #expect(ColumnUnit.infer(header: "Prix (€)", locale: .fr) == FigureUnit(.currency(.eur)))
    }

    @Test func noCurrencyNoUnit() {
        #expect(ColumnUnit.infer(header: "上下文窗口大小（token）", locale: .zh) == nil)
        #expect(ColumnUnit.infer(header: "Customer name", locale: .en) == nil)
        #expect(ColumnUnit.infer(header: "Super (USD)", locale: .en) == FigureUnit(.currency(.usd)))
        #expect(ColumnUnit.infer(header: "输入单价", locale: .zh) == nil)
    }

    @Test func tableCellPricedByItsHeader() throws {
        let cell = try #require(NumberScanner.scan("5e-06", locale: .zh).first)
        let price = Quantity(cell.value, cell.unit ?? ColumnUnit.infer(header: "每百万输入token成本（美元）", locale: .zh))
        let cost = try (Quantity(10_000_000, FigureUnit(.count(.tokens))) * price).get()
        #expect(cost == Quantity(cell.value * 10, FigureUnit(.currency(.usd))))
    }
}
