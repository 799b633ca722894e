import Foundation
import Testing

@testable import Checks

/// `DigitSlip.digits` writes a whole value's digits from its significand; rounding and writing the
/// value out must give the same digits for every value it takes that way.
@Suite struct DigitSlipTests {
    @Test func wholeDigitsAgreeWithRoundedDigits() {
        let significands: [UInt64] = [
            0, 1, 7, 10, 12, 100, 1200, 65844, 99999, 123_456_789, 4_294_967_296, 281_474_976_710_656,
            9_007_199_254_740_991, 9_007_199_254_740_992, 9_007_199_254_740_993, 18_446_744_073_709_551_615,
        ]
        var taken = 0
        for significand in significands {
            for exponent in -12...12 {
                for sign in [FloatingPointSign.plus, .minus] {
                    let read = Decimal(sign: sign, exponent: exponent, significand: Decimal(significand))
                    // The same value as arithmetic leaves it, in other representations.
                    for value in [read, read * 1, read / 3 * 3, read * Decimal(string: "0.01")! * 100] {
                        for quantum in -14...14 {
                            guard let whole = DigitSlip.wholeDigits(value, at: quantum) else { continue }
                            taken += 1
                            #expect(
                                whole == DigitSlip.roundedDigits(value, at: quantum),
                                "\(value) at 10^\(quantum)")
                        }
                    }
                }
            }
        }
        // Most figures as read take the short way: a test that never took it would prove nothing.
        #expect(taken > 10_000)
        #expect(DigitSlip.wholeDigits(Decimal(string: "658.44")!, at: -2) == "65844")
        #expect(DigitSlip.wholeDigits(Decimal(string: "658.44")!, at: 0) == nil)
        #expect(DigitSlip.digits(Decimal(string: "658.44")!, at: 0) == "658")
    }
}
