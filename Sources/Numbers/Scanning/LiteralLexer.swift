/// Reads the digits, grouping, decimal mark and exponent of one number with a document's marks.
///
/// Rules, chosen so that no reading is ever a guess:
/// - `,` groups where `.` is the decimal mark and is the decimal mark otherwise; `.` is also read
///   as a decimal mark where `,` is, unless it groups three digits (`1.5` on a French page is 1.5,
///   `1.234` on a German page is 1234).
/// - A group is exactly three digits after a first group of one to three (`4,337`, `1 234 567`).
///   U+00A0, U+202F, U+2009 and `'`/`’` group in every locale; an ordinary space where the marks say.
/// - A mark followed by a digit that these rules do not accept makes the whole run malformed,
///   and it is skipped rather than read in part: `1.2.3`, `0,05` in en, `1,234.5` in fr.
struct LiteralLexer {
    let text: ScanText
    let marks: NumberMarks

    func read(at start: Int) -> LiteralOutcome {
        var literal = NumericLiteral(start: start, end: start)
        var position = readDigits(from: start, into: &literal)
        literal.integerDigitCount = position - start
        position = readGroups(from: position, into: &literal)
        position = readFraction(from: position, into: &literal)
        if isSeparatorBeforeDigit(position) { return .malformed(resumeAt: skipRun(from: position)) }
        let exponents = ExponentLexer(text: text)
        if let exponent = exponents.read(at: position) {
            guard let value = exponent.value else { return .malformed(resumeAt: exponent.end) }
            literal.exponent = value
            literal.exponentForm = exponent.form
            position = exponent.end
        }
        literal.end = position
        return .literal(literal)
    }

    private func readDigits(from start: Int, into literal: inout NumericLiteral) -> Int {
        var position = start
        while let character = text[position], CharacterFolding.isDigit(character) {
            literal.digits.append(character)
            position += 1
        }
        return position
    }

    private func readGroups(from start: Int, into literal: inout NumericLiteral) -> Int {
        let firstGroup = literal.integerDigitCount
        guard firstGroup <= 3, !(firstGroup == 1 && literal.digits == "0") else { return start }
        var position = start
        while let mark = text[position], isGroupingMark(mark),
            literal.groupingSeparator == nil || literal.groupingSeparator == mark,
            text.isDigit(position + 1), text.isDigit(position + 2), text.isDigit(position + 3),
            !text.isDigit(position + 4)
        {
            literal.groupingSeparator = mark
            for offset in 1...3 { literal.digits.append(text.chars[position + offset]) }
            literal.integerDigitCount += 3
            position += 4
        }
        return position
    }

    private func readFraction(from start: Int, into literal: inout NumericLiteral) -> Int {
        guard let mark = text[start], isDecimalMark(mark, grouping: literal.groupingSeparator), text.isDigit(start + 1)
        else {
            return start
        }
        literal.decimalMark = mark
        let end = readDigits(from: start + 1, into: &literal)
        literal.fractionDigits = end - start - 1
        return end
    }

    private func isGroupingMark(_ character: Character) -> Bool {
        if CharacterFolding.isGroupingSpace(character) || character == "'" || character == "’" { return true }
        if character == " " { return marks.spaceGroups }
        if character == "." { return marks.pointGroups }
        return character == "," && !marks.decimalComma
    }

    private func isDecimalMark(_ character: Character, grouping: Character?) -> Bool {
        if character == "." { return grouping != "." }
        return character == "," && marks.decimalComma && grouping != ","
    }

    /// A `,` `.` `'` right before a digit, after a complete number: the sign of a version,
    /// a list like `1,2,3`, or another locale's number.
    private func isSeparatorBeforeDigit(_ position: Int) -> Bool {
        guard let character = text[position],
            character == "," || character == "." || character == "'" || character == "’"
        else {
            return false
        }
        // `HK$ 3,800，11 × 3,800`: a full-width comma after half-width digits ends the clause.
        if text.isClauseComma(position) { return false }
        return text.isDigit(position + 1)
    }

    /// The end of a run of digits and the marks between them, so a malformed number is skipped whole.
    func skipRun(from start: Int) -> Int {
        var position = start
        while let character = text[position] {
            if CharacterFolding.isDigit(character) {
                position += 1
            } else if isRunMark(character), text.isDigit(position + 1) {
                position += 2
            } else {
                break
            }
        }
        return position
    }

    private func isRunMark(_ character: Character) -> Bool {
        character == "," || character == "." || character == "'" || character == "’" || character == ":"
            || CharacterFolding.isGroupingSpace(character) || (character == " " && marks.spaceGroups)
    }
}
