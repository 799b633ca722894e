import Numbers

/// Arithmetic on figures as authors write them: exact, with units carried where the Numbers
/// module can name the result, and with the unit dropped where a page leaves it implicit.
///
/// Reports write `1000万 tokens × 5e-06 $ = 50 $`, meaning a price per token; tokens × $ has
/// no unit in the strict algebra, so the product falls back to the currency side.
enum LenientArithmetic {
    static func apply(_ op: Character, _ a: Quantity, _ b: Quantity) -> QuantityResult {
        let strict = strictly(op, a, b)
        guard case .failure(.incompatibleUnits) = strict else { return strict }
        return strictly(op, Quantity(a.value), Quantity(b.value)).map { Quantity($0.value, fallbackUnit(op, a.unit, b.unit)) }
    }

    private static func strictly(_ op: Character, _ a: Quantity, _ b: Quantity) -> QuantityResult {
        switch op {
        case "+": return a + b
        case "−": return a - b
        case "×": return a * b
        default: return a / b
        }
    }

    /// The unit a reader would give the result: for sums the one that is written, for products the money side.
    private static func fallbackUnit(_ op: Character, _ a: Unit?, _ b: Unit?) -> Unit? {
        switch op {
        case "+", "−": return a ?? b
        case "×":
            if case .currency? = a?.measure { return a?.per == nil ? a : nil }
            if case .currency? = b?.measure { return b?.per == nil ? b : nil }
            return nil
        default: return nil
        }
    }

    /// Evaluates operands joined by operators, × and ÷ before + and −.
    static func evaluate(_ operands: [Quantity], _ operators: [Character]) -> QuantityResult {
        precondition(operands.count == operators.count + 1)
        var terms: [Quantity] = [operands[0]]
        var additive: [Character] = []
        for (i, op) in operators.enumerated() {
            let next = operands[i + 1]
            if op == "×" || op == "÷" {
                switch apply(op, terms[terms.count - 1], next) {
                case .success(let q): terms[terms.count - 1] = q
                case .failure(let e): return .failure(e)
                }
            } else {
                terms.append(next)
                additive.append(op)
            }
        }
        var result = terms[0]
        for (i, op) in additive.enumerated() {
            switch apply(op, result, terms[i + 1]) {
            case .success(let q): result = q
            case .failure(let e): return .failure(e)
            }
        }
        return .success(result)
    }
}
