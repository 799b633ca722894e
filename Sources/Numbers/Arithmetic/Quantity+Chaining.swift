/// Operators that take a `QuantityResult`, so `a * b + c` reads as written and the first error wins.
extension Quantity {
    public static func + (lhs: QuantityResult, rhs: Quantity) -> QuantityResult { lhs.flatMap { $0 + rhs } }
    public static func - (lhs: QuantityResult, rhs: Quantity) -> QuantityResult { lhs.flatMap { $0 - rhs } }
    public static func * (lhs: QuantityResult, rhs: Quantity) -> QuantityResult { lhs.flatMap { $0 * rhs } }
    public static func / (lhs: QuantityResult, rhs: Quantity) -> QuantityResult { lhs.flatMap { $0 / rhs } }

    public static func + (lhs: Quantity, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs + $0 } }
    public static func - (lhs: Quantity, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs - $0 } }
    public static func * (lhs: Quantity, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs * $0 } }
    public static func / (lhs: Quantity, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs / $0 } }

}

// Both operands results: a global overload, since neither side is a `Quantity`.

public func + (lhs: QuantityResult, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs + $0 } }
public func - (lhs: QuantityResult, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs - $0 } }
public func * (lhs: QuantityResult, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs * $0 } }
public func / (lhs: QuantityResult, rhs: QuantityResult) -> QuantityResult { rhs.flatMap { lhs / $0 } }
