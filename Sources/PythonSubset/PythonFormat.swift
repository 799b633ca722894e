import Foundation
import TextKit

/// Python's format-spec mini-language (`{cost:,.2f}`, `{share:.1%}`, `{name:18s}`), for the
/// values a listing prints.
enum PythonFormat {
    struct Spec {
        var fill: Character = " "
        var align: Character?
        var sign: Character?
        var zeroPad = false
        var width = 0
        var grouping: Character?
        var precision: Int?
        var type: Character?
    }

    enum Failure: Error {
        case badSpec(String)
    }

    static func parse(_ text: String) throws -> Spec {
        var spec = Spec()
        var chars = Array(text)[...]
        if chars.count >= 2, "<>=^".contains(chars[chars.startIndex + 1]) {
            spec.fill = chars.removeFirst()
            spec.align = chars.removeFirst()
        } else if let first = chars.first, "<>=^".contains(first) {
            spec.align = chars.removeFirst()
        }
        if let first = chars.first, "+- ".contains(first) { spec.sign = chars.removeFirst() }
        if chars.first == "z" { chars.removeFirst() }
        if chars.first == "#" { chars.removeFirst() }
        if chars.first == "0" { spec.zeroPad = true; chars.removeFirst() }
        var width = ""
        while let c = chars.first, c.isASCII, c.isNumber { width.append(chars.removeFirst()) }
        spec.width = Int(width) ?? 0
        if let first = chars.first, first == "," || first == "_" { spec.grouping = chars.removeFirst() }
        if chars.first == "." {
            chars.removeFirst()
            var digits = ""
            while let c = chars.first, c.isASCII, c.isNumber { digits.append(chars.removeFirst()) }
            guard let precision = Int(digits), precision <= 40 else { throw Failure.badSpec(text) }
            spec.precision = precision
        }
        if let first = chars.first, "bcdeEfFgGnosxX%".contains(first) { spec.type = chars.removeFirst() }
        guard chars.isEmpty, spec.width <= 200 else { throw Failure.badSpec(text) }
        return spec
    }

    /// `format(value, spec)`: the pieces written, a number staying a number piece.
    static func format(_ value: PythonValue, spec text: String) throws -> [PrintedPiece] {
        let spec = try parse(text)
        guard case .number(let raw, let isFloat) = value else {
            return pad([.text(value.plainText ?? value.repr)], spec: spec, numeric: false)
        }
        var shown = raw
        var body: String
        switch spec.type {
        case "%":
            shown = raw * 100
            body = fixed(shown, places: spec.precision ?? 6) + "%"
        case "f", "F":
            body = fixed(raw, places: spec.precision ?? 6)
        case "d":
            guard raw == raw.rounded(0) else { throw Failure.badSpec(text) }
            body = fixed(raw, places: 0)
        case "n" where !isFloat:
            body = fixed(raw, places: 0)
        case "e", "E":
            body = scientific(raw, places: spec.precision ?? 6)
        case "g", "G", "n":
            body = general(raw, significant: spec.precision ?? 6)
        case nil where spec.precision != nil:
            body = general(raw, significant: spec.precision!)
        case nil:
            body = repr(raw, isFloat: isFloat)
        default:
            throw Failure.badSpec(text)
        }
        if let grouping = spec.grouping { body = group(body, with: grouping) }
        if spec.sign == "+", raw >= 0 { body = "+" + body }
        if spec.sign == " ", raw >= 0 { body = " " + body }
        let exact = !isFloat && (spec.type == nil || spec.type == "d")
        return pad([.number(PrintedNumber(shown: shown, text: body, isExact: exact))], spec: spec, numeric: true)
    }

    private static func pad(_ pieces: [PrintedPiece], spec: Spec, numeric: Bool) -> [PrintedPiece] {
        let length = PrintedLine(pieces: pieces, statementLine: 0).text.count
        guard spec.width > length else { return pieces }
        let padding = String(repeating: spec.zeroPad && spec.align == nil ? " " : spec.fill, count: spec.width - length)
        switch spec.align ?? (numeric ? ">" : "<") {
        case "<": return pieces + [.text(padding)]
        case "^":
            let left = padding.count / 2
            return [.text(String(padding.prefix(left)))] + pieces + [.text(String(padding.dropFirst(left)))]
        default: return [.text(padding)] + pieces
        }
    }

    /// The double nearest `value`: Foundation's `doubleValue` on Linux can land a few units of the
    /// last place away (1829.9999999999993 for a value a hair under 1830), parsing the digits cannot.
    static func double(_ value: Decimal) -> Double {
        Double(value.description) ?? NSDecimalNumber(decimal: value).doubleValue
    }

    /// How Python's `repr` writes a number: ints exactly, floats in the shortest form that reads
    /// back as the same double (Swift's `Double.description` follows the same rule).
    static func repr(_ value: Decimal, isFloat: Bool) -> String {
        guard isFloat else { return fixed(value, places: 0) }
        return double(value).description
    }

    /// The value rounded half to even at `places` decimals, written with exactly that many.
    static func fixed(_ value: Decimal, places: Int) -> String {
        var input = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &input, places, .bankers)
        let negative = rounded < 0
        var text = (negative ? -rounded : rounded).description
        if text.contains("e") || text.contains("E") {
            text = "\(double(negative ? -rounded : rounded))"
        }
        var integer = text
        var fraction = ""
        if let dot = text.firstIndex(of: ".") {
            integer = String(text[..<dot])
            fraction = String(text[text.index(after: dot)...])
        }
        if fraction.count < places { fraction += String(repeating: "0", count: places - fraction.count) }
        if fraction.count > places { fraction = String(fraction.prefix(places)) }
        let body = places > 0 ? integer + "." + fraction : integer
        return negative && body.contains(where: { $0 != "0" && $0 != "." }) ? "-" + body : body
    }

    private static func scientific(_ value: Decimal, places: Int) -> String {
        String(format: "%.\(places)e", double(value))
    }

    private static func general(_ value: Decimal, significant: Int) -> String {
        String(format: "%.\(max(significant, 1))g", double(value))
    }

    /// Inserts a grouping mark every three digits of the integer part.
    static func group(_ text: String, with mark: Character) -> String {
        let sign = text.hasPrefix("-") ? "-" : ""
        let unsigned = text.dropFirst(sign.count)
        let end = unsigned.firstIndex { !$0.isNumber } ?? unsigned.endIndex
        return sign + DigitGrouping.group(unsigned[..<end], separator: String(mark)) + unsigned[end...]
    }
}

extension Decimal {
    func rounded(_ places: Int, _ mode: NSDecimalNumber.RoundingMode = .plain) -> Decimal {
        var input = self
        var output = Decimal()
        NSDecimalRound(&output, &input, places, mode)
        return output
    }
}
