/// Reads one figure around a digit: currency and sign before it, then the number, scale word,
/// percent, currency or unit, rate denominator and approximation marks.
struct FigureReader {
    let text: ScanText
    let locale: NumberLocale
    var marks: NumberMarks

    init(text: ScanText, locale: NumberLocale, marks: NumberMarks? = nil) {
        self.text = text
        self.locale = locale
        self.marks = marks ?? locale.marks
    }

    var exclusions: Exclusions { Exclusions(text: text) }

    /// Reads the figure whose first digit is at `digit`; `isRangeUpper` when it follows a range
    /// separator (so the `-` of `60-75` is not taken for a sign or an identifier's hyphen).
    func read(at digit: Int, isRangeUpper: Bool = false) -> FigureOutcome {
        if let end = exclusions.dateOrTimeEnd(at: digit) ?? exclusions.specificationEnd(at: digit) {
            return .skip(resumeAt: end)
        }
        let lead = isRangeUpper ? readRangeUpperLead(before: digit) : readLead(before: digit)
        guard let lead else { return .skip(resumeAt: exclusions.identifierEnd(from: digit)) }
        let start = lead.start
        let lexer = LiteralLexer(text: text, marks: marks)
        if exclusions.isOrdinal(at: start) { return .skip(resumeAt: lexer.skipRun(from: digit)) }
        let literal: NumericLiteral
        switch lexer.read(at: digit) {
        case .literal(let read): literal = read
        case .malformed(let resume): return .skip(resumeAt: resume)
        }
        // `0013`, `+86 138 0013 5521`: a number written with leading zeros, or a phone number, is a code.
        if literal.digits.count >= 2, literal.digits.hasPrefix("0"), literal.integerDigitCount >= 2,
            literal.groupingSeparator == nil
        {
            // `0898-8866 1234`: the groups after an area code are the same phone number.
            return .skip(resumeAt: max(literal.end, exclusions.phoneNumberEnd(from: digit) ?? 0))
        }
        if lead.isNegative == false, text[start] == "+", let end = exclusions.phoneNumberEnd(from: digit) {
            return .skip(resumeAt: end)
        }
        let isAtLineStart = start == digit && exclusions.isAtLineStart(digit)
        if isAtLineStart, exclusions.isListNumber(literal) { return .skip(resumeAt: literal.end) }
        var draft = FigureDraft(start: start, literal: literal)
        draft.negative = lead.isNegative
        draft.prefixStart = lead.prefixStart
        draft.prefixCurrency = lead.currency
        if let (scale, end) = ScaleWords.match(in: text, at: literal.end) {
            draft.scale = scale
            draft.scaleEnd = end
            draft.end = end
        } else if lead.currency != nil, let end = ScaleWords.currencyMillions(in: text, at: literal.end) {
            draft.scale = Scale(word: "m", powerOfTen: 6)
            draft.scaleEnd = end
            draft.end = end
        }
        readUnit(into: &draft)
        if isGluedToIdentifier(draft.end) { return .skip(resumeAt: exclusions.identifierEnd(from: draft.end)) }
        // The upper end of `3~5` must not take the range's `~` for an approximation mark.
        draft.approximationMark = approximationMark(around: draft, looksBefore: !isRangeUpper)
        // German capitalises every noun (`Kauf 18.090 / 36`), and a grouped number names no product.
        let mayNameProduct = locale != .de && literal.groupingSeparator == nil
        // `June 12, 2025`, `1er janvier 2026`: a day or a year beside a month's name.
        if draft.isBare, literal.isPlainInteger, literal.integerDigitCount <= 4,
            exclusions.isBesideMonthName(start: draft.start, end: draft.end)
        {
            return .skip(resumeAt: draft.end)
        }
        // `GPU 300–420 小时`: a number that opens a range is an amount, whatever word stands before it
        // (asked last: most figures are no product or heading number).
        if draft.isBare, !isRangeUpper,
            mayNameProduct && exclusions.isProductOrSectionNumber(at: draft.start)
                || (isAtLineStart && exclusions.isHeadingNumber(literal)),
            RangeSeparators(text: text).upperStart(after: draft.end, lowerStart: draft.start) == nil
        {
            return .skip(resumeAt: draft.end)
        }
        return .figure(draft)
    }

    /// Whether a Latin letter, or `-`/`_` and a letter, is glued after the figure: `4o`, `3-shot`, `70B-AWQ`.
    private func isGluedToIdentifier(_ end: Int) -> Bool {
        if text.isLatinLetter(end) { return true }
        guard let next = text[end], next == "-" || next == "_" else { return false }
        return text.isLatinLetter(end + 1)
    }

    private func approximationMark(around draft: FigureDraft, looksBefore: Bool) -> String? {
        var before = draft.start
        // `約 **4.7 万円**`: emphasis opened between the mark and the figure.
        while text[before - 1] == "*" || text[before - 1] == "_" { before -= 1 }
        if text.isInlineSpace(before - 1) { before -= 1 }
        if looksBefore, let mark = ApproximationMarks.before.match(in: text, endingBefore: before),
            !ApproximationMarks.isPartOfWord(mark, in: text)
        {
            return mark.word
        }
        var after = draft.end
        if text.isInlineSpace(after) { after += 1 }
        return ApproximationMarks.after.match(in: text, at: after)?.word
    }
}
