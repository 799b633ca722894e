/// Classifying and folding single Characters; the only place that knows code points.
enum CharacterFolding {
    /// The ASCII form of a full-width digit or sign, the minus sign U+2212 as `-`, else `c`.
    static func fold(_ character: Character) -> Character {
        guard let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1 else { return character }
        switch scalar.value {
        case 0xFF10...0xFF19: return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!)
        case 0xFF0E: return "."
        case 0xFF0C: return ","
        case 0xFF05: return "%"
        case 0xFF04: return "$"
        case 0xFF0B: return "+"
        case 0xFF0D, 0x2212: return "-"
        case 0xFFE5: return "¥"
        case 0xFF5E: return "~"
        case 0xFF0F: return "/"
        case 0xFF08: return "("
        case 0xFF09: return ")"
        case 0xFF1A: return ":"
        default: return character
        }
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
