import Foundation

/// Writes a `Decimal` back as a page in a given language would: plain, or like a reference figure.
public enum NumberFormatting {
    /// `value` with the locale's decimal mark and grouping: `0,05` and `1 234,5` (U+202F) in fr,
    /// `4,337` in en, zh and ja. `fractionDigits` rounds half away from zero and pads with zeros;
    /// `nil` writes exactly the digits the value has. NaN is written `NaN`.
    public static func format(_ value: Decimal, locale: NumberLocale, fractionDigits: Int? = nil, grouping: Bool = true)
        -> String
    {
        write(
            value, decimalMark: locale.decimalMark, grouping: grouping ? locale.groupingSeparator : nil,
            fractionDigits: fractionDigits)
    }

    /// The digits of `value` with the given marks, and a leading `-` when negative.
    static func write(_ value: Decimal, decimalMark: Character, grouping: Character?, fractionDigits: Int?) -> String {
        let digits =
            fractionDigits.map { DecimalDigits.rounded(value, fractionDigits: max(0, $0)) } ?? DecimalDigits(value)
        guard let digits else { return "NaN" }
        var text = digits.isNegative ? "-" : ""
        text += digits.groupedInteger(grouping)
        if !digits.fraction.isEmpty {
            text.append(decimalMark)
            text += digits.fraction
        }
        return text
    }
}
