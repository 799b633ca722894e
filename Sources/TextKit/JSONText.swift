/// JSON strings written straight into UTF-8 bytes, for files too large to build as a tree first
/// (the figure record, the search index's scripts).
public enum JSONText {
    private static let hex = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted JSON string. `scriptSafe` also escapes `<` and the line and
    /// paragraph separators, so the string can stand inside an HTML `<script>` and in older JavaScript.
    public static func appendString(_ text: String, to bytes: inout [UInt8], scriptSafe: Bool = false) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            switch byte {
            case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
            case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
            case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
            case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
            case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
            case 0..<0x20: bytes += Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            case UInt8(ascii: "<") where scriptSafe: bytes += Array("\\u003c".utf8)
            case 0xE2 where scriptSafe:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; any other scalar is copied.
                let second = utf8.next(), third = second == nil ? nil : utf8.next()
                if second == 0x80, let third, third == 0xA8 || third == 0xA9 {
                    bytes += Array((third == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                } else {
                    bytes.append(byte)
                    if let second { bytes.append(second) }
                    if let third { bytes.append(third) }
                }
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
