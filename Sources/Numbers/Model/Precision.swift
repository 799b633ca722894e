/// How precisely a figure was written: its shown decimals, and significant digits for e-notation.
public struct Precision: Sendable, Equatable {
    /// Digits written after the decimal mark of the mantissa (`0.05` → 2, `1.6e-05` → 1, `1000万` → 0).
    public var fractionDigits: Int
    /// Digits of the mantissa without leading zeros, only for e-notation and `×10ⁿ` (`1.6e-05` → 2).
    public var significantDigits: Int?
    /// The power of ten written as an exponent (`5e-06` → -6), 0 without one.
    public var exponent: Int

    public init(fractionDigits: Int, significantDigits: Int? = nil, exponent: Int = 0) {
        self.fractionDigits = fractionDigits
        self.significantDigits = significantDigits
        self.exponent = exponent
    }
}

/// A word or suffix that multiplied a figure (`万`, `M`, `milliards`), with its power of ten.
public struct Scale: Sendable, Equatable {
    /// The scale as written, such as `万`, `M` or `millions`.
    public var word: String
    /// The power of ten it stands for: `万` → 4, `M` → 6.
    public var powerOfTen: Int

    public init(word: String, powerOfTen: Int) {
        self.word = word
        self.powerOfTen = powerOfTen
    }
}
