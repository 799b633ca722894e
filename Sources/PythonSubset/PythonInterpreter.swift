import Foundation

/// What running a listing gave: the lines it printed, in order, and its comments (where authors
/// write what a line printed). A listing that uses Python beyond this subset stops where it
/// fails; what it printed before stays.
public struct PythonRun: Sendable {
    public var printed: [PrintedLine] = []
    public var comments: [PythonComment] = []
    /// False when the listing did not parse or stopped on something this subset cannot run.
    public var completed = false
}

/// Runs the part of Python cost listings use, in exact decimal arithmetic, with no access to
/// anything outside the listing: no imports run, no files, no clock. A step budget stops loops
/// that do not end.
public enum PythonListing {
    public static func run(_ source: String, stepBudget: Int = 100_000) -> PythonRun {
        var run = PythonRun()
        guard let (statements, comments) = try? PythonParser.parse(source) else { return run }
        run.comments = comments
        let interpreter = PythonInterpreter(budget: stepBudget)
        run.completed = (try? interpreter.execute(statements)) != nil
        run.printed = interpreter.printed
        return run
    }
}

enum PythonRuntimeError: Error {
    case unsupported(String)
    case budgetSpent
}

private indirect enum Flow {
    case normal, breakLoop, continueLoop
    case returned(PythonValue)
}

final class PythonInterpreter {
    private var globals: [String: PythonValue] = [:]
    private var frames: [[String: PythonValue]] = []
    private var budget: Int
    private var currentLine = 0
    private(set) var printed: [PrintedLine] = []

    private static let builtins: Set<String> = [
        "print", "sum", "round", "int", "float", "abs", "min", "max", "len", "range", "str", "list", "tuple",
        "enumerate", "zip", "sorted", "format", "bool", "dict",
    ]

    init(budget: Int) {
        self.budget = budget
    }

    func execute(_ statements: [PythonStatement]) throws {
        if case .returned = try run(statements) { return }
    }

    private func spend() throws {
        budget -= 1
        if budget < 0 { throw PythonRuntimeError.budgetSpent }
    }

    private func run(_ statements: [PythonStatement]) throws -> Flow {
        for statement in statements {
            try spend()
            let flow = try run(statement)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    private func run(_ statement: PythonStatement) throws -> Flow {
        switch statement {
        case .expression(let expression, let line):
            currentLine = line
            _ = try evaluate(expression)
        case .assign(let targets, let value):
            let result = try evaluate(value)
            for target in targets { try assign(result, to: target) }
        case .augmented(let target, let op, let value):
            try assign(try binary(op, try evaluate(target), try evaluate(value)), to: target)
        case .function(let name, let parameters, let body):
            let defaults = try parameters.map { ($0.0, try $0.1.map { try evaluate($0) }) }
            set(name, .function(FunctionValue(parameters: defaults, body: body)))
        case .return(let value):
            return .returned(try value.map { try evaluate($0) } ?? .none)
        case .if(let branches, let otherwise):
            for (condition, body) in branches where try evaluate(condition).isTrue { return try run(body) }
            return try run(otherwise)
        case .for(let target, let source, let body):
            for item in try iterate(try evaluate(source)) {
                try assign(item, to: target)
                switch try run(body) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                default: continue
                }
            }
        case .while(let condition, let body):
            while try evaluate(condition).isTrue {
                try spend()
                switch try run(body) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                default: continue
                }
            }
        case .break: return .breakLoop
        case .continue: return .continueLoop
        case .pass, .import: break
        }
        return .normal
    }

    // MARK: Names

    private func set(_ name: String, _ value: PythonValue) {
        if frames.isEmpty { globals[name] = value } else { frames[frames.count - 1][name] = value }
    }

    private func lookup(_ name: String) throws -> PythonValue {
        if let value = frames.last?[name] ?? globals[name] { return value }
        if Self.builtins.contains(name) { return .builtin(name) }
        if name == "math" { return .module("math") }
        throw PythonRuntimeError.unsupported("name \(name)")
    }

    private func assign(_ value: PythonValue, to target: PythonExpression) throws {
        switch target {
        case .name(let name):
            set(name, value)
        case .tuple(let names), .list(let names):
            let items = try iterate(value)
            guard items.count == names.count else { throw PythonRuntimeError.unsupported("unpacking") }
            for (item, name) in zip(items, names) { try assign(item, to: name) }
        case .subscript(let container, let key):
            let keyValue = try evaluate(key)
            switch try evaluate(container) {
            case .dictionary(let box): box.set(keyValue, value)
            case .list(let box):
                let i = try index(keyValue, count: box.items.count)
                box.items[i] = value
            default: throw PythonRuntimeError.unsupported("item assignment")
            }
        default:
            throw PythonRuntimeError.unsupported("assignment target")
        }
    }

    // MARK: Expressions

    func evaluate(_ expression: PythonExpression) throws -> PythonValue {
        switch expression {
        case .number(let text): return try Self.number(text)
        case .string(let text): return .string(text)
        case .formatted(let parts): return try formatted(parts)
        case .name(let name): return try lookup(name)
        case .constant(let constant): return Self.value(of: constant)
        case .unary(let op, let operand):
            let value = try evaluate(operand)
            guard let number = value.number else { throw PythonRuntimeError.unsupported("unary \(op)") }
            return .number(op == "-" ? -number : number, isFloat: value.isFloat)
        case .binary(let op, let left, let right):
            return try binary(op, try evaluate(left), try evaluate(right))
        case .compare(let first, let pairs): return try compareChain(first, pairs)
        case .logical(let op, let left, let right):
            let value = try evaluate(left)
            return (op == "and") == value.isTrue ? try evaluate(right) : value
        case .not(let operand): return .bool(!(try evaluate(operand).isTrue))
        case .conditional(let value, let condition, let otherwise):
            return try evaluate(condition).isTrue ? try evaluate(value) : try evaluate(otherwise)
        case .call(let function, let arguments, let keywords):
            let callee = try evaluate(function)
            let values = try arguments.map { try evaluate($0) }
            let named = try keywords.map { ($0.0, try evaluate($0.1)) }
            return try call(callee, values, keywords: named)
        case .attribute(let base, let name):
            return .method(try evaluate(base), name)
        case .subscript(let container, let key):
            return try item(of: try evaluate(container), try evaluate(key))
        case .list(let items): return .list(ListBox(try items.map { try evaluate($0) }))
        case .tuple(let items): return .tuple(try items.map { try evaluate($0) })
        case .dictionary(let pairs):
            let box = DictionaryBox()
            for (key, value) in pairs { box.set(try evaluate(key), try evaluate(value)) }
            return .dictionary(box)
        case .comprehension(let element, let target, let source, let condition):
            return try comprehension(element, target: target, source: source, condition: condition)
        }
    }

    /// A number literal is a float when written with a point or an exponent, as in Python.
    private static func number(_ text: String) throws -> PythonValue {
        guard let value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) else {
            throw PythonRuntimeError.unsupported("number \(text)")
        }
        return .number(value, isFloat: text.contains(".") || text.contains("e") || text.contains("E"))
    }

    private static func value(of constant: PythonConstant) -> PythonValue {
        switch constant {
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .none: return .none
        }
    }

    private func formatted(_ parts: [FormattedPart]) throws -> PythonValue {
        var pieces: [PrintedPiece] = []
        for part in parts {
            switch part {
            case .text(let text): pieces.append(.text(text))
            case .field(let expression, let spec):
                pieces += try PythonFormat.format(try evaluate(expression), spec: spec)
            }
        }
        return .text(pieces)
    }

    /// `a < b <= c` is `a < b and b <= c`, each operand evaluated once and the chain stopping at
    /// the first false comparison.
    private func compareChain(_ first: PythonExpression, _ pairs: [(String, PythonExpression)]) throws -> PythonValue {
        var left = try evaluate(first)
        for (op, rightExpression) in pairs {
            let right = try evaluate(rightExpression)
            guard try compare(op, left, right) else { return .bool(false) }
            left = right
        }
        return .bool(true)
    }

    /// `[element for target in source if condition]`; each item spends a step of the budget.
    private func comprehension(
        _ element: PythonExpression, target: PythonExpression, source: PythonExpression, condition: PythonExpression?
    ) throws -> PythonValue {
        var items: [PythonValue] = []
        for item in try iterate(try evaluate(source)) {
            try spend()
            try assign(item, to: target)
            if let condition, !(try evaluate(condition).isTrue) { continue }
            items.append(try evaluate(element))
        }
        return .list(ListBox(items))
    }

    private func binary(_ op: String, _ left: PythonValue, _ right: PythonValue) throws -> PythonValue {
        if op == "+", case .text(let a) = left, case .text(let b) = right { return .text(a + b) }
        if op == "+", case .list(let a) = left, case .list(let b) = right { return .list(ListBox(a.items + b.items)) }
        if op == "*", case .list(let box) = left, let n = right.number {
            let count = max(0, Int(truncating: n as NSNumber))
            guard box.items.count * count <= 100_000 else { throw PythonRuntimeError.unsupported("list too long") }
            return .list(ListBox(Array(repeating: box.items, count: count).flatMap { $0 }))
        }
        if op == "*", case .text = left, let n = right.number {
            return .string(
                String(repeating: left.plainText ?? "", count: max(0, min(1000, Int(truncating: n as NSNumber)))))
        }
        guard let a = left.number, let b = right.number else {
            throw PythonRuntimeError.unsupported("operands of \(op)")
        }
        let isFloat = left.isFloat || right.isFloat
        switch op {
        case "+": return .number(a + b, isFloat: isFloat)
        case "-": return .number(a - b, isFloat: isFloat)
        case "*": return .number(a * b, isFloat: isFloat)
        case "/":
            guard !b.isZero else { throw PythonRuntimeError.unsupported("division by zero") }
            return .float(a / b)
        case "//":
            guard !b.isZero else { throw PythonRuntimeError.unsupported("division by zero") }
            return .number((a / b).rounded(0, .down), isFloat: isFloat)
        case "%":
            guard !b.isZero else { throw PythonRuntimeError.unsupported("division by zero") }
            return .number(a - b * (a / b).rounded(0, .down), isFloat: isFloat)
        case "**":
            if b == b.rounded(0), abs(b) <= 64 {
                var result: Decimal = 1
                for _ in 0..<Int(truncating: abs(b) as NSNumber) { result *= a }
                if b < 0 {
                    guard !result.isZero else { throw PythonRuntimeError.unsupported("division by zero") }
                    return .float(1 / result)
                }
                return .number(result, isFloat: isFloat)
            }
            let value = pow(PythonFormat.double(a), PythonFormat.double(b))
            guard value.isFinite else { throw PythonRuntimeError.unsupported("power") }
            return .float(Decimal(value))
        default: throw PythonRuntimeError.unsupported("operator \(op)")
        }
    }

    private func compare(_ op: String, _ left: PythonValue, _ right: PythonValue) throws -> Bool {
        switch op {
        case "==": return left.equals(right)
        case "!=": return !left.equals(right)
        case "in", "not in":
            let found: Bool
            if case .dictionary(let box) = right {
                found = box.index(of: left) != nil
            } else {
                found = try iterate(right).contains { $0.equals(left) }
            }
            return found == (op == "in")
        default: break
        }
        if let a = left.number, let b = right.number { return Self.order(op, a, b) }
        if let a = left.plainText, let b = right.plainText { return Self.order(op, a, b) }
        throw PythonRuntimeError.unsupported("comparison")
    }

    private static func order<T: Comparable>(_ op: String, _ a: T, _ b: T) -> Bool {
        switch op {
        case "<": a < b
        case ">": a > b
        case "<=": a <= b
        default: a >= b
        }
    }

    private func index(_ key: PythonValue, count: Int) throws -> Int {
        guard let number = key.number, number == number.rounded(0) else {
            throw PythonRuntimeError.unsupported("index")
        }
        var i = Int(truncating: number as NSNumber)
        if i < 0 { i += count }
        guard i >= 0, i < count else { throw PythonRuntimeError.unsupported("index out of range") }
        return i
    }

    private func item(of container: PythonValue, _ key: PythonValue) throws -> PythonValue {
        switch container {
        case .dictionary(let box):
            guard let i = box.index(of: key) else { throw PythonRuntimeError.unsupported("key") }
            return box.values[i]
        case .list(let box): return box.items[try index(key, count: box.items.count)]
        case .tuple(let items): return items[try index(key, count: items.count)]
        default: throw PythonRuntimeError.unsupported("subscript")
        }
    }

    func iterate(_ value: PythonValue) throws -> [PythonValue] {
        switch value {
        case .list(let box): return box.items
        case .tuple(let items): return items
        case .dictionary(let box): return box.keys
        case .text: return (value.plainText ?? "").map { .string(String($0)) }
        default: throw PythonRuntimeError.unsupported("iteration")
        }
    }

    // MARK: Calls

    private func call(_ callee: PythonValue, _ arguments: [PythonValue], keywords: [(String, PythonValue)]) throws
        -> PythonValue
    {
        switch callee {
        case .function(let function):
            guard frames.count < 50 else { throw PythonRuntimeError.unsupported("recursion") }
            var locals: [String: PythonValue] = [:]
            for (i, (name, fallback)) in function.parameters.enumerated() {
                if i < arguments.count {
                    locals[name] = arguments[i]
                } else if let value = keywords.first(where: { $0.0 == name })?.1 ?? fallback {
                    locals[name] = value
                } else {
                    throw PythonRuntimeError.unsupported("missing argument \(name)")
                }
            }
            frames.append(locals)
            defer { frames.removeLast() }
            if case .returned(let value) = try run(function.body) { return value }
            return .none
        case .builtin(let name):
            return try PythonBuiltins(interpreter: self).call(name, arguments, keywords: keywords)
        case .method(let base, let name):
            return try PythonBuiltins(interpreter: self).method(name, of: base, arguments)
        default:
            throw PythonRuntimeError.unsupported("call")
        }
    }

    func emit(_ pieces: [PrintedPiece]) {
        var line: [PrintedPiece] = []
        for piece in pieces {
            guard case .text(let text) = piece, text.contains("\n") else { line.append(piece); continue }
            let parts = text.split(separator: "\n", omittingEmptySubsequences: false)
            for (i, part) in parts.enumerated() {
                if !part.isEmpty { line.append(.text(String(part))) }
                if i < parts.count - 1 {
                    append(line)
                    line = []
                }
            }
        }
        append(line)
    }

    /// Blank lines are left out: authors drop them when they paste what a program printed.
    private func append(_ pieces: [PrintedPiece]) {
        let line = PrintedLine(pieces: pieces, statementLine: currentLine)
        if !line.text.allSatisfy(\.isWhitespace) { printed.append(line) }
    }
}

extension PythonValue {
    var isFloat: Bool {
        if case .number(_, let isFloat) = self { return isFloat }
        return false
    }
}
