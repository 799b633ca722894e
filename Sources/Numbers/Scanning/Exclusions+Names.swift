extension Exclusions {
    /// Whether a bare number names a product or section rather than an amount: it follows a
    /// capitalised Latin word and one space (`Hermes 3`, `RTX 4090`, `Claude 3.5 Sonnet`,
    /// `GAIA Level 1`). The caller applies it only to figures with no currency, unit, scale,
    /// sign or approximation mark, so `USD 5` or `Total 15 $` stay amounts.
    func isProductOrSectionNumber(at start: Int) -> Bool {
        guard text[start - 1] == " " else { return false }
        var position = start - 2
        var length = 0
        while let character = text[position],
            CharacterFolding.isIdentifierCharacter(character) || character == "-" || character == "."
        {
            position -= 1
            length += 1
        }
        guard length >= 2, let first = text[position + 1], let ascii = first.asciiValue, ascii >= 0x41 && ascii <= 0x5A
        else { return false }
        let word = String((position + 1..<start - 1).compactMap { text[$0] }).lowercased()
        return !Self.sentenceOpeners.contains(word)
    }

    private static let sentenceOpeners = Set(LanguageProfile.all.flatMap(\.sentenceOpeners).map { $0.lowercased() })

    /// Whether a literal at the line start is a list number (`1.` or `1)` then a space).
    func isListNumber(_ literal: NumericLiteral) -> Bool {
        guard literal.isPlainInteger, literal.integerDigitCount <= 3, let mark = text[literal.end],
            mark == "." || mark == ")"
        else {
            return false
        }
        return text[literal.end + 1] == nil || text.isInlineSpace(literal.end + 1) || text[literal.end + 1] == "\n"
    }

    /// Whether a literal at the line start numbers a heading (`59.3 本地部署`): a decimal with
    /// no leading `0`, then a space and a word rather than an operator or another figure.
    func isHeadingNumber(_ literal: NumericLiteral) -> Bool {
        guard literal.decimalMark == ".", literal.groupingSeparator == nil, !literal.isScientific,
            !literal.digits.hasPrefix("0"),
            text.isInlineSpace(literal.end), let next = text[literal.end + 1]
        else { return false }
        return !CharacterFolding.isDigit(next) && !"=×*+-/x$€¥%(".contains(next)
    }
}
