/// Turns a finished draft into a `ScannedNumber`: exact value, text, position and style.
struct ScannedNumberBuilder {
    let text: ScanText
    let locale: NumberLocale
    private var lines: LineTracker

    init(text: ScanText, locale: NumberLocale) {
        self.text = text
        self.locale = locale
        self.lines = LineTracker(text: text)
    }

    /// Where a draft sits and how it reads, for one whose value does not fit `Decimal`.
    mutating func unreadable(_ draft: FigureDraft) -> UnreadableFigure {
        let (line, column) = lines.position(of: draft.start)
        return UnreadableFigure(
            text: text.text(draft.start..<draft.end),
            range: SourceRange(line: line, column: column, length: draft.end - draft.start))
    }

    /// The scanned figure, or `nil` when its value does not fit `Decimal` exactly.
    mutating func build(_ draft: FigureDraft) -> ScannedNumber? {
        let literal = draft.literal
        let power = literal.exponent + (draft.scale?.powerOfTen ?? 0)
        guard
            let value = DecimalBuilder.value(
                digits: literal.digits, fractionDigits: literal.fractionDigits, exponent: power,
                negative: draft.negative
            )
        else { return nil }
        let (line, column) = lines.position(of: draft.start)
        let precision = Precision(
            fractionDigits: literal.fractionDigits,
            significantDigits: literal.isScientific ? literal.significantDigits : nil,
            exponent: literal.exponent
        )
        return ScannedNumber(
            value: value, text: text.text(draft.start..<draft.end),
            range: SourceRange(line: line, column: column, length: draft.end - draft.start),
            precision: precision, scale: draft.scale, unit: draft.unit,
            isApproximate: draft.approximationMark != nil, approximationMark: draft.approximationMark,
            style: style(of: draft)
        )
    }

    private func style(of draft: FigureDraft) -> WrittenStyle {
        var style = WrittenStyle()
        style.prefix = draft.prefixStart.map { text.text($0..<draft.literal.start) } ?? ""
        style.scaleText = text.text(draft.literal.end..<draft.scaleEnd)
        style.suffix = text.text(draft.scaleEnd..<draft.end)
        style.decimalMark = draft.literal.decimalMark
        style.groupingSeparator = draft.literal.groupingSeparator
        style.exponentForm = draft.literal.exponentForm
        return style
    }
}
