/// One token of a Python listing, with the 1-based line of the listing it starts on.
struct PythonToken: Equatable {
    enum Kind: Equatable {
        case name(String)
        case number(String)
        /// A string literal's value; `formatted` for an f-string, whose value is still to be
        /// split into text and `{…}` fields.
        case string(String, formatted: Bool)
        case op(String)
        case newline, indent, dedent, end
    }

    var kind: Kind
    var line: Int
}

/// A `#` comment and where it starts: the line (1-based in the listing) and its column in
/// Characters (1-based), so a printed value written in a comment can be pointed at.
public struct PythonComment: Sendable, Equatable {
    public var line: Int
    public var column: Int
    /// The comment's text after the `#`.
    public var text: String
    /// True when code precedes the comment on its line (`print(x)  # 600.0`).
    public var trailsCode: Bool
}

enum PythonSyntaxError: Error, Equatable {
    case unexpected(String, line: Int)
}

/// Splits a listing into tokens the way Python does: indentation as indent/dedent tokens, line
/// breaks inside brackets ignored, comments kept aside with their positions.
struct PythonLexer {
    private(set) var tokens: [PythonToken] = []
    private(set) var comments: [PythonComment] = []

    private static let operators = [
        "**=", "//=", "->", "**", "//", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", ":=",
        "+", "-", "*", "/", "%", "<", ">", "=", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "@", "&", "|", "^",
        "~",
    ]
    /// The operators with their Characters, gathered once: each is tried at every operator in a listing.
    private static let operatorCharacters = operators.map { (text: $0, characters: Array($0)) }
    private static let openingBrackets: Set<String> = ["(", "[", "{"]
    private static let closingBrackets: Set<String> = [")", "]", "}"]
    private static let stringPrefixLetters = Set("fFrRbBuU")

    init(_ source: String) throws {
        let lines = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Array($0) }
        var indents = [0]
        var depth = 0
        var lineIndex = 0
        while lineIndex < lines.count {
            let chars = lines[lineIndex]
            let lineNumber = lineIndex + 1
            var i = 0
            if depth == 0 {
                var width = 0
                while i < chars.count, chars[i] == " " || chars[i] == "\t" {
                    width = chars[i] == "\t" ? (width / 8 + 1) * 8 : width + 1
                    i += 1
                }
                if i == chars.count || chars[i] == "#" {
                    if i < chars.count {
                        comments.append(Self.comment(chars, from: i, line: lineNumber, trailsCode: false))
                    }
                    lineIndex += 1
                    continue
                }
                if width > indents.last! {
                    indents.append(width)
                    tokens.append(PythonToken(kind: .indent, line: lineNumber))
                } else {
                    while width < indents.last! {
                        indents.removeLast()
                        tokens.append(PythonToken(kind: .dedent, line: lineNumber))
                    }
                    guard width == indents.last! else {
                        throw PythonSyntaxError.unexpected("indentation", line: lineNumber)
                    }
                }
            }
            var continued = false
            while i < chars.count {
                let c = chars[i]
                if c == " " || c == "\t" { i += 1; continue }
                if c == "#" {
                    comments.append(Self.comment(chars, from: i, line: lineNumber, trailsCode: true))
                    break
                }
                if c == "\\", i == chars.count - 1 { continued = true; i += 1; continue }
                if let (kind, next) = try Self.stringLiteral(chars, at: i, line: lineNumber) {
                    tokens.append(PythonToken(kind: kind, line: lineNumber))
                    i = next
                    continue
                }
                if c.isNumber && c.isASCII
                    || (c == "." && i + 1 < chars.count && chars[i + 1].isASCII && chars[i + 1].isNumber)
                {
                    let (text, next) = Self.number(chars, at: i)
                    tokens.append(PythonToken(kind: .number(text), line: lineNumber))
                    i = next
                    continue
                }
                if c == "_" || c.isLetter {
                    var j = i
                    while j < chars.count, chars[j] == "_" || chars[j].isLetter || chars[j].isNumber { j += 1 }
                    tokens.append(PythonToken(kind: .name(String(chars[i..<j])), line: lineNumber))
                    i = j
                    continue
                }
                guard let op = Self.operatorCharacters.first(where: { Self.matches($0.characters, chars, at: i) })?.text
                else {
                    throw PythonSyntaxError.unexpected(String(c), line: lineNumber)
                }
                if Self.openingBrackets.contains(op) { depth += 1 }
                if Self.closingBrackets.contains(op) { depth = max(0, depth - 1) }
                tokens.append(PythonToken(kind: .op(op), line: lineNumber))
                i += op.count
            }
            if depth == 0 && !continued, tokens.last.map({ $0.kind != .newline }) ?? false {
                tokens.append(PythonToken(kind: .newline, line: lineNumber))
            }
            lineIndex += 1
        }
        let last = lines.count
        if tokens.last.map({ $0.kind != .newline }) ?? false { tokens.append(PythonToken(kind: .newline, line: last)) }
        for _ in indents.dropFirst() { tokens.append(PythonToken(kind: .dedent, line: last)) }
        tokens.append(PythonToken(kind: .end, line: last))
    }

    private static func comment(_ chars: [Character], from i: Int, line: Int, trailsCode: Bool) -> PythonComment {
        PythonComment(line: line, column: i + 2, text: String(chars[(i + 1)...]), trailsCode: trailsCode)
    }

    private static func matches(_ op: [Character], _ chars: [Character], at i: Int) -> Bool {
        var j = i
        for c in op {
            guard j < chars.count, chars[j] == c else { return false }
            j += 1
        }
        return true
    }

    private static func number(_ chars: [Character], at start: Int) -> (String, Int) {
        var i = start
        var text = ""
        func take(_ accept: (Character) -> Bool) {
            while i < chars.count, accept(chars[i]) {
                if chars[i] != "_" { text.append(chars[i]) }
                i += 1
            }
        }
        take { ($0.isASCII && $0.isNumber) || $0 == "_" }
        if i < chars.count, chars[i] == "." {
            text.append(".")
            i += 1
            take { ($0.isASCII && $0.isNumber) || $0 == "_" }
        }
        if i < chars.count, chars[i] == "e" || chars[i] == "E" {
            var j = i + 1
            if j < chars.count, chars[j] == "+" || chars[j] == "-" { j += 1 }
            if j < chars.count, chars[j].isASCII, chars[j].isNumber {
                text += String(chars[i..<j])
                i = j
                take { $0.isASCII && $0.isNumber }
            }
        }
        return (text, i)
    }

    /// A string literal with an optional `f`, `r`, `b` or `u` prefix, single or triple quoted on one line.
    private static func stringLiteral(_ chars: [Character], at start: Int, line: Int) throws -> (PythonToken.Kind, Int)?
    {
        var i = start
        var prefix = ""
        while i < chars.count, i - start < 2, stringPrefixLetters.contains(chars[i]) {
            prefix.append(Character(chars[i].lowercased()))
            i += 1
        }
        guard i < chars.count, chars[i] == "\"" || chars[i] == "'" else { return nil }
        if !prefix.isEmpty, start > 0, chars[start - 1] == "_" || chars[start - 1].isLetter { return nil }
        let quote = chars[i]
        let triple = i + 2 < chars.count && chars[i + 1] == quote && chars[i + 2] == quote
        i += triple ? 3 : 1
        var value = ""
        let raw = prefix.contains("r")
        while i < chars.count {
            if chars[i] == quote {
                if !triple { return (.string(value, formatted: prefix.contains("f")), i + 1) }
                if i + 2 < chars.count, chars[i + 1] == quote, chars[i + 2] == quote {
                    return (.string(value, formatted: prefix.contains("f")), i + 3)
                }
            }
            if chars[i] == "\\", !raw, i + 1 < chars.count {
                let escaped = chars[i + 1]
                switch escaped {
                case "n": value.append("\n")
                case "t": value.append("\t")
                case "\\", "'", "\"": value.append(escaped)
                default: value.append("\\"); value.append(escaped)
                }
                i += 2
                continue
            }
            value.append(chars[i])
            i += 1
        }
        throw PythonSyntaxError.unexpected("unterminated string", line: line)
    }
}
