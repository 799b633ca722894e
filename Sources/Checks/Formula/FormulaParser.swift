import Content
import Foundation
import TextKit

/// Parses the formula language of table declarations, reporting errors at a Character offset.
///
/// Grammar: `target = expression`; expressions use `+ - − * × / ÷`, parentheses, numbers
/// (`30`, `1e6`, `1_000_000`), names (header text without spaces or operators, or any text in
/// `[brackets]`), `#n` for the n-th column, and `sum(…)`, `round(x, n)`, `min(…)`, `max(…)`.
struct FormulaParser {
    struct Failure: Error, Equatable {
        var message: String
        /// 0-based Character offset into the parsed text.
        var offset: Int
    }

    private let chars: [Character]
    private var position = 0
    /// Open parentheses, signs and calls around the current position.
    private var depth = 0
    static let functions: Set<String> = ["sum", "round", "min", "max"]
    /// Parsing, printing, evaluating and releasing a formula all recurse once per level, so
    /// nesting and length are bounded well below what a thread's stack holds.
    static let maxNesting = 32
    static let maxLength = 1000

    init(_ text: String) {
        chars = Array(text)
    }

    /// Parses `target = expression`.
    static func parseDeclaration(_ text: String) -> Result<
        (target: FormulaExpression, expression: FormulaExpression), Failure
    > {
        var parser = FormulaParser(text)
        do {
            if parser.chars.count > maxLength {
                throw Failure(message: "a formula is at most \(maxLength) characters long", offset: maxLength)
            }
            let target = try parser.factor()
            switch target {
            case .reference, .position: break
            default: throw Failure(message: "the left side must name a column", offset: 0)
            }
            return .success((target, try parser.rest()))
        } catch let failure as Failure {
            return .failure(failure)
        } catch {
            return .failure(Failure(message: "\(error)", offset: 0))
        }
    }

    private mutating func rest() throws -> FormulaExpression {
        skipSpaces()
        guard peek == "=" else { throw Failure(message: "expected '=' after the column name", offset: position) }
        position += 1
        let expression = try self.expression()
        skipSpaces()
        if position < chars.count { throw Failure(message: "unexpected '\(chars[position])'", offset: position) }
        return expression
    }

    private var peek: Character? { position < chars.count ? chars[position] : nil }

    private mutating func skipSpaces() {
        while let c = peek, c.isWhitespace { position += 1 }
    }

    mutating func expression() throws -> FormulaExpression {
        var left = try term()
        while true {
            skipSpaces()
            guard let c = peek, "+-−".contains(c) else { return left }
            position += 1
            left = .binary(c == "+" ? "+" : "−", left, try term())
        }
    }

    private mutating func term() throws -> FormulaExpression {
        var left = try factor()
        while true {
            skipSpaces()
            guard let c = peek, "*×/÷".contains(c) else { return left }
            position += 1
            left = .binary(c == "*" || c == "×" ? "×" : "÷", left, try factor())
        }
    }

    private mutating func factor() throws -> FormulaExpression {
        depth += 1
        defer { depth -= 1 }
        skipSpaces()
        guard depth <= Self.maxNesting else {
            throw Failure(message: "the formula nests more than \(Self.maxNesting) levels deep", offset: position)
        }
        guard let c = peek else {
            throw Failure(message: "the formula ends where a value was expected", offset: position)
        }
        if c == "-" || c == "−" {
            position += 1
            return .negate(try factor())
        }
        if c == "(" {
            position += 1
            let inner = try expression()
            skipSpaces()
            guard peek == ")" else { throw Failure(message: "expected ')'", offset: position) }
            position += 1
            return inner
        }
        if c == "[" { return try bracketed() }
        if c == "#" { return try columnPosition() }
        if c.isASCII && c.isNumber { return try number() }
        if Self.isNameCharacter(c) { return try nameOrCall() }
        throw Failure(message: "unexpected '\(c)'", offset: position)
    }

    private mutating func bracketed() throws -> FormulaExpression {
        let start = position
        position += 1
        var name = ""
        while let c = peek, c != "]" { name.append(c); position += 1 }
        guard peek == "]" else { throw Failure(message: "'[' is never closed", offset: start) }
        position += 1
        let trimmed = name.trimmingSpaces
        guard !trimmed.isEmpty else { throw Failure(message: "empty column name", offset: start) }
        return .reference(trimmed)
    }

    private mutating func columnPosition() throws -> FormulaExpression {
        let start = position
        position += 1
        var digits = ""
        while let c = peek, c.isASCII, c.isNumber { digits.append(c); position += 1 }
        guard let n = Int(digits), n >= 1 else {
            throw Failure(message: "'#' must be followed by a column number from 1", offset: start)
        }
        return .position(n)
    }

    private mutating func number() throws -> FormulaExpression {
        let start = position
        var text = ""
        while let c = peek, c.isASCII, c.isNumber || c == "." || c == "_" { text.append(c); position += 1 }
        if let e = peek, e == "e" || e == "E" {
            var exponent = String(e)
            var probe = position + 1
            if probe < chars.count, chars[probe] == "-" || chars[probe] == "+" {
                exponent.append(chars[probe]); probe += 1
            }
            let digitsStart = probe
            while probe < chars.count, chars[probe].isASCII, chars[probe].isNumber {
                exponent.append(chars[probe]); probe += 1
            }
            if probe > digitsStart { text += exponent; position = probe }
        }
        let plain = text.replacingOccurrences(of: "_", with: "")
        guard plain.filter({ $0 == "." }).count <= 1,
            let value = Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX")),
            !plain.hasSuffix(".")
        else {
            throw Failure(message: "'\(text)' is not a number", offset: start)
        }
        return .number(value, text: text)
    }

    private mutating func nameOrCall() throws -> FormulaExpression {
        let start = position
        var name = ""
        while let c = peek, Self.isNameCharacter(c) || (c.isNumber && !name.isEmpty) { name.append(c); position += 1 }
        skipSpaces()
        guard peek == "(", Self.functions.contains(name.lowercased()) else {
            if peek == "(" {
                throw Failure(message: "unknown function '\(name)'; use sum, round, min or max", offset: start)
            }
            return .reference(name)
        }
        position += 1
        var arguments: [FormulaExpression] = []
        skipSpaces()
        if peek != ")" {
            while true {
                arguments.append(try expression())
                skipSpaces()
                if peek == "," || peek == "，" { position += 1; continue }
                break
            }
        }
        guard peek == ")" else { throw Failure(message: "expected ')' to close \(name)(", offset: position) }
        position += 1
        let function = name.lowercased()
        if function == "round", arguments.count != 2 {
            throw Failure(message: "round takes a value and a number of decimals", offset: start)
        }
        if arguments.isEmpty { throw Failure(message: "\(function)() needs at least one value", offset: start) }
        return .call(function, arguments)
    }

    /// Letters of any script, digits after the first, `_`, and the full-width brackets CJK
    /// headers use, so `月成本` and `成本（美元）` are names without brackets.
    static func isNameCharacter(_ c: Character) -> Bool {
        c.isLetter || c == "_" || c == "（" || c == "）" || c == "$" || c == "%" || c == "％"
    }
}
