import Foundation
import Testing

@testable import Numbers

/// Exact arithmetic with units; errors are values, never crashes.
@Suite struct QuantityTests {
    let usd = FigureUnit(.currency(.usd), written: "$")
    let tokens = FigureUnit(.count(.tokens), written: "token")
    let usdPerToken = FigureUnit(.currency(.usd), per: Denominator(thing: .tokens))
    let usdPerMillionTokens = FigureUnit(.currency(.usd), per: Denominator(amount: 1_000_000, thing: .tokens))

    @Test func tokensTimesPricePerTokenIsDollars() throws {
        // The seeds state 0.05 here: they priced per token but computed per million tokens.
        let cost = try (Quantity(10_000_000, tokens) * Quantity(Decimal(string: "5e-06")!, usdPerToken)).get()
        #expect(cost == Quantity(50, usd))
    }

    @Test func tokensTimesPricePerMillionDividesByAMillion() throws {
        let cost = try (Quantity(15_000_000, tokens) * Quantity(Decimal(string: "0.05")!, usdPerMillionTokens)).get()
        #expect(cost.value == Decimal(string: "0.75")!)
        #expect(cost.unit == usd)
    }

    @Test func decimalArithmeticIsExact() throws {
        let sum = try (Quantity(Decimal(string: "0.1")!) + Quantity(Decimal(string: "0.2")!)).get()
        #expect(sum.value == Decimal(string: "0.3")!)
        let product = try (Quantity(Decimal(string: "6e-08")!) * Quantity(1_000_000)).get()
        #expect(product.value == Decimal(string: "0.06")!)
    }

    @Test func chainedOperationsReadAsWritten() throws {
        let input = Quantity(10_000_000, tokens) * Quantity(Decimal(string: "6e-08")!, usdPerToken)
        let output = Quantity(5_000_000, tokens) * Quantity(Decimal(string: "2e-07")!, usdPerToken)
        #expect(try (input + output).get() == Quantity(Decimal(string: "1.6")!, usd))
    }

    @Test func addingDollarsToTokensIsAnError() {
        #expect((Quantity(5, usd) + Quantity(5, tokens)) == .failure(.incompatibleUnits(usd, tokens, operation: "+")))
    }

    @Test func divisionByZeroIsAnError() {
        #expect((Quantity(5, usd) / Quantity(0)) == .failure(.divisionByZero))
    }

    @Test func overflowIsAnError() {
        let huge = Quantity(Decimal(string: "9e120")!)
        #expect((huge * huge) == .failure(.overflow))
    }

    @Test func firstErrorWinsInAChain() {
        let chain = Quantity(5, usd) / Quantity(0) + Quantity(5, tokens)
        #expect(chain == .failure(.divisionByZero))
    }

    @Test func percentOfAnAmount() throws {
        let saving = try (Quantity(4337, usd) * Quantity(30, FigureUnit(.percent))).get()
        #expect(saving == Quantity(Decimal(string: "1301.1")!, usd))
    }

    @Test func symbolsOfOneCurrencyAreTheSameUnit() {
        #expect(FigureUnit(.currency(.usd), written: "$") == FigureUnit(.currency(.usd), written: "美元"))
        #expect(FigureUnit(.currency(.usd)) != FigureUnit(.currency(.eur)))
    }

    @Test func monthlyCostOverCostPerCallIsCalls() throws {
        let perCall = FigureUnit(.currency(.usd), per: Denominator(thing: .calls))
        let calls = try (Quantity(4337, usd) / Quantity(Decimal(string: "0.0465")!, perCall)).get()
        #expect(calls.unit == FigureUnit(.count(.calls)))
        #expect(
            Agreement.compare(stated: 93_270, quantumExponent: 1, isApproximate: true, computed: calls.value)
                .isAgreement)
    }

    @Test func dollarsOverTokensIsAPricePerToken() throws {
        let price = try (Quantity(Decimal(string: "0.05")!, usd) / Quantity(10_000_000, tokens)).get()
        #expect(price == Quantity(Decimal(string: "5e-09")!, usdPerToken))
    }

    @Test func kilowattsTimesHoursIsKilowattHours() throws {
        let energy = try
            (Quantity(Decimal(string: "1.6")!, FigureUnit(.count(.kilowatts)))
            * Quantity(24, FigureUnit(.count(.hours)))).get()
        #expect(energy == Quantity(Decimal(string: "38.4")!, FigureUnit(.count(.kilowattHours))))
    }

    @Test func scannedFiguresMultiplyWithTheirUnits() throws {
        let figures = NumberScanner.scan("15M tokens * 0,05 $/1M tokens = **0,75 $**", locale: .fr)
        let computed = try (Quantity(figures[0]) * Quantity(figures[1])).get()
        #expect(computed.unit == figures[2].unit)
        #expect(Agreement.compare(stated: figures[2], computed: computed.value) == .agrees(rounding: .exact))
    }
}
