/// Reads a power of ten after a mantissa: `e-06`, `E+3`, `×10⁻⁸`, `x10^-8`, ` × 10^-8`.
struct ExponentLexer {
    let text: ScanText

    /// A written exponent; `value` is `nil` when it has too many digits to be a real figure.
    struct Reading {
        var value: Int?
        var form: ExponentForm
        var end: Int
    }

    /// Exponents beyond this many digits are not figures (and could not fit `Decimal`).
    private static let maximumDigits = 4

    func read(at position: Int) -> Reading? {
        readLetter(at: position) ?? readTimesTen(at: position)
    }

    private func readLetter(at position: Int) -> Reading? {
        guard let letter = text[position], letter == "e" || letter == "E" else { return nil }
        var cursor = position + 1
        let negative = text[cursor] == "-"
        if text[cursor] == "-" || text[cursor] == "+" { cursor += 1 }
        guard text.isDigit(cursor) else { return nil }
        let digitsStart = cursor
        let magnitude = readDigits(&cursor) { CharacterFolding.digitValue($0) }
        // A letter right after (`5e3x`) makes it an identifier, not a number.
        if text.isLatinLetter(cursor) { return nil }
        let form = ExponentForm.letter(letter, minimumDigits: cursor - digitsStart)
        return Reading(value: magnitude.map { negative ? -$0 : $0 }, form: form, end: cursor)
    }

    private func readTimesTen(at position: Int) -> Reading? {
        var cursor = position
        if text.isInlineSpace(cursor) { cursor += 1 }
        guard let times = text[cursor], times == "×" || times == "x" || times == "*" || times == "·" || times == "⋅"
        else { return nil }
        cursor += 1
        if text.isInlineSpace(cursor) { cursor += 1 }
        let separator = text.foldedText(position..<cursor)
        guard text.matches(["1", "0"], at: cursor) else { return nil }
        cursor += 2
        if text[cursor] == "^" {
            cursor += 1
            let negative = text[cursor] == "-"
            if text[cursor] == "-" || text[cursor] == "+" { cursor += 1 }
            guard text.isDigit(cursor) else { return nil }
            let magnitude = readDigits(&cursor) { CharacterFolding.digitValue($0) }
            return Reading(
                value: magnitude.map { negative ? -$0 : $0 }, form: .timesTen(separator: separator, superscript: false),
                end: cursor)
        }
        let negative = text[cursor] == "⁻"
        if text[cursor] == "⁻" || text[cursor] == "⁺" { cursor += 1 }
        guard let first = text[cursor], CharacterFolding.superscriptDigit(first) != nil else { return nil }
        let magnitude = readDigits(&cursor) { CharacterFolding.superscriptDigit($0) }
        return Reading(
            value: magnitude.map { negative ? -$0 : $0 }, form: .timesTen(separator: separator, superscript: true),
            end: cursor)
    }

    /// Reads digits with `digitValue`, advancing `cursor` past all of them; `nil` when too many.
    private func readDigits(_ cursor: inout Int, digitValue: (Character) -> Int?) -> Int? {
        var value = 0, count = 0
        while let character = text[cursor], let digit = digitValue(character) {
            if count < Self.maximumDigits { value = value * 10 + digit }
            count += 1
            cursor += 1
        }
        return count <= Self.maximumDigits ? value : nil
    }
}
