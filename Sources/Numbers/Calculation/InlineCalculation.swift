import Foundation

/// An inline calculation written on a page: figures joined by `+ − × ÷`, then `=` and the
/// stated result, such as `1000万输入token * 5e-06美元 = 0.05美元` or `$2,222 + $115 = $2,337`.
public struct InlineCalculation: Sendable, Equatable {
    /// An arithmetic operator as it may be written (`*`, `x`, `×`, `/`, `÷`, `-`, `−`, `+`).
    public enum Operator: Character, Sendable {
        case add = "+"
        case subtract = "−"
        case multiply = "×"
        case divide = "÷"

        /// Whether it binds before `+` and `−`.
        var isMultiplicative: Bool { self == .multiply || self == .divide }
    }

    /// The figures left of `=`, in order.
    public var operands: [ScannedNumber]
    /// The operators between them: one fewer than the operands.
    public var operators: [Operator]
    /// The figure right of `=`.
    public var stated: ScannedNumber

    public init(operands: [ScannedNumber], operators: [Operator], stated: ScannedNumber) {
        self.operands = operands
        self.operators = operators
        self.stated = stated
    }

    /// The left side evaluated with units (× and ÷ before + and −), as a `QuantityResult`.
    public func evaluate() -> QuantityResult {
        evaluate(operands.map { Quantity($0) })
    }

    /// The left side evaluated on plain values, for calculations whose units this module cannot
    /// combine (`1.6kW × 24h × 30天 = 1,152 kWh/月`); the caller decides whether that is enough.
    public func evaluateIgnoringUnits() -> Result<Decimal, QuantityError> {
        evaluate(operands.map { Quantity($0.value) }).map(\.value)
    }

    /// Whether the stated figure agrees with the left side, by the rule of `Agreement`; units
    /// are used when they combine, and plain values otherwise.
    public func check(tolerance: Decimal = Agreement.defaultTolerance) -> Result<AgreementResult, QuantityError> {
        let computed: Result<Decimal, QuantityError>
        switch evaluate() {
        case .success(let quantity): computed = .success(quantity.value)
        case .failure(.incompatibleUnits): computed = evaluateIgnoringUnits()
        case .failure(let error): computed = .failure(error)
        }
        return computed.map { Agreement.compare(stated: stated, computed: $0, tolerance: tolerance) }
    }

    private func evaluate(_ values: [Quantity]) -> QuantityResult {
        guard var term = values.first.map(QuantityResult.success) else { return .failure(.overflow) }
        var terms: [QuantityResult] = []
        var additive: [Operator] = []
        for (operation, value) in zip(operators, values.dropFirst()) {
            switch operation {
            case .multiply: term = term * value
            case .divide: term = term / value
            case .add, .subtract:
                terms.append(term)
                additive.append(operation)
                term = .success(value)
            }
        }
        terms.append(term)
        var total = terms[0]
        for (operation, next) in zip(additive, terms.dropFirst()) {
            total = operation == .add ? total + next : total - next
        }
        return total
    }
}
