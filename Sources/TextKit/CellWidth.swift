/// How wide a character is drawn in a monospaced grid: two cells for the East Asian wide and
/// full-width characters, one for the rest. The terminal's caret, the preview's caret and the
/// charts' text metrics all use this one table.
public enum CellWidth {
    /// Whether `scalar` is East Asian wide or full-width: Hangul Jamo, the CJK blocks, Hangul
    /// syllables, the compatibility ideographs and forms, full-width forms and the
    /// supplementary ideographic planes. Emoji are left at one cell, as many terminals draw them.
    public static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The cells a Character takes: its first scalar decides (combining marks add none).
    public static func cells(_ character: Character) -> Int {
        character.unicodeScalars.first.map(isWide) == true ? 2 : 1
    }

    /// The cells a text takes.
    public static func cells(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + cells($1) }
    }
}
