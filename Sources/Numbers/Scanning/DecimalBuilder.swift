import Foundation

/// Builds the exact `Decimal` of validated digits, refusing what `Decimal` cannot hold.
///
/// `Decimal(string:)` silently drops digits beyond 38 and returns `nil` or garbage for huge
/// exponents, so the digits are trimmed and checked here first; only then is the normalised
/// ASCII text (`16e-6`) converted, which is the one use of `Decimal(string:)` in the module.
enum DecimalBuilder {
    /// Significant digits `Decimal` stores exactly.
    static let maximumSignificantDigits = 38
    /// Exponents kept well inside `Decimal`'s −128…127 so later arithmetic has room.
    static let exponentLimit = 100
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// `digits` × 10^(`exponent` − `fractionDigits`), negated if asked; `nil` when it does not fit.
    static func value(digits: String, fractionDigits: Int, exponent: Int, negative: Bool) -> Decimal? {
        let utf8 = Array(digits.utf8)
        guard let first = utf8.firstIndex(where: { $0 != UInt8(ascii: "0") }) else { return Decimal(0) }
        let last = utf8.lastIndex(where: { $0 != UInt8(ascii: "0") })!
        let significant = utf8[first...last]
        guard significant.count <= maximumSignificantDigits else { return nil }
        let trailingZeros = utf8.count - 1 - last
        let power = exponent - fractionDigits + trailingZeros
        guard abs(power) <= exponentLimit, abs(power + significant.count) <= exponentLimit else { return nil }
        if significant.count <= 19 {
            // Fast path: the digits fit a UInt64, so the Decimal is built without parsing text.
            let integer = significant.reduce(UInt64(0)) { $0 * 10 + UInt64($1 - UInt8(ascii: "0")) }
            return Decimal(sign: negative ? .minus : .plus, exponent: power, significand: Decimal(integer))
        }
        let normalised = (negative ? "-" : "") + String(decoding: significant, as: UTF8.self) + "e\(power)"
        return Decimal(string: normalised, locale: posix)
    }
}
