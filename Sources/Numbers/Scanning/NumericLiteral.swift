/// A number as written, before scale words and units: its digits, marks and exponent.
struct NumericLiteral {
    /// The index of the first digit.
    var start: Int
    /// One past the last Character of the number, exponent included.
    var end: Int
    /// The mantissa's digits without separators or decimal mark, ASCII.
    var digits: String = ""
    var integerDigitCount = 0
    var fractionDigits = 0
    /// The written power of ten, 0 without e-notation or `×10ⁿ`.
    var exponent = 0
    var groupingSeparator: Character?
    var decimalMark: Character?
    var exponentForm: ExponentForm?

    var isScientific: Bool { exponentForm != nil }

    /// Digits of the mantissa without leading zeros (`0.05` → 1, `1.6` → 2).
    var significantDigits: Int {
        let stripped = digits.drop { $0 == "0" }
        return stripped.isEmpty ? 1 : stripped.count
    }

    /// Whether the number is a bare integer: no marks, groups or exponent.
    var isPlainInteger: Bool { fractionDigits == 0 && groupingSeparator == nil && exponentForm == nil }
}

/// What reading digits at a position gave: a literal, or a run that is not a number of this
/// locale (`1.2.3`, `0,05` in English, `1,234.5` in French) to skip whole.
enum LiteralOutcome {
    case literal(NumericLiteral)
    case malformed(resumeAt: Int)
}
