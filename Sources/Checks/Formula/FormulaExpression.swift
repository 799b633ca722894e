import Foundation

/// A parsed formula expression: numbers, references to columns or named values, `+ − × ÷`,
/// and the functions `sum`, `round`, `min`, `max`.
public indirect enum FormulaExpression: Sendable, Equatable, CustomStringConvertible {
    case number(Decimal, text: String)
    /// A column header or front-matter name, as written.
    case reference(String)
    /// A column by its 1-based position (`#3`).
    case position(Int)
    case negate(FormulaExpression)
    case binary(Character, FormulaExpression, FormulaExpression)
    case call(String, [FormulaExpression])

    public var description: String {
        switch self {
        case .number(_, let text): return text
        case .reference(let name): return name.contains(where: { " +-*/×÷()".contains($0) }) ? "[\(name)]" : name
        case .position(let n): return "#\(n)"
        case .negate(let e): return "−\(e)"
        case .binary(let op, let a, let b): return "\(a) \(op) \(b)"
        case .call(let name, let args): return "\(name)(\(args.map(\.description).joined(separator: ", ")))"
        }
    }

    /// Every reference the expression reads, for dependency and cycle checks.
    var references: [String] {
        switch self {
        case .number, .position: return []
        case .reference(let name): return [name]
        case .negate(let e): return e.references
        case .binary(_, let a, let b): return a.references + b.references
        case .call(_, let args): return args.flatMap(\.references)
        }
    }
}
