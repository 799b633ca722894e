/// Recursive descent over the tokens of `PythonLexer`, with Python's operator precedence.
struct PythonParser {
    private let tokens: [PythonToken]
    private var position = 0

    static func parse(_ source: String) throws -> (statements: [PythonStatement], comments: [PythonComment]) {
        let lexer = try PythonLexer(source)
        var parser = PythonParser(tokens: lexer.tokens)
        var statements: [PythonStatement] = []
        while parser.peek != .end {
            if parser.peek == .newline { parser.position += 1; continue }
            statements += try parser.statement()
        }
        return (statements, lexer.comments)
    }

    private init(tokens: [PythonToken]) {
        self.tokens = tokens
    }

    private var peek: PythonToken.Kind { tokens[position].kind }
    private var line: Int { tokens[position].line }

    private mutating func advance() -> PythonToken.Kind {
        let kind = tokens[position].kind
        if position < tokens.count - 1 { position += 1 }
        return kind
    }

    private mutating func accept(_ op: String) -> Bool {
        guard peek == .op(op) else { return false }
        position += 1
        return true
    }

    private mutating func acceptName(_ name: String) -> Bool {
        guard peek == .name(name) else { return false }
        position += 1
        return true
    }

    private mutating func expect(_ op: String) throws {
        guard accept(op) else { throw PythonSyntaxError.unexpected("expected \(op)", line: line) }
    }

    private func failure(_ what: String = "syntax") -> PythonSyntaxError {
        .unexpected(what, line: line)
    }

    // MARK: Statements

    /// One statement, or several for `a = 1; b = 2`.
    private mutating func statement() throws -> [PythonStatement] {
        if case .name(let keyword) = peek {
            switch keyword {
            case "def": return [try function()]
            case "if": return [try conditional()]
            case "for": return [try loop()]
            case "while":
                position += 1
                let condition = try expression()
                return [.while(condition, body: try block())]
            default: break
            }
        }
        var statements = [try simpleStatement()]
        while accept(";") {
            if peek == .newline || peek == .end { break }
            statements.append(try simpleStatement())
        }
        guard peek == .newline || peek == .end else { throw failure() }
        if peek == .newline { position += 1 }
        return statements
    }

    private mutating func simpleStatement() throws -> PythonStatement {
        let start = line
        if case .name(let keyword) = peek {
            switch keyword {
            case "return":
                position += 1
                if peek == .newline || peek == .op(";") { return .return(nil) }
                return .return(try tupleOrExpression())
            case "pass": position += 1; return .pass
            case "break": position += 1; return .break
            case "continue": position += 1; return .continue
            case "import", "from":
                while peek != .newline && peek != .end && peek != .op(";") { position += 1 }
                return .import
            default: break
            }
        }
        let first = try tupleOrExpression()
        if case .op(let op) = peek, ["+=", "-=", "*=", "/=", "//=", "%=", "**="].contains(op) {
            position += 1
            return .augmented(first, String(op.dropLast()), try tupleOrExpression())
        }
        if accept(":") {
            // An annotated assignment: the annotation is read and dropped.
            _ = try expression()
            guard accept("=") else { return .pass }
            return .assign([first], try tupleOrExpression())
        }
        var targets = [first]
        var value = first
        while accept("=") {
            value = try tupleOrExpression()
            targets.append(value)
        }
        if targets.count == 1 { return .expression(first, line: start) }
        targets.removeLast()
        return .assign(targets, value)
    }

    private mutating func function() throws -> PythonStatement {
        position += 1
        guard case .name(let name) = advance() else { throw failure() }
        try expect("(")
        var parameters: [(String, PythonExpression?)] = []
        while !accept(")") {
            guard case .name(let parameter) = advance() else { throw failure("parameter") }
            if accept(":") { _ = try expression() }
            parameters.append((parameter, accept("=") ? try expression() : nil))
            if !accept(",") { try expect(")"); break }
        }
        if accept("->") { _ = try expression() }
        return .function(name: name, parameters: parameters, body: try block())
    }

    private mutating func conditional() throws -> PythonStatement {
        position += 1
        var branches = [(try expression(), try block())]
        var otherwise: [PythonStatement] = []
        while true {
            if acceptName("elif") {
                branches.append((try expression(), try block()))
            } else if acceptName("else") {
                otherwise = try block()
                break
            } else {
                break
            }
        }
        return .if(branches, otherwise: otherwise)
    }

    private mutating func loop() throws -> PythonStatement {
        position += 1
        let target = try targetList()
        guard acceptName("in") else { throw failure("expected in") }
        let source = try tupleOrExpression()
        return .for(target: target, source: source, body: try block())
    }

    /// `a`, `a, b` or `name, (x, y)`: the names a loop binds.
    private mutating func targetList() throws -> PythonExpression {
        var items = [try postfix()]
        while accept(",") {
            if peek == .name("in") { break }
            items.append(try postfix())
        }
        return items.count == 1 ? items[0] : .tuple(items)
    }

    /// The suite after a `:`: an indented block, or simple statements on the same line.
    private mutating func block() throws -> [PythonStatement] {
        try expect(":")
        guard peek == .newline else { return try statement() }
        position += 1
        guard peek == .indent else { throw failure("expected an indented block") }
        position += 1
        var body: [PythonStatement] = []
        while peek != .dedent && peek != .end {
            if peek == .newline { position += 1; continue }
            body += try statement()
        }
        _ = acceptDedent()
        return body
    }

    private mutating func acceptDedent() -> Bool {
        guard peek == .dedent else { return false }
        position += 1
        return true
    }

    // MARK: Expressions, lowest precedence first

    private mutating func tupleOrExpression() throws -> PythonExpression {
        let first = try expression()
        guard peek == .op(",") else { return first }
        var items = [first]
        while accept(",") {
            if Self.endsExpression(peek) { break }
            items.append(try expression())
        }
        return .tuple(items)
    }

    private static func endsExpression(_ kind: PythonToken.Kind) -> Bool {
        switch kind {
        case .newline, .end, .op(")"), .op("]"), .op("}"), .op("="), .op(";"), .op(":"): return true
        default: return false
        }
    }

    mutating func expression() throws -> PythonExpression {
        if acceptName("lambda") { throw failure("lambda") }
        let value = try or()
        guard acceptName("if") else { return value }
        let condition = try or()
        guard acceptName("else") else { throw failure("expected else") }
        return .conditional(value, condition: condition, otherwise: try expression())
    }

    private mutating func or() throws -> PythonExpression {
        var left = try and()
        while acceptName("or") { left = .logical("or", left, try and()) }
        return left
    }

    private mutating func and() throws -> PythonExpression {
        var left = try not()
        while acceptName("and") { left = .logical("and", left, try not()) }
        return left
    }

    private mutating func not() throws -> PythonExpression {
        acceptName("not") ? .not(try not()) : try comparison()
    }

    private mutating func comparison() throws -> PythonExpression {
        let left = try sum()
        var pairs: [(String, PythonExpression)] = []
        while true {
            if case .op(let op) = peek, ["<", ">", "==", "!=", "<=", ">="].contains(op) {
                position += 1
                pairs.append((op, try sum()))
            } else if acceptName("in") {
                pairs.append(("in", try sum()))
            } else if peek == .name("not"), tokens[position + 1].kind == .name("in") {
                position += 2
                pairs.append(("not in", try sum()))
            } else {
                break
            }
        }
        return pairs.isEmpty ? left : .compare(left, pairs)
    }

    private mutating func sum() throws -> PythonExpression {
        var left = try product()
        while case .op(let op) = peek, op == "+" || op == "-" {
            position += 1
            left = .binary(op, left, try product())
        }
        return left
    }

    private mutating func product() throws -> PythonExpression {
        var left = try unary()
        while case .op(let op) = peek, ["*", "/", "//", "%", "@"].contains(op) {
            position += 1
            left = .binary(op, left, try unary())
        }
        return left
    }

    private mutating func unary() throws -> PythonExpression {
        if case .op(let op) = peek, op == "-" || op == "+" {
            position += 1
            return .unary(op, try unary())
        }
        return try power()
    }

    private mutating func power() throws -> PythonExpression {
        let base = try postfix()
        return accept("**") ? .binary("**", base, try unary()) : base
    }

    private mutating func postfix() throws -> PythonExpression {
        var value = try atom()
        while true {
            if accept("(") {
                value = try call(value)
            } else if accept("[") {
                let index = try tupleOrExpression()
                try expect("]")
                value = .subscript(value, index)
            } else if accept(".") {
                guard case .name(let name) = advance() else { throw failure() }
                value = .attribute(value, name)
            } else {
                return value
            }
        }
    }

    private mutating func call(_ function: PythonExpression) throws -> PythonExpression {
        var arguments: [PythonExpression] = []
        var keywords: [(String, PythonExpression)] = []
        while !accept(")") {
            if case .name(let name) = peek, tokens[position + 1].kind == .op("=") {
                position += 2
                keywords.append((name, try expression()))
            } else {
                if accept("*") || accept("**") { throw failure("unpacking") }
                let argument = try expression()
                if peek == .name("for") {
                    arguments.append(try comprehension(argument))
                } else {
                    arguments.append(argument)
                }
            }
            if !accept(",") { try expect(")"); break }
        }
        return .call(function, arguments: arguments, keywords: keywords)
    }

    private mutating func comprehension(_ element: PythonExpression) throws -> PythonExpression {
        guard acceptName("for") else { throw failure() }
        let target = try targetList()
        guard acceptName("in") else { throw failure("expected in") }
        let source = try or()
        let condition = acceptName("if") ? try or() : nil
        if peek == .name("for") { throw failure("nested comprehension") }
        return .comprehension(element, target: target, source: source, condition: condition)
    }

    private mutating func atom() throws -> PythonExpression {
        let start = position
        switch advance() {
        case .number(let text): return .number(text)
        case .string(let first, let formatted): return try strings(first, formatted: formatted)
        case .name("True"): return .constant(.true)
        case .name("False"): return .constant(.false)
        case .name("None"): return .constant(.none)
        case .name(let name): return .name(name)
        case .op("("): return try parenthesized()
        case .op("["): return try listDisplay()
        case .op("{"): return try dictionaryDisplay()
        default:
            position = start
            throw failure()
        }
    }

    /// Adjacent string literals join into one, formatted if any of them is an f-string.
    private mutating func strings(_ first: String, formatted: Bool) throws -> PythonExpression {
        var parts = formatted ? try Self.formattedParts(first, line: line) : [.text(first)]
        var isFormatted = formatted
        while case .string(let next, let nextFormatted) = peek {
            position += 1
            parts += nextFormatted ? try Self.formattedParts(next, line: line) : [.text(next)]
            isFormatted = isFormatted || nextFormatted
        }
        if isFormatted { return .formatted(parts) }
        return .string(parts.map { if case .text(let t) = $0 { t } else { "" } }.joined())
    }

    /// After `(`: a tuple, a generator, or an expression in parentheses.
    private mutating func parenthesized() throws -> PythonExpression {
        if accept(")") { return .tuple([]) }
        let first = try expression()
        if peek == .name("for") {
            let generator = try comprehension(first)
            try expect(")")
            return generator
        }
        guard accept(",") else { try expect(")"); return first }
        var items = [first]
        while !accept(")") {
            items.append(try expression())
            if !accept(",") { try expect(")"); break }
        }
        return .tuple(items)
    }

    /// After `[`: a list, or a list comprehension, run as `list(generator)`.
    private mutating func listDisplay() throws -> PythonExpression {
        if accept("]") { return .list([]) }
        let first = try expression()
        if peek == .name("for") {
            let list = try comprehension(first)
            try expect("]")
            return .call(.name("list"), arguments: [list], keywords: [])
        }
        var items = [first]
        while accept(",") {
            if peek == .op("]") { break }
            items.append(try expression())
        }
        try expect("]")
        return .list(items)
    }

    /// After `{`: a dictionary of `key: value` pairs.
    private mutating func dictionaryDisplay() throws -> PythonExpression {
        var pairs: [(PythonExpression, PythonExpression)] = []
        while !accept("}") {
            let key = try expression()
            try expect(":")
            pairs.append((key, try expression()))
            if !accept(",") { try expect("}"); break }
        }
        return .dictionary(pairs)
    }

    /// Splits an f-string's text into literal text and `{expression!conversion:spec}` fields.
    static func formattedParts(_ text: String, line: Int) throws -> [FormattedPart] {
        let chars = Array(text)
        var parts: [FormattedPart] = []
        var literal = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "{" || c == "}", i + 1 < chars.count, chars[i + 1] == c {
                literal.append(c)
                i += 2
                continue
            }
            guard c == "{" else {
                if c == "}" { throw PythonSyntaxError.unexpected("single } in f-string", line: line) }
                literal.append(c)
                i += 1
                continue
            }
            var depth = 0
            var j = i + 1
            var quote: Character?
            var specStart: Int?
            var conversionStart: Int?
            while j < chars.count {
                let d = chars[j]
                if let q = quote {
                    if d == q { quote = nil }
                } else if d == "'" || d == "\"" {
                    quote = d
                } else if "([{".contains(d) {
                    depth += 1
                } else if ")]".contains(d) || (d == "}" && depth > 0) {
                    depth -= 1
                } else if d == "}" {
                    break
                } else if depth == 0, specStart == nil, d == ":" {
                    specStart = j
                } else if depth == 0, specStart == nil, d == "!", j + 1 < chars.count, chars[j + 1] != "=" {
                    conversionStart = j
                }
                j += 1
            }
            guard j < chars.count else { throw PythonSyntaxError.unexpected("unclosed { in f-string", line: line) }
            let expressionEnd = conversionStart ?? specStart ?? j
            var source = String(chars[(i + 1)..<expressionEnd])
            if source.hasSuffix("=") { source.removeLast() }
            var parser = PythonParser(tokens: try PythonLexer(source).tokens)
            let expression = try parser.tupleOrExpression()
            let spec = specStart.map { String(chars[($0 + 1)..<j]) } ?? ""
            if !literal.isEmpty { parts.append(.text(literal)); literal = "" }
            parts.append(.field(expression, spec: spec))
            i = j + 1
        }
        if !literal.isEmpty { parts.append(.text(literal)) }
        return parts
    }
}
