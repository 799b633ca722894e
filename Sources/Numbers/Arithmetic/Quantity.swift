import Foundation

/// An exact `Decimal` value with an optional unit, the operand of every check.
public struct Quantity: Sendable, Equatable, CustomStringConvertible {
    /// The value, already multiplied by any scale word (`1000万` → 10000000).
    public var value: Decimal
    /// The unit, `nil` for a plain number.
    public var unit: FigureUnit?

    public init(_ value: Decimal, _ unit: FigureUnit? = nil) {
        self.value = value
        self.unit = unit
    }

    /// The quantity a scanned figure states.
    public init(_ figure: ScannedNumber) {
        self.init(figure.value, figure.unit)
    }

    public var description: String {
        guard let unit else { return "\(value)" }
        return "\(value) \(unit)"
    }
}

/// Why an operation on quantities has no result: never a crash, always a value to report.
public enum QuantityError: Error, Sendable, Equatable {
    /// The units cannot be combined this way (adding $ to tokens); the operator is `+ − × ÷`.
    case incompatibleUnits(FigureUnit?, FigureUnit?, operation: Character)
    /// The divisor was zero.
    case divisionByZero
    /// The result does not fit `Decimal` (38 digits, exponent −128…127).
    case overflow
}

/// The outcome of one operation on quantities; chains of `+ − × ÷` accept it as an operand.
public typealias QuantityResult = Result<Quantity, QuantityError>

extension Quantity {
    /// `lhs + rhs`; the units must be equal (`$` and `美元` are both USD).
    public static func + (lhs: Quantity, rhs: Quantity) -> QuantityResult {
        guard lhs.unit == rhs.unit else { return .failure(.incompatibleUnits(lhs.unit, rhs.unit, operation: "+")) }
        return ExactDecimal.add(lhs.value, rhs.value).map { Quantity($0, lhs.unit ?? rhs.unit) }
    }

    /// `lhs − rhs`; the units must be equal.
    public static func - (lhs: Quantity, rhs: Quantity) -> QuantityResult {
        guard lhs.unit == rhs.unit else { return .failure(.incompatibleUnits(lhs.unit, rhs.unit, operation: "−")) }
        return ExactDecimal.subtract(lhs.value, rhs.value).map { Quantity($0, lhs.unit ?? rhs.unit) }
    }

    /// `lhs × rhs`, carrying units: tokens × ($ per 1M tokens) = $ ÷ 10⁶.
    public static func * (lhs: Quantity, rhs: Quantity) -> QuantityResult {
        // `1000 × $0.01 per 1K`: a bare count as large as the rate's denominator counts single
        // things; a smaller one (`45 × 0,15 $/M`) counts in the denominator's amounts.
        for (count, rate) in [(lhs, rhs), (rhs, lhs)]
        where count.unit == nil && rate.unit?.measure != .percent {
            guard let per = rate.unit?.per, per.amount > 1, count.value >= per.amount, let unit = rate.unit else {
                continue
            }
            return ExactDecimal.multiply(count.value, rate.value)
                .flatMap { ExactDecimal.divide($0, per.amount) }
                .map { Quantity($0, unit.withoutDenominator) }
        }
        guard let outcome = FigureUnit.product(lhs.unit, rhs.unit) else {
            return .failure(.incompatibleUnits(lhs.unit, rhs.unit, operation: "×"))
        }
        return ExactDecimal.multiply(lhs.value, rhs.value)
            .flatMap { ExactDecimal.multiply($0, outcome.factor) }
            .map { Quantity($0, outcome.unit) }
    }

    /// `lhs ÷ rhs`, carrying units; a zero divisor is `.divisionByZero`.
    public static func / (lhs: Quantity, rhs: Quantity) -> QuantityResult {
        guard let outcome = FigureUnit.quotient(lhs.unit, rhs.unit) else {
            return .failure(.incompatibleUnits(lhs.unit, rhs.unit, operation: "÷"))
        }
        return ExactDecimal.divide(lhs.value, rhs.value)
            .flatMap { ExactDecimal.multiply($0, outcome.factor) }
            .map { Quantity($0, outcome.unit) }
    }
}
