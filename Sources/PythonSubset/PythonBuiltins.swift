import Foundation

/// The built-in functions and methods cost listings call (`print`, `sum`, `round`, `dict.items`,
/// `math.ceil`…). Anything else stops the listing as unsupported.
struct PythonBuiltins {
    let interpreter: PythonInterpreter

    func call(_ name: String, _ arguments: [PythonValue], keywords: [(String, PythonValue)]) throws -> PythonValue {
        switch name {
        case "print": return print(arguments, keywords: keywords)
        case "sum": return try sum(arguments)
        case "round": return try round(arguments)
        case "int": return try int(arguments)
        case "float": return try float(arguments)
        case "abs":
            let argument = try only(arguments, from: 1...1)
            return .number(abs(try number(argument)), isFloat: argument.isFloat)
        case "min", "max": return try extreme(name, arguments)
        case "len":
            return .int(Decimal(try interpreter.iterate(try only(arguments, from: 1...1)).count))
        case "range": return try range(arguments)
        case "str":
            return .text(try only(arguments, from: 1...1).printed)
        case "list", "tuple", "sorted":
            var items = arguments.isEmpty ? [] : try interpreter.iterate(arguments[0])
            if name == "sorted" { items = try items.sorted { try number($0) < number($1) } }
            return name == "tuple" ? .tuple(items) : .list(ListBox(items))
        case "enumerate": return try enumerate(arguments)
        case "zip":
            let lists = try arguments.map { try interpreter.iterate($0) }
            let count = lists.map(\.count).min() ?? 0
            return .list(ListBox((0..<count).map { i in .tuple(lists.map { $0[i] }) }))
        case "format":
            return .text(
                try PythonFormat.format(
                    try only(arguments, from: 1...2), spec: arguments.count > 1 ? arguments[1].plainText ?? "" : ""))
        case "bool":
            return .bool(try only(arguments, from: 1...1).isTrue)
        default:
            throw PythonRuntimeError.unsupported(name)
        }
    }

    /// `print(*arguments, sep=" ", end="\n")`; its pieces keep which numbers were printed.
    private func print(_ arguments: [PythonValue], keywords: [(String, PythonValue)]) -> PythonValue {
        let separator = keywords.first { $0.0 == "sep" }?.1.plainText ?? " "
        let end = keywords.first { $0.0 == "end" }?.1.plainText ?? "\n"
        var pieces: [PrintedPiece] = []
        for (i, argument) in arguments.enumerated() {
            if i > 0 { pieces.append(.text(separator)) }
            pieces += argument.printed
        }
        interpreter.emit(pieces + [.text(end)])
        return .none
    }

    /// `sum(items, start=0)`: a float anywhere makes the total a float.
    private func sum(_ arguments: [PythonValue]) throws -> PythonValue {
        var total = arguments.count > 1 ? arguments[1] : .int(0)
        for item in try interpreter.iterate(try only(arguments, from: 1...2)) {
            guard let a = total.number, let b = item.number else { throw PythonRuntimeError.unsupported("sum") }
            total = .number(a + b, isFloat: total.isFloat || item.isFloat)
        }
        return total
    }

    /// `round(value)` or `round(value, places)`, halves to even as Python does.
    private func round(_ arguments: [PythonValue]) throws -> PythonValue {
        let value = try number(try only(arguments, from: 1...2))
        guard arguments.count == 2 else { return .int(value.rounded(0, .bankers)) }
        let places = Int(truncating: try number(arguments[1]) as NSNumber)
        return .number(value.rounded(max(-30, min(30, places)), .bankers), isFloat: arguments[0].isFloat)
    }

    /// `int(text or number)`, truncating toward zero.
    private func int(_ arguments: [PythonValue]) throws -> PythonValue {
        let argument = try only(arguments, from: 1...1)
        if let text = argument.plainText, let value = Decimal(string: text.trimmingCharacters(in: .whitespaces)) {
            return .int(value.rounded(0, value < 0 ? .up : .down))
        }
        let value = try number(argument)
        return .int(value.rounded(0, value < 0 ? .up : .down))
    }

    /// `float(text or number)`.
    private func float(_ arguments: [PythonValue]) throws -> PythonValue {
        let argument = try only(arguments, from: 1...1)
        if let text = argument.plainText, let value = Decimal(string: text.trimmingCharacters(in: .whitespaces)) {
            return .float(value)
        }
        return .float(try number(argument))
    }

    /// `min` or `max` of one iterable or of several arguments; the first of equals wins.
    private func extreme(_ name: String, _ arguments: [PythonValue]) throws -> PythonValue {
        let items = arguments.count == 1 ? try interpreter.iterate(arguments[0]) : arguments
        guard var best = items.first else { throw PythonRuntimeError.unsupported("empty \(name)") }
        for item in items.dropFirst() {
            let (a, b) = (try number(item), try number(best))
            if name == "min" ? a < b : a > b { best = item }
        }
        return best
    }

    /// `range(stop)` or `range(start, stop, step)`, refused past 100,000 items so a listing
    /// cannot stall the build.
    private func range(_ arguments: [PythonValue]) throws -> PythonValue {
        let bounds = try arguments.map { Int(truncating: try number($0) as NSNumber) }
        let (start, stop, step) =
            bounds.count == 1 ? (0, bounds[0], 1) : (bounds[0], bounds[1], bounds.count > 2 ? bounds[2] : 1)
        guard step != 0, (stop - start) / step <= 100_000 else { throw PythonRuntimeError.unsupported("range") }
        return .list(ListBox(Swift.stride(from: start, to: stop, by: step).map { .int(Decimal($0)) }))
    }

    /// `enumerate(items, start=0)` as a list of `(index, item)` tuples.
    private func enumerate(_ arguments: [PythonValue]) throws -> PythonValue {
        let start = arguments.count > 1 ? Int(truncating: try number(arguments[1]) as NSNumber) : 0
        return .list(
            ListBox(
                try interpreter.iterate(try only(arguments, from: 1...2)).enumerated().map {
                    .tuple([.int(Decimal($0 + start)), $1])
                }))
    }

    func method(_ name: String, of base: PythonValue, _ arguments: [PythonValue]) throws -> PythonValue {
        switch (base, name) {
        case (.dictionary(let box), "items"): return .list(ListBox(zip(box.keys, box.values).map { .tuple([$0, $1]) }))
        case (.dictionary(let box), "values"): return .list(ListBox(box.values))
        case (.dictionary(let box), "keys"): return .list(ListBox(box.keys))
        case (.dictionary(let box), "get"):
            guard let key = arguments.first else { throw PythonRuntimeError.unsupported("get") }
            return box.index(of: key).map { box.values[$0] } ?? (arguments.count > 1 ? arguments[1] : .none)
        case (.list(let box), "append"):
            box.items.append(try only(arguments, from: 1...1))
            return .none
        case (.text, "format"):
            return .text(try formatMethod(base.plainText ?? "", arguments))
        case (.text, "join"):
            var pieces: [PrintedPiece] = []
            for (i, item) in try interpreter.iterate(try only(arguments, from: 1...1)).enumerated() {
                if i > 0 { pieces.append(.text(base.plainText ?? "")) }
                pieces += item.printed
            }
            return .text(pieces)
        case (.module("math"), let function) where ["ceil", "floor"].contains(function):
            let value = try number(try only(arguments, from: 1...1))
            return .int(value.rounded(0, function == "ceil" ? .up : .down))
        case (.module("math"), "sqrt"):
            let value = PythonFormat.double(try number(try only(arguments, from: 1...1)))
            guard value >= 0 else { throw PythonRuntimeError.unsupported("sqrt") }
            return .float(Decimal(value.squareRoot()))
        default:
            throw PythonRuntimeError.unsupported("method \(name)")
        }
    }

    /// `"{} costs {:.2f}".format(name, cost)`, with automatic or explicit field numbers.
    private func formatMethod(_ template: String, _ arguments: [PythonValue]) throws -> [PrintedPiece] {
        let chars = Array(template)
        var pieces: [PrintedPiece] = []
        var literal = ""
        var next = 0
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if (c == "{" || c == "}"), i + 1 < chars.count, chars[i + 1] == c {
                literal.append(c)
                i += 2
                continue
            }
            guard c == "{", let close = chars[i...].firstIndex(of: "}") else {
                literal.append(c)
                i += 1
                continue
            }
            let field = String(chars[(i + 1)..<close])
            let name =
                field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let spec = field.contains(":") ? String(field[field.index(after: field.firstIndex(of: ":")!)...]) : ""
            let position: Int
            if name.isEmpty {
                position = next
                next += 1
            } else {
                guard let explicit = Int(name) else { throw PythonRuntimeError.unsupported("format field \(name)") }
                position = explicit
            }
            guard position < arguments.count else { throw PythonRuntimeError.unsupported("format field") }
            if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
            pieces += try PythonFormat.format(arguments[position], spec: spec)
            i = close + 1
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return pieces
    }

    private func only(_ arguments: [PythonValue], from counts: ClosedRange<Int>) throws -> PythonValue {
        guard counts.contains(arguments.count) else { throw PythonRuntimeError.unsupported("argument count") }
        return arguments[0]
    }

    private func number(_ value: PythonValue) throws -> Decimal {
        guard let number = value.number else { throw PythonRuntimeError.unsupported("not a number") }
        return number
    }
}
