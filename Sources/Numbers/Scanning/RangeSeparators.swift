import Foundation

/// The separators of a range (`1.5–2`, `60-75%`, `3~5`, `0,60 à 160`, `10 to 20`, `2 bis 4`, `3至5`).
struct RangeSeparators {
    let text: ScanText

    /// Separators read with or without spaces around them.
    private static let symbols: Set<Character> = ["–", "—", "~", "〜", "至", "到"]
    /// Words that need a space on each side.
    private static let words: [[Character]] = [["à"], ["t", "o"], ["b", "i", "s"]]

    /// `and` joins the ends of a range only after `between` (`entre 150 et 210 €`, `zwischen 3 und 5`).
    private static let betweenWords: [([Character], [Character])] = [
        (["e", "n", "t", "r", "e"], ["e", "t"]), (["b", "e", "t", "w", "e", "e", "n"], ["a", "n", "d"]),
        (["z", "w", "i", "s", "c", "h", "e", "n"], ["u", "n", "d"]),
    ]

    /// The index of the upper figure's first digit, if a range separator follows `end`; `lowerStart`
    /// is where the lower figure begins, to see a `between` before it.
    func upperStart(after end: Int, lowerStart: Int? = nil) -> Int? {
        if text[end] == "-", text.isDigit(end + 1) { return end + 1 }
        var cursor = end
        let spacedBefore = text.isInlineSpace(cursor)
        if spacedBefore { cursor += 1 }
        if let symbol = text[cursor], Self.symbols.contains(symbol) {
            cursor += 1
        } else if spacedBefore, let word = Self.words.first(where: { text.matches($0, at: cursor) }),
            text.isInlineSpace(cursor + word.count)
        {
            cursor += word.count
        } else if spacedBefore, let start = lowerStart,
            let and = Self.betweenWords.first(where: { between, and in
                text.matches(and, at: cursor, ignoringCase: true) && text.isInlineSpace(cursor + and.count)
                    && text.isInlineSpace(start - 1)
                    && text.matches(between, endingBefore: start - 1, ignoringCase: true)
            })?.1
        {
            cursor += and.count
        } else {
            return nil
        }
        if text.isInlineSpace(cursor) { cursor += 1 }
        if let currency = CurrencyWords.prefixes.match(in: text, at: cursor) { cursor = currency.end }
        // `entre −8 % et +12 %`: a signed lower end may be followed by a signed upper end.
        if let sign = text[cursor], "+＋".contains(sign), text.isDigit(cursor + 1), let start = lowerStart,
            let lowerSign = text[start], "−-－+＋".contains(lowerSign)
        {
            cursor += 1
        }
        return text.isDigit(cursor) ? cursor : nil
    }

    /// Marks two figures as the ends of one range; a unit, scale or approximation mark written
    /// once applies to both (`60-75%`, `10-20万`, `约 3-5 天`, `3-5天左右`).
    static func link(_ lower: inout ScannedNumber, _ upper: inout ScannedNumber) {
        if lower.unit == nil { lower.unit = upper.unit }
        if lower.scale == nil, let scale = upper.scale, lower.precision.exponent == 0 {
            lower.scale = scale
            lower.value *= Decimal(sign: .plus, exponent: scale.powerOfTen, significand: 1)
        }
        let mark = lower.approximationMark ?? upper.approximationMark
        lower.approximationMark = mark
        upper.approximationMark = mark
        lower.isApproximate = mark != nil
        upper.isApproximate = mark != nil
        lower.rangePart = .lower
        lower.rangeEnd = upper.value
        upper.rangePart = .upper
    }
}
