/// The one escaping of text for HTML and XML (pages, feeds, sitemap, inline SVG), chosen so the
/// same output is right in all of them: element content and double- or single-quoted attributes.
///
/// Decided once: `&`, `<`, `>`, `"` and `'` are always escaped (`'` as `&#39;`, which HTML 4 and
/// every XML parser know, unlike `&apos;`); the characters XML 1.0 forbids — the C0 controls but
/// tab, line feed and carriage return, and the noncharacters U+FFFE and U+FFFF — are dropped,
/// because one of them makes a feed or an SVG ill-formed and HTML reports each as a parse
/// error. DEL and the C1 controls are allowed by XML 1.0 and kept.
public enum MarkupEscaping {
    public static func escape(_ text: some StringProtocol) -> String {
        let original = String(text)
        var utf8 = original
        // Byte by byte: every character that changes is ASCII or starts with 0xEF, and most
        // text has none of them, so it is returned as it is.
        return utf8.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: needsAttention) else { return original }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            out.append(contentsOf: bytes[..<first])
            var i = first
            while i < bytes.count {
                let byte = bytes[i]
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                case UInt8(ascii: "'"): out += "&#39;".utf8
                case 0x09, 0x0A, 0x0D: out.append(byte)
                case 0x00..<0x20: break
                case 0xEF
                where i + 2 < bytes.count && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF):
                    i += 2  // U+FFFE or U+FFFF
                default: out.append(byte)
                }
                i += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func needsAttention(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0xEF:
            return true
        case 0x09, 0x0A, 0x0D: return false
        default: return byte < 0x20
        }
    }
}
