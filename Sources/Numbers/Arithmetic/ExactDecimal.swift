import Foundation

/// The four operations on `Decimal` that report overflow and division by zero instead of
/// producing NaN or trapping, through Foundation's `NSDecimal…` calculation functions.
enum ExactDecimal {
    static func add(_ lhs: Decimal, _ rhs: Decimal) -> Result<Decimal, QuantityError> {
        run(lhs, rhs) { NSDecimalAdd($0, $1, $2, .plain) }
    }

    static func subtract(_ lhs: Decimal, _ rhs: Decimal) -> Result<Decimal, QuantityError> {
        run(lhs, rhs) { NSDecimalSubtract($0, $1, $2, .plain) }
    }

    static func multiply(_ lhs: Decimal, _ rhs: Decimal) -> Result<Decimal, QuantityError> {
        run(lhs, rhs) { NSDecimalMultiply($0, $1, $2, .plain) }
    }

    static func divide(_ lhs: Decimal, _ rhs: Decimal) -> Result<Decimal, QuantityError> {
        if rhs == 0 { return .failure(.divisionByZero) }
        return run(lhs, rhs) { NSDecimalDivide($0, $1, $2, .plain) }
    }

    private static func run(
        _ lhs: Decimal, _ rhs: Decimal,
        _ operation: (UnsafeMutablePointer<Decimal>, UnsafePointer<Decimal>, UnsafePointer<Decimal>) ->
            NSDecimalNumber.CalculationError
    ) -> Result<Decimal, QuantityError> {
        guard !lhs.isNaN, !rhs.isNaN else { return .failure(.overflow) }
        var left = lhs, right = rhs, result = Decimal()
        switch operation(&result, &left, &right) {
        case .divideByZero: return .failure(.divisionByZero)
        case .overflow, .underflow: return .failure(.overflow)
        default: return result.isNaN ? .failure(.overflow) : .success(result)
        }
    }
}
