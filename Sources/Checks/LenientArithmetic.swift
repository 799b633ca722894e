import Foundation
import Numbers

/// Arithmetic on figures as authors write them: exact, with units carried where the Numbers
/// module can name the result, and with the unit dropped where a page leaves it implicit.
///
/// Reports write `1000万 tokens × 5e-06 $ = 50 $`, meaning a price per token; tokens × $ has
/// no unit in the strict algebra, so the product falls back to the currency side.
enum LenientArithmetic {
    static func apply(_ op: Character, _ a: Quantity, _ b: Quantity) -> QuantityResult {
        // `9,355.50 + 20 % = 11,226.60`: a percentage added to an amount is that share of it.
        if op == "+" || op == "−", isPercent(b), !isPercent(a), a.unit != nil || a.value != 1 {
            let share = a.value * b.value / 100
            return .success(Quantity(op == "+" ? a.value + share : a.value - share, a.unit))
        }
        // `(1 + 3%)`, `(1 − 20%)`: a percentage added to a plain number is a fraction of one.
        if op == "+" || op == "−", let (plain, percent) = plainAndPercent(a, b) {
            let fraction = Quantity(percent.value / 100)
            return a.unit == nil ? strictly(op, plain, fraction) : strictly(op, fraction, plain)
        }
        // `6 min at $24/hour`: a duration times a rate per another unit of the clock, in that unit.
        if op == "×", let (duration, rate) = durationAndRate(a, b) { return apply(op, duration, rate) }
        let strict = strictly(op, a, b)
        guard case .failure(.incompatibleUnits) = strict else { return strict }
        return strictly(op, Quantity(a.value), Quantity(b.value)).map {
            Quantity($0.value, fallbackUnit(op, a.unit, b.unit))
        }
    }

    private static func strictly(_ op: Character, _ a: Quantity, _ b: Quantity) -> QuantityResult {
        switch op {
        case "+": return a + b
        case "−": return a - b
        case "×": return a * b
        default: return a / b
        }
    }

    /// The duration converted into the clock unit the rate is per, with the rate, when they differ.
    private static func durationAndRate(_ a: Quantity, _ b: Quantity) -> (Quantity, Quantity)? {
        for (duration, rate) in [(a, b), (b, a)] {
            guard case .count(let thing)? = duration.unit?.measure, duration.unit?.per == nil,
                thing.clockSeconds != nil, let per = rate.unit?.per, per.amount == 1, let perThing = per.thing,
                perThing.clockSeconds != nil, perThing != thing,
                let converted = duration.converted(to: FigureUnit(.count(perThing)))
            else { continue }
            return (converted, rate)
        }
        return nil
    }

    private static func isPercent(_ q: Quantity) -> Bool { q.unit?.measure == .percent && q.unit?.per == nil }

    private static func plainAndPercent(_ a: Quantity, _ b: Quantity) -> (Quantity, Quantity)? {
        if a.unit == nil, isPercent(b) { return (a, b) }
        if b.unit == nil, isPercent(a) { return (b, a) }
        return nil
    }

    /// The unit a reader would give the result: for sums the one that is written, for products the money side.
    private static func fallbackUnit(_ op: Character, _ a: FigureUnit?, _ b: FigureUnit?) -> FigureUnit? {
        switch op {
        case "+", "−": return a ?? b
        case "×":
            // `5,184ドル × 150円`: an amount in one currency at a rate in another is in the rate's.
            if case .currency(let x)? = a?.measure, case .currency(let y)? = b?.measure, x != y,
                a?.per == nil, b?.per == nil
            {
                return b
            }
            if case .currency? = a?.measure { return a?.per == nil ? a : nil }
            if case .currency? = b?.measure { return b?.per == nil ? b : nil }
            // `45 W × 24 h × 30 days`: energy over a number of days is still energy.
            if isDuration(b), case .count(.wattHours)? = a?.measure { return a }
            if isDuration(b), case .count(.kilowattHours)? = a?.measure { return a }
            return nil
        default: return nil
        }
    }

    private static func isDuration(_ unit: FigureUnit?) -> Bool {
        guard case .count(let thing)? = unit?.measure, unit?.per == nil else { return false }
        return [.hours, .days, .months, .years].contains(thing)
    }

    /// Evaluates a written calculation: brackets first, then × and ÷, then + and −, left to right.
    /// `nil` when the tokens do not form an expression.
    static func evaluate(_ tokens: [CalculationToken], operands: [Quantity]) -> QuantityResult? {
        var parser = Parser(tokens: tokens, operands: operands)
        guard let result = parser.sum(depth: 0), parser.position == tokens.count else { return nil }
        return result
    }

    private struct Parser {
        let tokens: [CalculationToken]
        let operands: [Quantity]
        var position = 0

        /// Brackets nest at most this deep; deeper input is not a calculation anyone writes.
        static let maximumDepth = 32

        mutating func sum(depth: Int) -> QuantityResult? {
            level(["+", "−"]) { $0.product(depth: depth) }
        }

        mutating func product(depth: Int) -> QuantityResult? {
            level(["×", "÷"]) { $0.factor(depth: depth) }
        }

        /// One precedence level: operands read by `next`, joined left to right by `operators`.
        private mutating func level(_ operators: Set<Character>, _ next: (inout Parser) -> QuantityResult?)
            -> QuantityResult?
        {
            guard var left = next(&self) else { return nil }
            while position < tokens.count, case .operator(let op) = tokens[position], operators.contains(op) {
                position += 1
                guard let right = next(&self) else { return nil }
                left = combine(op, left, right)
            }
            return left
        }

        mutating func factor(depth: Int) -> QuantityResult? {
            guard position < tokens.count, depth < Self.maximumDepth else { return nil }
            switch tokens[position] {
            case .operand(let index):
                position += 1
                return operands.indices.contains(index) ? .success(operands[index]) : nil
            case .open:
                position += 1
                guard let inner = sum(depth: depth + 1), position < tokens.count, tokens[position] == .close else {
                    return nil
                }
                position += 1
                return inner
            default:
                return nil
            }
        }

        private func combine(_ op: Character, _ left: QuantityResult, _ right: QuantityResult) -> QuantityResult {
            switch (left, right) {
            case (.success(let a), .success(let b)): LenientArithmetic.apply(op, a, b)
            case (.failure(let e), _), (_, .failure(let e)): .failure(e)
            }
        }
    }
}
