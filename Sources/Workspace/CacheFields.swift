import Content
import TextKit

/// Reads one cache line's tab-separated fields straight from its bytes: a rebuild reads a page
/// line for every page of the site, so no field becomes a string unless it is one.
struct CacheFields {
    private var rest: ArraySlice<UInt8>
    private let separator: UInt8
    private(set) var failed = false

    init(_ line: ArraySlice<UInt8>, separator: UInt8 = 0x09) {
        rest = line
        self.separator = separator
    }

    /// Whether every field was read and none is left.
    var finished: Bool { !failed && rest.isEmpty && consumedLast }
    private var consumedLast = false

    /// The next field's bytes; an empty slice (and `failed`) when there is none.
    mutating func raw() -> ArraySlice<UInt8> {
        guard !consumedLast else {
            failed = true
            return []
        }
        if let tab = rest.position(of: separator) {
            let field = rest[rest.startIndex..<tab]
            rest = rest[(tab + 1)...]
            return field
        }
        let field = rest
        rest = rest[rest.endIndex...]
        consumedLast = true
        return field
    }

    mutating func text() -> String {
        let field = raw()
        let text = String(decoding: field, as: UTF8.self)
        return field.holds(0x5C) ? BuildCache.unescape(text) : text
    }

    /// A field written by `BuildCache.optional`: `-` for none, `+` before a value.
    mutating func optionalText() -> String? {
        let field = raw()
        guard field.first == UInt8(ascii: "+") else { return nil }
        let text = String(decoding: field.dropFirst(), as: UTF8.self)
        return field.holds(0x5C) ? BuildCache.unescape(text) : text
    }

    /// A decimal integer, optionally negative.
    mutating func int() -> Int {
        var field = raw()
        let negative = field.first == UInt8(ascii: "-")
        if negative { field = field.dropFirst() }
        guard !field.isEmpty, field.count <= 18 else {
            failed = true
            return 0
        }
        var value = 0
        for byte in field {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else {
                failed = true
                return 0
            }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return negative ? -value : value
    }

    /// Sixteen lower-case hex digits.
    mutating func hash() -> ContentHash {
        let field = raw()
        guard field.count == 16, let value = Self.hex(field) else {
            failed = true
            return ContentHash()
        }
        return ContentHash(value: value)
    }

    static func hex(_ digits: ArraySlice<UInt8>) -> UInt64? {
        var value: UInt64 = 0
        for byte in digits {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        return value
    }
}
