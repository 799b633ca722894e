import TextKit

/// Estimates how wide text is drawn, without a font: SVG is written at build time, so the
/// chart can only budget space, then wrap or shorten labels that would overflow it.
public enum TextMetrics {
    /// The advance of one character in ems: CJK and full-width forms take a whole em, Latin
    /// letters a little over half, narrow punctuation less.
    public static func advance(_ c: Character) -> Double {
        guard let scalar = c.unicodeScalars.first else { return 0 }
        if CellWidth.isWide(scalar) { return 1.0 }
        switch c {
        case "i", "l", "j", "I", ".", ",", ":", ";", "'", "|", "!", " ", "(", ")", "[", "]", "-", "/", "\u{202F}",
            "\u{00A0}":
            return 0.32
        case "m", "w", "M", "W": return 0.86
        default: return c.isUppercase ? 0.66 : 0.56
        }
    }

    public static func width(_ text: some StringProtocol, fontSize: Double) -> Double {
        text.reduce(0) { $0 + advance($1) } * fontSize
    }

}
