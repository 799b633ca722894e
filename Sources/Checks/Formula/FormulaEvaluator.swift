import Foundation
import Numbers

/// Evaluates a formula in exact decimals, asking `resolve` for the value of each reference.
struct FormulaEvaluator {
    enum Failure: Error {
        case missingValue
        case divisionByZero
        case incompatible
    }

    let resolve: (FormulaExpression) -> Quantity?

    func evaluate(_ expression: FormulaExpression) -> Result<Quantity, Failure> {
        switch expression {
        case .number(let value, _): return .success(Quantity(value))
        case .reference, .position:
            return resolve(expression).map { .success($0) } ?? .failure(.missingValue)
        case .negate(let inner):
            return evaluate(inner).map { Quantity(-$0.value, $0.unit) }
        case .binary(let op, let a, let b):
            return evaluate(a).flatMap { left in
                evaluate(b).flatMap { right in
                    switch LenientArithmetic.apply(op, left, right) {
                    case .success(let q): return .success(q)
                    case .failure(.divisionByZero): return .failure(.divisionByZero)
                    case .failure: return .failure(.incompatible)
                    }
                }
            }
        case .call(let name, let arguments):
            return call(name, arguments)
        }
    }

    private func call(_ name: String, _ arguments: [FormulaExpression]) -> Result<Quantity, Failure> {
        if name == "round" {
            return evaluate(arguments[0]).flatMap { value in
                evaluate(arguments[1]).flatMap { places in
                    var input = value.value
                    var output = Decimal()
                    NSDecimalRound(&output, &input, NSDecimalNumber(decimal: places.value).intValue, .plain)
                    return .success(Quantity(output, value.unit))
                }
            }
        }
        var values: [Quantity] = []
        for argument in arguments {
            switch evaluate(argument) {
            case .success(let q): values.append(q)
            case .failure(let f): return .failure(f)
            }
        }
        switch name {
        case "sum": return TableTotalRule.sum(values).map { .success($0) } ?? .failure(.incompatible)
        case "min": return .success(values.min { $0.value < $1.value }!)
        default: return .success(values.max { $0.value < $1.value }!)
        }
    }
}
