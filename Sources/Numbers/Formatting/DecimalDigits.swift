import Foundation
import TextKit

/// The sign and digits of a finite `Decimal`, exactly, as the formatters need them.
struct DecimalDigits: Equatable {
    var isNegative: Bool
    /// Integer digits without leading zeros, `"0"` for values below one.
    var integer: String
    /// Fraction digits without trailing zeros.
    var fraction: String

    /// The digits of `value`; `nil` for NaN. `Decimal.description` is locale-independent plain
    /// notation (`0.00000006`), which is what is read here.
    init?(_ value: Decimal) {
        guard !value.isNaN else { return nil }
        var text = value.description
        isNegative = text.hasPrefix("-")
        if isNegative { text.removeFirst() }
        let parts = text.split(separator: ".", maxSplits: 1)
        let integerPart = parts.first.map(String.init) ?? "0"
        integer = integerPart.isEmpty ? "0" : integerPart
        fraction = parts.count > 1 ? String(parts[1].reversed().drop { $0 == "0" }.reversed()) : ""
        if integer == "0", fraction.isEmpty { isNegative = false }
    }

    /// `value` rounded half away from zero to `fractionDigits` decimals, then its digits padded
    /// with zeros to exactly that many decimals.
    static func rounded(_ value: Decimal, fractionDigits: Int) -> DecimalDigits? {
        guard let rounded = RoundingRule.halfUp.round(value, toPowerOfTen: -fractionDigits),
            var digits = DecimalDigits(rounded)
        else {
            return nil
        }
        digits.fraction += String(repeating: "0", count: max(0, fractionDigits - digits.fraction.count))
        return digits
    }

    /// The integer digits with `separator` between groups of three, if any.
    func groupedInteger(_ separator: Character?) -> String {
        guard let separator else { return integer }
        return DigitGrouping.group(integer, separator: String(separator))
    }

    /// The power of ten of the first significant digit (`0.05` → -2, `1234` → 3), 0 for zero.
    var leadingExponent: Int {
        if integer != "0" { return integer.count - 1 }
        guard let first = fraction.firstIndex(where: { $0 != "0" }) else { return 0 }
        return -(fraction.distance(from: fraction.startIndex, to: first) + 1)
    }
}
