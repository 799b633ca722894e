import Foundation
import Numbers

/// Slips of the pen, read on digits: two digits swapped (`1,867` written `1,876`), one digit
/// changed (`359` written `379`). Summaries, translations, ranges and table relations all ask
/// whether a figure is another with such a slip; the answer lives here.
enum DigitSlip {
    /// The value's digits at the power of ten `quantum`, rounded half-up, without sign or leading zeros.
    static func digits(_ value: Decimal, at quantum: Int) -> String? {
        wholeDigits(value, at: quantum) ?? roundedDigits(value, at: quantum)
    }

    /// `digits` for a value of no digit below `quantum`, other than zero, whose significand is below
    /// 2⁵³ (a figure as read, most results): nothing to round, so its digits are the significand's
    /// and then zeros, written without Foundation's digit-by-digit conversion. Nil for any other value.
    static func wholeDigits(_ value: Decimal, at quantum: Int) -> String? {
        guard !value.isNaN, !value.isZero else { return nil }
        let zeros = value.exponent - quantum
        guard zeros >= 0, zeros <= 18 else { return nil }
        // Below 2⁵³ a whole number is a `Double` exactly, and so is the conversion of it; one above
        // converts to 2⁵³ or more.
        let whole = value.significand.asDouble
        guard whole >= 1, whole < 9_007_199_254_740_992, whole == whole.rounded() else { return nil }
        return String(UInt64(whole)) + String(repeating: "0", count: zeros)
    }

    /// `digits` by rounding and writing the value out, for every value.
    static func roundedDigits(_ value: Decimal, at quantum: Int) -> String? {
        guard let rounded = RoundingRule.halfUp.round(value.magnitude, toPowerOfTen: quantum) else { return nil }
        let scaled = rounded * Decimal(sign: .plus, exponent: -quantum, significand: 1)
        let text = "\(scaled)"
        guard !text.contains("."), !text.contains("e") else { return nil }
        let trimmed = String(text.drop { $0 == "0" })
        return trimmed.isEmpty ? nil : trimmed
    }

    /// How many zeros end the value's digits at `quantum` (`760` one, `7,600` two at units).
    static func trailingZeros(of value: Decimal, at quantum: Int) -> Int {
        guard let written = digits(value, at: quantum) else { return 0 }
        return written.count - significantCount(written)
    }

    /// How many digits of `digits` count, trailing zeros aside (`12000` two, `797558` six).
    static func significantCount(_ digits: String) -> Int {
        digits.reversed().drop { $0 == "0" }.count
    }

    /// Whether two figures of three significant digits or more differ by two swapped digits or one changed digit.
    static func isSlip(_ x: ScannedNumber, _ y: ScannedNumber) -> Bool {
        isSlip(x.value, y.value, at: min(x.quantumExponent, y.quantumExponent))
    }

    /// Whether `stated` is `computed`, rounded as `stated` is, with two digits swapped or one changed.
    static func isSlip(_ stated: ScannedNumber, of computed: Decimal) -> Bool {
        isSlip(stated.value, computed, at: stated.quantumExponent)
    }

    /// …the same, where one changed digit counts only among three significant digits or more: with
    /// no table of agreeing rows behind it, `$100` for 150 is a round amount, not a slip.
    static func isPreciseSlip(_ stated: ScannedNumber, of computed: Decimal) -> Bool {
        guard let dx = digits(stated.value, at: stated.quantumExponent),
            let dy = digits(computed, at: stated.quantumExponent), dx.count >= 3, dx.count == dy.count
        else { return false }
        if isAdjacentTransposition(dx, dy) { return true }
        return significantCount(dx) >= 3 && significantCount(dy) >= 3 && differsInOneDigit(dx, dy)
    }

    private static func isSlip(_ x: Decimal, _ y: Decimal, at quantum: Int) -> Bool {
        guard let dx = digits(x, at: quantum), let dy = digits(y, at: quantum),
            dx.count >= 3, dx.count == dy.count
        else { return false }
        return isAdjacentTransposition(dx, dy) || differsInOneDigit(dx, dy)
    }

    /// Whether `b` is `a` with exactly one digit changed, not the leading one, at four digits or
    /// more, or at three when it is the middle one (`359` → `379`; `120` → `125` is a rounding).
    static func differsInOneDigit(_ a: String, _ b: String) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count == y.count, x.count >= 3 else { return false }
        let differences = x.indices.filter { x[$0] != y[$0] }
        // The leading digit changes the order of magnitude: `100万` against `500万` is another amount.
        return differences.count == 1 && (differences[0] > 0 || x.count >= 4)
            && (x.count >= 4 || differences[0] < x.count - 1)
    }

    /// Whether `b` is `a` with one pair of different digits swapped: neighbours, or any two at four
    /// digits or more (`15,132` for `13,152`); only neighbours when `strictly`.
    static func isAdjacentTransposition(_ a: String, _ b: String, strictly: Bool = false) -> Bool {
        let x = Array(a), y = Array(b)
        guard x.count == y.count else { return false }
        let differences = x.indices.filter { x[$0] != y[$0] }
        guard differences.count == 2, differences[1] == differences[0] + 1 || x.count >= 4 && !strictly else {
            return false
        }
        return x[differences[0]] == y[differences[1]] && x[differences[1]] == y[differences[0]]
    }
}
