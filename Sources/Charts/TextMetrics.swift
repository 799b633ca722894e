/// Estimates how wide text is drawn, without a font: SVG is written at build time, so the
/// chart can only budget space, then wrap or shorten labels that would overflow it.
public enum TextMetrics {
    /// The advance of one character in ems: CJK and full-width forms take a whole em, Latin
    /// letters a little over half, narrow punctuation less.
    public static func advance(_ c: Character) -> Double {
        guard let scalar = c.unicodeScalars.first else { return 0 }
        if isWide(scalar) { return 1.0 }
        switch c {
        case "i", "l", "j", "I", ".", ",", ":", ";", "'", "|", "!", " ", "(", ")", "[", "]", "-", "/", "\u{202F}", "\u{00A0}": return 0.32
        case "m", "w", "M", "W": return 0.86
        default: return c.isUppercase ? 0.66 : 0.56
        }
    }

    public static func width(_ text: some StringProtocol, fontSize: Double) -> Double {
        text.reduce(0) { $0 + advance($1) } * fontSize
    }

    /// East Asian wide and full-width ranges: CJK ideographs, kana, Hangul, full-width forms.
    public static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
