import Testing

@testable import Numbers

/// One table row: text in a locale, and the figures expected, each summarised by `summary(of:)`.
struct ScanCase: Sendable, CustomTestStringConvertible {
    let locale: NumberLocale
    let input: String
    let expected: [String]

    init(_ locale: NumberLocale, _ input: String, _ expected: [String]) {
        self.locale = locale
        self.input = input
        self.expected = expected
    }

    var testDescription: String { "\(locale): \(input)" }
}

/// A figure in one line: value, `×scale`, `[unit]`, `.decimals`, `sNeM` for e-notation, `~`
/// when approximate, `<`/`>` for the lower and upper ends of a range.
func summary(of figure: ScannedNumber) -> String {
    var parts = ["\(figure.value)"]
    if let scale = figure.scale { parts.append("×\(scale.word)") }
    if let unit = figure.unit { parts.append("[\(unit)]") }
    if figure.precision.fractionDigits > 0 { parts.append(".\(figure.precision.fractionDigits)") }
    if let significant = figure.precision.significantDigits {
        parts.append("s\(significant)e\(figure.precision.exponent)")
    }
    if figure.isApproximate { parts.append("~") }
    switch figure.rangePart {
    case .none: break
    case .lower: parts.append("<")
    case .upper: parts.append(">")
    }
    return parts.joined(separator: " ")
}

/// Scans `text` and summarises every figure.
func summaries(_ text: String, _ locale: NumberLocale) -> [String] {
    NumberScanner.scan(text, locale: locale).map(summary(of:))
}
