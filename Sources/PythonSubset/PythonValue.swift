import Foundation

/// A number a listing printed, as Python wrote it, with the exact value it was computed from.
public struct PrintedNumber: Sendable, Equatable {
    /// The value as shown: a `%` format has already multiplied it by 100.
    public var shown: Decimal
    /// The text Python writes for it (`1,234.50`, `15.0%`, `600.0`), for messages.
    public var text: String
    /// True for an integer printed without a format, which Python writes exactly.
    public var isExact: Bool
}

/// Printed text: literal pieces and the numbers inside it, in order.
public enum PrintedPiece: Sendable, Equatable {
    case text(String)
    case number(PrintedNumber)
}

/// One line a listing printed, and the listing line of the call that printed it.
public struct PrintedLine: Sendable, Equatable {
    public var pieces: [PrintedPiece]
    public var statementLine: Int

    public var text: String {
        pieces.map { piece in
            switch piece {
            case .text(let t): t
            case .number(let n): n.text
            }
        }.joined()
    }
}

final class ListBox {
    var items: [PythonValue]
    init(_ items: [PythonValue]) { self.items = items }
}

final class DictionaryBox {
    var keys: [PythonValue] = []
    var values: [PythonValue] = []

    func index(of key: PythonValue) -> Int? {
        keys.firstIndex { $0.equals(key) }
    }

    func set(_ key: PythonValue, _ value: PythonValue) {
        if let i = index(of: key) { values[i] = value } else { keys.append(key); values.append(value) }
    }
}

struct FunctionValue {
    var parameters: [(String, PythonValue?)]
    var body: [PythonStatement]
}

/// A runtime value. Numbers are exact decimals; `isFloat` keeps Python's int/float distinction,
/// which decides how a value prints (`600` or `600.0`) and what `/` and `//` return.
indirect enum PythonValue {
    case number(Decimal, isFloat: Bool)
    case bool(Bool)
    case none
    case text([PrintedPiece])
    case list(ListBox)
    case tuple([PythonValue])
    case dictionary(DictionaryBox)
    case function(FunctionValue)
    case builtin(String)
    case method(PythonValue, String)
    case module(String)

    static func int(_ value: Decimal) -> PythonValue { .number(value, isFloat: false) }
    static func float(_ value: Decimal) -> PythonValue { .number(value, isFloat: true) }
    static func string(_ text: String) -> PythonValue { .text([.text(text)]) }

    var plainText: String? {
        guard case .text(let pieces) = self else { return nil }
        return PrintedLine(pieces: pieces, statementLine: 0).text
    }

    var number: Decimal? {
        switch self {
        case .number(let value, _): value
        case .bool(let flag): flag ? 1 : 0
        default: nil
        }
    }

    var isTrue: Bool {
        switch self {
        case .number(let value, _): !value.isZero
        case .bool(let flag): flag
        case .none: false
        case .text: !(plainText ?? "").isEmpty
        case .list(let box): !box.items.isEmpty
        case .tuple(let items): !items.isEmpty
        case .dictionary(let box): !box.keys.isEmpty
        default: true
        }
    }

    func equals(_ other: PythonValue) -> Bool {
        if let a = number, let b = other.number { return a == b }
        switch (self, other) {
        case (.text, .text): return plainText == other.plainText
        case (.none, .none): return true
        case (.tuple(let a), .tuple(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.equals($1) }
        case (.list(let a), .list(let b)):
            return a.items.count == b.items.count && zip(a.items, b.items).allSatisfy { $0.equals($1) }
        default: return false
        }
    }

    /// The pieces `str(value)` or `print(value)` writes.
    var printed: [PrintedPiece] {
        switch self {
        case .text(let pieces): return pieces
        case .number(let value, let isFloat):
            return [
                .number(
                    PrintedNumber(shown: value, text: PythonFormat.repr(value, isFloat: isFloat), isExact: !isFloat))
            ]
        default: return [.text(repr)]
        }
    }

    var repr: String {
        switch self {
        case .number(let value, let isFloat): PythonFormat.repr(value, isFloat: isFloat)
        case .bool(let flag): flag ? "True" : "False"
        case .none: "None"
        case .text: "'\(plainText ?? "")'"
        case .list(let box): "[" + box.items.map(\.repr).joined(separator: ", ") + "]"
        case .tuple(let items): "(" + items.map(\.repr).joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .dictionary(let box):
            "{" + zip(box.keys, box.values).map { "\($0.repr): \($1.repr)" }.joined(separator: ", ") + "}"
        case .function: "<function>"
        case .builtin(let name), .method(_, let name): "<built-in \(name)>"
        case .module(let name): "<module '\(name)'>"
        }
    }
}
