/// Reads one figure around a digit: currency and sign before it, then the number, scale word,
/// percent, currency or unit, rate denominator and approximation marks.
struct FigureReader {
    let text: ScanText
    let locale: NumberLocale

    var exclusions: Exclusions { Exclusions(text: text) }

    /// Reads the figure whose first digit is at `digit`; `isRangeUpper` when it follows a range
    /// separator (so the `-` of `60-75` is not taken for a sign or an identifier's hyphen).
    func read(at digit: Int, isRangeUpper: Bool = false) -> FigureOutcome {
        if let end = exclusions.dateOrTimeEnd(at: digit) { return .skip(resumeAt: end) }
        var start = digit
        var prefix: (currency: Currency, start: Int)?
        var sign: (index: Int, isNegative: Bool)?
        if !isRangeUpper {
            if let currency = prefixCurrency(before: digit) {
                prefix = currency  // `$5`, or `-$5` with the sign first
                sign = signBefore(currency.start)
            } else if let currency = text[digit - 1] == "-" ? prefixCurrency(before: digit - 1) : nil {
                prefix = currency  // `$-5`, with the currency first
                sign = (digit - 1, true)
            } else {
                sign = signBefore(digit)
            }
            if prefix == nil, sign == nil, exclusions.isInsideIdentifier(at: digit) {
                return .skip(resumeAt: exclusions.identifierEnd(from: digit))
            }
        }
        start = min(prefix?.start ?? digit, sign?.index ?? digit)
        let lexer = LiteralLexer(text: text, locale: locale)
        if exclusions.isOrdinal(at: start) { return .skip(resumeAt: lexer.skipRun(from: digit)) }
        let literal: NumericLiteral
        switch lexer.read(at: digit) {
        case .literal(let read): literal = read
        case .malformed(let resume): return .skip(resumeAt: resume)
        }
        let isAtLineStart = start == digit && exclusions.isAtLineStart(digit)
        if isAtLineStart, exclusions.isListNumber(literal) { return .skip(resumeAt: literal.end) }
        var draft = FigureDraft(start: start, literal: literal)
        draft.negative = sign?.isNegative ?? false
        draft.prefixStart = prefix?.start
        draft.prefixCurrency = prefix?.currency
        if let (scale, end) = ScaleWords.match(in: text, at: literal.end) {
            draft.scale = scale
            draft.scaleEnd = end
            draft.end = end
        }
        readUnit(into: &draft)
        if isGluedToIdentifier(draft.end) { return .skip(resumeAt: exclusions.identifierEnd(from: draft.end)) }
        // The upper end of `3~5` must not take the range's `~` for an approximation mark.
        draft.approximationMark = isRangeUpper ? nil : approximationMark(around: draft)
        if draft.isBare, !isRangeUpper,
           exclusions.isProductOrSectionNumber(at: draft.start) || (isAtLineStart && exclusions.isHeadingNumber(literal)) {
            return .skip(resumeAt: draft.end)
        }
        return .figure(draft)
    }

    private func prefixCurrency(before index: Int) -> (currency: Currency, start: Int)? {
        let match = CurrencyWords.prefixes.match(in: text, endingBefore: index)
            ?? (text.isInlineSpace(index - 1) ? CurrencyWords.prefixes.match(in: text, endingBefore: index - 1) : nil)
        guard let match else { return nil }
        return (match.value.currency(in: locale), match.start)
    }

    /// A `-` or `+` at `index - 1` that is a sign: at the text start, or after a space or an
    /// opening mark, never after a word (`トークン＋500万` is a sum, `Llama-3` a name).
    private func signBefore(_ index: Int) -> (index: Int, isNegative: Bool)? {
        guard let sign = text[index - 1], sign == "-" || sign == "+" else { return nil }
        if let before = text[index - 2], !CharacterFolding.isInlineSpace(before), !Self.charactersBeforeSign.contains(before) {
            return nil
        }
        return (index - 1, sign == "-")
    }

    private static let charactersBeforeSign: Set<Character> = [
        "\n", "\r\n", "\t", "(", "[", "{", "=", ":", "|", "<", ">", "（", "【", "「", "：", "，", "、", "；", ";",
    ]

    /// Whether a Latin letter, or `-`/`_` and a letter, is glued after the figure: `4o`, `3-shot`, `70B-AWQ`.
    private func isGluedToIdentifier(_ end: Int) -> Bool {
        if text.isLatinLetter(end) { return true }
        guard let next = text[end], next == "-" || next == "_" else { return false }
        return text.isLatinLetter(end + 1)
    }

    private func approximationMark(around draft: FigureDraft) -> String? {
        var before = draft.start
        if text.isInlineSpace(before - 1) { before -= 1 }
        if let mark = ApproximationMarks.before.match(in: text, endingBefore: before) { return mark.word }
        var after = draft.end
        if text.isInlineSpace(after) { after += 1 }
        return ApproximationMarks.after.match(in: text, at: after)?.word
    }
}
