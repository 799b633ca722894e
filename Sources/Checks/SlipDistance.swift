import Content
import Foundation

/// How far a stated figure may sit from its computed value and still be the author's slip.
///
/// A relation the rules guess (from a table's columns, a summary's wording, a total line's items)
/// can be the wrong relation; an author's slip (a stale figure, a forgotten row, a wrong base, a
/// typo) lands near the value, a unit off lands a power of ten away, and swapped digits keep the
/// digits. A guessed relation whose stated figure is none of these (`1.2 %` for 95.3 %, `1,310`
/// for 7,865) is more likely misread than wrong, so it is reported as a warning to look at.
enum SlipDistance {
    /// Whether `stated` is too far from `computed` for any slip.
    static func isBeyondSlip(stated: Decimal, computed: Decimal) -> Bool {
        guard let ratio = ratio(stated, computed), ratio > CheckPolicy.largestGuessedSlipRatio, !isPowerOfTen(ratio)
        else { return false }
        let quantum = min(stated.exponent, 0)
        guard let x = DigitSlip.digits(stated, at: quantum), let y = DigitSlip.digits(computed, at: quantum) else {
            return true
        }
        return !(DigitSlip.isAdjacentTransposition(x, y) || DigitSlip.differsInOneDigit(x, y))
    }

    /// Whether `stated` is within a factor of two of `computed`, or a power of ten away from it.
    static func isWithinScaleOrHalf(stated: Decimal, computed: Decimal) -> Bool {
        guard let ratio = ratio(stated, computed) else { return false }
        return ratio <= 2 || isPowerOfTen(ratio)
    }

    /// The larger magnitude over the smaller; nil when either is zero.
    private static func ratio(_ x: Decimal, _ y: Decimal) -> Decimal? {
        guard !x.isZero, !y.isZero else { return nil }
        let a = x.magnitude, b = y.magnitude
        return a > b ? a / b : b / a
    }

    /// Whether a ratio of one or more is ten, a hundred, a thousand… within the slip band.
    private static func isPowerOfTen(_ ratio: Decimal) -> Bool {
        var power = Decimal(10)
        while power <= ratio * 2 {
            if ratio >= power * CheckPolicy.powerOfTenSlipBand.lower,
                ratio <= power * CheckPolicy.powerOfTenSlipBand.upper
            {
                return true
            }
            power *= 10
        }
        return false
    }

    /// Turns each error of a guessed rule that is beyond any slip into a warning that says so.
    static func demoteBeyondSlip(_ diagnostics: [Diagnostic], guessedRules: Set<String>) -> [Diagnostic] {
        diagnostics.map { finding in
            guard finding.severity == .error, guessedRules.contains(finding.rule), let values = finding.values,
                !values.isKnownSlip, isBeyondSlip(stated: values.stated, computed: values.computed)
            else { return finding }
            var doubtful = finding
            doubtful.severity = .warning
            doubtful.message += "; too far apart for a slip, so the figures may not be related this way"
            return doubtful
        }
    }
}
