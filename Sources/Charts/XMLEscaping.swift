/// Escapes author text for SVG inside HTML: it must be well-formed XML and inert HTML at once.
public enum XMLEscaping {
    /// Text content: `&`, `<` and `>` escaped, characters XML 1.0 forbids dropped.
    public static func text(_ s: String) -> String { escape(s, quotes: false) }

    /// An attribute value in double quotes: text escaping plus both quote characters.
    public static func attribute(_ s: String) -> String { escape(s, quotes: true) }

    /// One pass for both: charts escape every label and attribute they draw.
    private static func escape(_ s: String, quotes: Bool) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for scalar in s.unicodeScalars where isAllowed(scalar) {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quotes: out += "&quot;"
            case "'" where quotes: out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// XML 1.0 allows tab, newline, carriage return and everything from U+0020 except U+FFFE/U+FFFF.
    private static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: return false
        default: return true
        }
    }
}
