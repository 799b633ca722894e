/// Classifying and folding single Characters; the only place that knows code points.
enum CharacterFolding {
    /// The ASCII form of a full-width digit or sign, the minus sign U+2212 as `-`, else `scalar`.
    static func fold(_ scalar: UInt32) -> UInt32 {
        guard scalar >= 0x2212 else { return scalar }
        switch scalar {
        case 0xFF10...0xFF19: return scalar - 0xFF10 + 0x30
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return scalar - 0xFF21 + 0x41  // Ａ–Ｚ, ａ–ｚ
        case 0xFF0E: return 0x2E  // ．
        case 0xFF0C: return 0x2C  // ，
        case 0xFF05: return 0x25  // ％
        case 0xFF04: return 0x24  // ＄
        case 0xFF0B: return 0x2B  // ＋
        case 0xFF0D, 0x2212: return 0x2D  // － and the minus sign
        case 0xFFE5: return 0xA5  // ￥
        case 0xFF5E: return 0x7E  // ～
        case 0xFF0F: return 0x2F  // ／
        case 0xFF08: return 0x28  // （
        case 0xFF09: return 0x29  // ）
        case 0xFF1A: return 0x3A  // ：
        default: return scalar
        }
    }

    /// `character` folded as `fold(_:)` folds its scalar, when it is a single scalar.
    static func fold(_ character: Character) -> Character {
        let scalars = character.unicodeScalars
        guard let first = scalars.first, scalars.index(after: scalars.startIndex) == scalars.endIndex else {
            return character
        }
        let folded = fold(first.value)
        return folded == first.value ? character : Character(Unicode.Scalar(folded)!)
    }

    /// Space, no-break space U+00A0, narrow no-break space U+202F or thin space U+2009.
    static func isInlineSpace(_ scalar: UInt32) -> Bool {
        scalar == 0x20 || scalar == 0xA0 || scalar == 0x202F || scalar == 0x2009
    }

    static func isDigit(_ character: Character) -> Bool {
        guard let ascii = character.asciiValue else { return false }
        return ascii >= 0x30 && ascii <= 0x39
    }

    static func digitValue(_ character: Character) -> Int? {
        isDigit(character) ? Int(character.asciiValue! - 0x30) : nil
    }

    /// A letter of a Latin-script word (ASCII or accented, `é` in `entrée`), which glues an
    /// adjacent number into an identifier; CJK letters do not (`成本5e-06美元` is a figure).
    static func isLatinLetter(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return (ascii | 0x20) >= 0x61 && (ascii | 0x20) <= 0x7A }
        guard let scalar = character.unicodeScalars.first else { return false }
        return scalar.value >= 0xC0 && scalar.value < 0x250 && character.isLetter
    }

    /// A word character of an identifier: Latin letter, digit or underscore.
    static func isIdentifierCharacter(_ character: Character) -> Bool {
        isLatinLetter(character) || isDigit(character) || character == "_"
    }

    /// Space, no-break space U+00A0, narrow no-break space U+202F or thin space U+2009.
    static func isInlineSpace(_ character: Character) -> Bool {
        character == " " || character == "\u{00A0}" || character == "\u{202F}" || character == "\u{2009}"
    }

    /// A space that groups digits in every locale (never an ordinary space, see `NumberLocale`).
    static func isGroupingSpace(_ character: Character) -> Bool {
        character == "\u{00A0}" || character == "\u{202F}" || character == "\u{2009}"
    }

    /// The digit of a superscript character (`⁸` → 8), for `10⁻⁸`.
    static func superscriptDigit(_ character: Character) -> Int? {
        switch character {
        case "⁰": 0
        case "¹": 1
        case "²": 2
        case "³": 3
        case "⁴": 4
        case "⁵": 5
        case "⁶": 6
        case "⁷": 7
        case "⁸": 8
        case "⁹": 9
        default: nil
        }
    }
}
