import Foundation

/// Whether a stated figure agrees with the value computed from its inputs.
public enum AgreementResult: Sendable, Equatable {
    /// It agrees; `rounding` says how the computed value became the stated one.
    case agrees(rounding: RoundingRule)
    /// It does not; `expected` is the computed value rounded half-up to the stated precision.
    case disagrees(expected: Decimal)

    public var isAgreement: Bool {
        if case .agrees = self { return true }
        return false
    }
}

/// The one rule for when a stated figure agrees with a computed one.
///
/// A figure agrees when the computed value, rounded to the figure's displayed precision (its
/// last shown digit: `0.05` → hundredths, `1.6e-05` → 10⁻⁶, `1000万` → 10⁴), equals it, with
/// any of half-up, half-even or truncation (tried in that order after an exact match, and the
/// first that matches is reported). Correct rounding is therefore never an error.
///
/// An approximate figure (`约`, `~`, `≈`, `environ`, `about`…) also counts its trailing integer
/// zeros as rounding (`约 3,100` is compared at hundreds), and a money amount's cents written as
/// `.50` are compared at tenths (`about $5.50`), and otherwise agrees when it lies
/// within a relative tolerance of the computed value (default 0.25 %).
public enum Agreement {
    /// The default relative tolerance for approximate figures: 0.25 %. An author who marks
    /// `≈ 2,756` for 2,765.2 has still swapped two digits; rounding is what the quantum allows.
    public static let defaultTolerance = Decimal(string: "0.0025")!
    static let roundFigureTolerance = Decimal(string: "0.01")!

    /// Compares a scanned figure with the value computed for it, in the figure's own units
    /// (a percentage as 60 for `60%`, a scaled figure as 10000000 for `1000万`).
    public static func compare(stated: ScannedNumber, computed: Decimal, tolerance: Decimal = defaultTolerance)
        -> AgreementResult
    {
        // `about $5.50` for 5.47: cents written to two places end in a zero by the format.
        var exponent = stated.quantumExponent
        if stated.isApproximate, case .currency? = stated.unit?.measure, stated.precision.fractionDigits == 2,
            RoundingRule.truncation.round(stated.value, toPowerOfTen: exponent + 1) == stated.value
        {
            exponent += 1
        }
        return compare(
            stated: stated.value, quantumExponent: exponent, isApproximate: stated.isApproximate,
            computed: computed, tolerance: tolerance
        )
    }

    /// Compares a stated value shown to 10^`quantumExponent` with a computed value.
    public static func compare(
        stated: Decimal, quantumExponent: Int, isApproximate: Bool, computed: Decimal,
        tolerance: Decimal = defaultTolerance
    ) -> AgreementResult {
        if stated == computed { return .agrees(rounding: .exact) }
        if !isApproximate, isBeyondRounding(stated: stated, computed: computed, quantumExponent: quantumExponent) {
            return .disagrees(expected: RoundingRule.halfUp.round(computed, toPowerOfTen: quantumExponent) ?? computed)
        }
        let quantum = isApproximate ? widenedQuantum(stated, from: quantumExponent) : quantumExponent
        for rule in RoundingRule.roundings where rule.round(computed, toPowerOfTen: quantum) == stated {
            // `≒ 約1.5年` for 1.59 cuts off a digit people round: about is within a hundredth.
            if isApproximate, rule == .truncation,
                quantum != quantumExponent
                    || !isWithin(roundFigureTolerance, stated: stated, computed: computed)
            {
                continue
            }
            return .agrees(rounding: rule)
        }
        // `environ 1 250 €` for 1 257,42: a round figure said to be about another is within a hundredth of it.
        if isApproximate, quantum != quantumExponent, isWithin(roundFigureTolerance, stated: stated, computed: computed)
        {
            return .agrees(rounding: .withinTolerance)
        }
        if isApproximate, isWithin(tolerance, stated: stated, computed: computed) {
            return .agrees(rounding: .withinTolerance)
        }
        return .disagrees(expected: RoundingRule.halfUp.round(computed, toPowerOfTen: quantumExponent) ?? computed)
    }

    /// The relative tolerance of a result computed from `operands`, some of them marked
    /// approximate (`3 × ~$0.55`): each approximate operand may be off by half its last digit, and
    /// relative errors add up through products and quotients. Never below `defaultTolerance`.
    public static func tolerance(operands: [ScannedNumber]) -> Decimal {
        var total = defaultTolerance
        // `約830円（$5.44）`: an approximate operand's trailing zeros are rounding too (830 to the ten).
        for operand in operands where operand.isApproximate && operand.value != 0 {
            let half = Decimal(sign: .plus, exponent: roundedTo(operand), significand: 5) / 10
            total += half / operand.value.magnitude
        }
        return total
    }

    /// Whether an exact figure agrees, without working out the expected value: the question
    /// relation inference asks for every candidate relation and row.
    public static func agrees(_ stated: ScannedNumber, computed: Decimal) -> Bool {
        if stated.value == computed { return true }
        if !stated.isApproximate,
            isBeyondRounding(stated: stated.value, computed: computed, quantumExponent: stated.quantumExponent)
        {
            return false
        }
        return compare(stated: stated, computed: computed).isAgreement
    }

    /// Rounding moves a value by less than one quantum, so a difference of two quanta or more
    /// is never rounding. One subtraction instead of three roundings: most candidate relations
    /// `check` tries fail here.
    private static func isBeyondRounding(stated: Decimal, computed: Decimal, quantumExponent: Int) -> Bool {
        guard case .success(let difference) = ExactDecimal.subtract(stated, computed) else { return false }
        return difference.magnitude >= Decimal(sign: .plus, exponent: quantumExponent, significand: 2)
    }

    /// The quantum of an approximate integer figure, moved up over its trailing zeros.
    /// The power of ten a stated figure is rounded to: its last shown digit, or for an approximate
    /// figure its last digit before trailing zeros (`约 1,290万` to 10⁵, `about €35,800` to 10²).
    public static func roundedTo(_ stated: ScannedNumber) -> Int {
        stated.isApproximate ? widenedQuantum(stated.value, from: stated.quantumExponent) : stated.quantumExponent
    }

    private static func widenedQuantum(_ stated: Decimal, from exponent: Int) -> Int {
        guard exponent >= 0, stated != 0 else { return exponent }
        var widened = exponent
        while widened < 40, RoundingRule.truncation.round(stated, toPowerOfTen: widened + 1) == stated { widened += 1 }
        return widened
    }

    private static func isWithin(_ tolerance: Decimal, stated: Decimal, computed: Decimal) -> Bool {
        guard case .success(let difference) = ExactDecimal.subtract(stated, computed),
            case .success(let allowed) = ExactDecimal.multiply(tolerance, computed.magnitude)
        else { return false }
        return difference.magnitude <= allowed
    }
}

extension Agreement {
    /// Whether `stated` (roughly `value`) certainly disagrees with a value computed as `computed` in `Double`:
    /// they differ by more than rounding could explain, with room to spare for the error of
    /// `Double` itself. False means only that exact arithmetic must decide.
    public static func certainlyDisagrees(_ stated: ScannedNumber, roughly value: Double, computed: Double) -> Bool {
        certainlyDisagrees(
            quantumExponent: stated.quantumExponent, isApproximate: stated.isApproximate, roughly: value,
            computed: computed)
    }

    /// The same, for a caller that keeps only what it needs of the stated figure.
    public static func certainlyDisagrees(
        quantumExponent: Int, isApproximate: Bool, roughly value: Double, computed: Double
    ) -> Bool {
        guard !isApproximate, computed.isFinite, value.isFinite else { return false }
        let quantum = pow(10, Double(quantumExponent))
        return abs(value - computed) >= 2 * quantum + 1e-9 * max(abs(value), abs(computed))
    }
}
