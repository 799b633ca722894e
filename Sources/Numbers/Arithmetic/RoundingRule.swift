import Foundation

/// How a computed value became the stated figure.
public enum RoundingRule: String, Sendable, CaseIterable {
    /// The stated figure is the computed value exactly.
    case exact
    /// Rounded to nearest, halves away from zero (`0.125` → `0.13`, `-0.125` → `-0.13`).
    case halfUp
    /// Rounded to nearest, halves to the even digit (banker's rounding: `0.125` → `0.12`).
    case halfEven
    /// Cut off toward zero (`0.129` → `0.12`).
    case truncation
    /// An approximate figure within the relative tolerance of the computed value.
    case withinTolerance

    /// The rounding rules tried, in this order, after an exact match.
    static let roundings: [RoundingRule] = [.halfUp, .halfEven, .truncation]

    /// `value` rounded to a multiple of 10^`exponent` by this rule; `nil` for `.exact` and `.withinTolerance`.
    public func round(_ value: Decimal, toPowerOfTen exponent: Int) -> Decimal? {
        var input = value, output = Decimal()
        switch self {
        case .halfUp: NSDecimalRound(&output, &input, -exponent, .plain)
        case .halfEven: NSDecimalRound(&output, &input, -exponent, .bankers)
        case .truncation:
            // Foundation's `.down` rounds toward −∞; truncation goes toward zero.
            input = value.magnitude
            NSDecimalRound(&output, &input, -exponent, .down)
            if value < 0 { output.negate() }
        case .exact, .withinTolerance: return nil
        }
        return output.isNaN ? nil : output
    }
}
