import Foundation

extension NumberFormatting {
    /// `value` written the way `reference` was: same currency and unit text and placement, scale
    /// word, decimal mark, grouping and exponent form (`1500万token`, `0,08 $`, `1.6e-05`).
    ///
    /// `value` is in the reference's units after scale (15000000 for `万`). With `fractionDigits`
    /// nil, the mantissa keeps every digit the value has but at least as many decimals as the
    /// reference shows, so a message never hides a difference; charts pass a count.
    public static func format(
        _ value: Decimal, like reference: ScannedNumber, locale: NumberLocale, fractionDigits: Int? = nil
    ) -> String {
        let style = reference.style
        let scalePower = reference.scale?.powerOfTen ?? 0
        var mantissa = value * Decimal(sign: .plus, exponent: -scalePower, significand: 1)
        var exponentText = ""
        if let form = style.exponentForm, mantissa != 0, let digits = DecimalDigits(mantissa) {
            var exponent = digits.leadingExponent
            mantissa *= Decimal(sign: .plus, exponent: -exponent, significand: 1)
            if let places = fractionDigits, let rounded = DecimalDigits.rounded(mantissa, fractionDigits: places),
                rounded.integer == "10"
            {
                // Rounding 9.96 to one decimal gives 10.0: move one power of ten into the exponent.
                exponent += 1
                mantissa *= Decimal(string: "0.1")!
            }
            exponentText = Self.exponent(exponent, form: form)
        }
        let places =
            fractionDigits ?? max(reference.precision.fractionDigits, DecimalDigits(mantissa)?.fraction.count ?? 0)
        let grouping = style.groupingSeparator ?? (writesUngrouped(reference) ? nil : locale.groupingSeparator)
        var number = write(
            mantissa.magnitude, decimalMark: style.decimalMark ?? locale.decimalMark, grouping: grouping,
            fractionDigits: places)
        number += exponentText
        // The minus the reference was written with (`−£380`, `－５`), else a hyphen.
        let sign = value >= 0 ? "" : reference.text.first { $0 == "−" || $0 == "－" }.map(String.init) ?? "-"
        return sign + style.prefix + number + style.scaleText + style.suffix
    }

    /// Whether the reference wrote four or more integer digits without grouping (`8000`).
    private static func writesUngrouped(_ reference: ScannedNumber) -> Bool {
        guard reference.style.groupingSeparator == nil, reference.style.exponentForm == nil else { return false }
        let power = (reference.scale?.powerOfTen ?? 0)
        return reference.value.magnitude >= Decimal(sign: .plus, exponent: power + 3, significand: 1)
    }

    private static func exponent(_ exponent: Int, form: ExponentForm) -> String {
        switch form {
        case .letter(let letter, let minimumDigits):
            let digits = String(abs(exponent))
            let padded = String(repeating: "0", count: max(0, minimumDigits - digits.count)) + digits
            let sign = exponent < 0 ? "-" : (minimumDigits >= 2 ? "+" : "")
            return "\(letter)\(sign)\(padded)"
        case .timesTen(let separator, let superscript):
            guard superscript else { return "\(separator)10^\(exponent)" }
            let digits = String(exponent).map { Self.superscripts[$0] ?? $0 }
            return separator + "10" + String(digits)
        }
    }

    private static let superscripts: [Character: Character] = [
        "-": "⁻", "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
    ]
}
