import Foundation

/// One figure found in a run of text: its exact value, how it was written, and where.
///
/// `text` and `range` cover the sign, currency, digits, exponent, scale word, percent sign,
/// unit and rate denominator (`$0.90/M`, `1000万`, `3,109 次/天`); an approximation mark in
/// front (`约`, `~`, `environ`) is not part of them and is recorded by `approximationMark`.
///
/// A range such as `60-75%` gives two figures: the first has `rangePart == .lower` and
/// `rangeEnd` = the upper value, the second has `rangePart == .upper`. A unit or scale written
/// only after the upper figure applies to both (`60` of `60-75%` is 60 %).
public struct ScannedNumber: Sendable, Equatable {
    /// The exact value after the scale word (`1000万` → 10000000; `60%` → 60, the unit says percent).
    public var value: Decimal
    /// The source text of the figure, exactly as written (including full-width characters).
    public var text: String
    /// Where the figure sits in the scanned text.
    public var range: SourceRange
    /// Decimals and significant digits as written.
    public var precision: Precision
    /// The scale word or suffix that multiplied the written number, if any.
    public var scale: Scale?
    /// The currency, counted thing or percent, with any rate denominator.
    public var unit: FigureUnit?
    /// Whether an approximation mark (`约`, `約`, `~`, `≈`, `environ`, `about`…) qualified it.
    public var isApproximate: Bool
    /// The approximation mark as written, if any.
    public var approximationMark: String?
    /// Whether this figure is one end of a range such as `1.5–2` or `60-75%`.
    public var rangePart: RangePart
    /// For the lower end of a range, the value of the upper end.
    public var rangeEnd: Decimal?
    /// How the figure was written, so a computed value can be written the same way.
    public var style: WrittenStyle

    public init(
        value: Decimal, text: String, range: SourceRange, precision: Precision, scale: Scale? = nil,
        unit: FigureUnit? = nil, isApproximate: Bool = false, approximationMark: String? = nil,
        rangePart: RangePart = .none, rangeEnd: Decimal? = nil, style: WrittenStyle = WrittenStyle()
    ) {
        self.value = value
        self.text = text
        self.range = range
        self.precision = precision
        self.scale = scale
        self.unit = unit
        self.isApproximate = isApproximate
        self.approximationMark = approximationMark
        self.rangePart = rangePart
        self.rangeEnd = rangeEnd
        self.style = style
    }

    /// The power of ten of the last digit shown, in the units of `value`: `0.05` → -2,
    /// `1.6e-05` → -6, `1000万` → 4. A stated figure is compared at this resolution.
    public var quantumExponent: Int {
        precision.exponent + (scale?.powerOfTen ?? 0) - precision.fractionDigits
    }

    /// Half of the last digit shown, in the units of `value`: how far the figure may be from what
    /// it rounds (`7,9 %` → 0.05, `$1.05M` → 5,000).
    public var halfQuantum: Decimal {
        Decimal(sign: .plus, exponent: quantumExponent, significand: 5) / 10
    }
}

/// Which end of a range a figure is, if it is part of one.
public enum RangePart: Sendable, Equatable {
    case none, lower, upper
}

/// How a figure was written: what surrounds the number, its marks, and its exponent form.
public struct WrittenStyle: Sendable, Equatable {
    /// Text before the number: sign is excluded; currency such as `$`, `US$ `, `USD `.
    public var prefix: String = ""
    /// The scale word with any space before it, such as `万` or ` millions`.
    public var scaleText: String = ""
    /// Text after the number and scale: ` $`, `美元`, `%`, ` tokens`, `美元/百万token`.
    public var suffix: String = ""
    /// The decimal mark written, if the figure had decimals.
    public var decimalMark: Character?
    /// The grouping separator written, if the figure had groups.
    public var groupingSeparator: Character?
    /// The exponent form, if written in scientific notation.
    public var exponentForm: ExponentForm?

    public init() {}
}

/// How a power of ten was written.
public enum ExponentForm: Sendable, Equatable {
    /// `5e-06`: the letter, and the minimum number of exponent digits written (2 for `e-06`).
    case letter(Character, minimumDigits: Int)
    /// `6×10⁻⁸` with superscripts, or `6 × 10^-8` with a caret; `separator` is the text around `×`.
    case timesTen(separator: String, superscript: Bool)
}
