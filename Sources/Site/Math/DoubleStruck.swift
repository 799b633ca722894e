/// Turns `\mathbb` letters into the Unicode double-struck characters: Chromium ignores
/// `mathvariant="double-struck"` and would draw ℝ as an italic R.
enum DoubleStruck {
    private static let marker = " mathvariant=\"double-struck\">"

    /// `mathML` with the text of every double-struck token replaced and the attribute dropped.
    static func replace(in mathML: String) -> String {
        guard mathML.contains(marker) else { return mathML }
        var out = ""
        var rest = mathML[...]
        while let range = rest.range(of: marker) {
            out += rest[..<range.lowerBound] + ">"
            rest = rest[range.upperBound...]
            let end = rest.firstIndex(of: "<") ?? rest.endIndex
            out += String(rest[..<end].map(character(for:)))
            rest = rest[end...]
        }
        return out + rest
    }

    /// The double-struck form of a Latin letter or digit; anything else stays itself.
    static func character(for c: Character) -> Character {
        let exceptions: [Character: Character] = ["C": "ℂ", "H": "ℍ", "N": "ℕ", "P": "ℙ", "Q": "ℚ", "R": "ℝ", "Z": "ℤ"]
        if let special = exceptions[c] { return special }
        guard let ascii = c.asciiValue else { return c }
        let base: UInt32
        switch ascii {
        case 65...90: base = 0x1D538 + UInt32(ascii - 65)
        case 97...122: base = 0x1D552 + UInt32(ascii - 97)
        case 48...57: base = 0x1D7D8 + UInt32(ascii - 48)
        default: return c
        }
        return Unicode.Scalar(base).map(Character.init) ?? c
    }
}
