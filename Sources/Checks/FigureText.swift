import Foundation
import Numbers

/// How findings write figures: computed values in the stated figure's own style and language.
enum FigureText {
    /// A computed value written like `reference`, with enough decimals to show the difference.
    static func computed(_ value: Decimal, like reference: ScannedNumber, locale: NumberLocale) -> String {
        guard reference.style.exponentForm == nil else {
            return NumberFormatting.format(value, like: reference, locale: locale)
        }
        // As many decimals as the figure shows, but no more than cents where the computed value
        // has fewer (1.60, not 1.6000), and always three significant digits (0.0006, not 0.00).
        // Decimals count in the figure as written: `2,8 Md€` shows tenths of a milliard.
        let mantissa = value * Decimal(sign: .plus, exponent: -(reference.scale?.powerOfTen ?? 0), significand: 1)
        // A price per token (`$0.00000015`) needs more decimals than any amount to show a digit.
        let cap = mantissa.magnitude < Decimal(string: "0.0001")! ? 12 : 6
        let exact = min(cap, exactDecimals(mantissa))
        let places = max(min(reference.precision.fractionDigits, max(exact, 2)), min(cap, neededDecimals(mantissa)))
        return NumberFormatting.format(value, like: reference, locale: locale, fractionDigits: places)
    }

    /// Decimals that show a value's first three significant digits (0.0016 → 4, 50 → 0).
    private static func neededDecimals(_ value: Decimal) -> Int {
        var v = value.magnitude
        guard v != 0 else { return 0 }
        var decimals = 0
        while v < 100, decimals < 12 {
            v *= 10
            decimals += 1
        }
        var rounded = Decimal()
        var copy = value.magnitude
        NSDecimalRound(&rounded, &copy, decimals, .plain)
        // Drop trailing zeros the value does not need.
        while decimals > 0 {
            var shorter = Decimal()
            NSDecimalRound(&shorter, &copy, decimals - 1, .plain)
            guard shorter == rounded else { break }
            decimals -= 1
        }
        return decimals
    }

    /// The decimals a value has exactly (2.5 → 1, 2222.2222… → many).
    private static func exactDecimals(_ value: Decimal) -> Int {
        var v = value.magnitude
        var decimals = 0
        while decimals < 12 {
            var rounded = Decimal()
            NSDecimalRound(&rounded, &v, decimals, .plain)
            if rounded == v { return decimals }
            decimals += 1
        }
        return decimals
    }

    /// An operand for an explanation such as `10,000,000 tokens × 5e-06 $`.
    static func operand(_ figure: LocatedFigure) -> String {
        figure.number.text.filter { $0 != "*" }
    }
}
