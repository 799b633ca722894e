import Foundation
import Testing

@testable import Baseline

/// The record's value text is `Decimal.description`'s, whichever way it is written.
@Suite struct DecimalPlainTextTests {
    @Test func matchesDescriptionOnWrittenFigures() {
        let written = [
            "0", "0.0", "0.000", "-0", "1", "-1", "12", "1200", "1e5", "3.50", "0.05", "-0.0045", "12345.678",
            "0.00000006", "18446744073709551615", "18446744073709551616", "99999999999999999999.5",
            "123456789012345678901234567890", "-7.25e-12", "4.2e20",
        ]
        for text in written {
            let value = Decimal(string: text)!
            #expect(value.plainText == value.description, "\(text)")
        }
    }

    @Test func matchesDescriptionOnComputedValues() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let significand = UInt64.random(in: 0...UInt64.max, using: &generator) >> UInt64.random(in: 0...63)
            let exponent = Int.random(in: -40...30, using: &generator)
            let sign: FloatingPointSign = Bool.random(using: &generator) ? .minus : .plus
            let value = Decimal(sign: sign, exponent: exponent, significand: Decimal(significand))
            #expect(value.plainText == value.description)
            // Quotients and products carry full 128-bit mantissas, which go to Foundation.
            let quotient = value / Decimal(Int.random(in: 1...997, using: &generator))
            #expect(quotient.plainText == quotient.description)
        }
        #expect(Decimal.nan.plainText == Decimal.nan.description)
    }
}
