/// What comes before a figure's digits: a currency prefix and a sign, in either order.
struct FigureLead {
    /// The first Character of the figure: the sign, the currency, or the first digit.
    var start: Int
    var isNegative = false
    var currency: Currency?
    var prefixStart: Int?
}

extension FigureReader {
    /// The sign and currency before the digit at `digit` (`$5`, `-$5`, `$-5`, `-5`), or `nil`
    /// when the digit continues an identifier (`GPT-4o`, `A100`) and is no figure at all.
    func readLead(before digit: Int) -> FigureLead? {
        var lead = FigureLead(start: digit)
        if let currency = prefixCurrency(before: digit) {
            lead.currency = currency.currency
            lead.prefixStart = currency.start
            lead.start = currency.start
            if let sign = signBefore(currency.start) {
                lead.isNegative = sign.isNegative
                lead.start = sign.index
            }
        } else if text[digit - 1] == "-", let currency = prefixCurrency(before: digit - 1) {
            lead.currency = currency.currency
            lead.prefixStart = currency.start
            lead.start = currency.start
            lead.isNegative = true
        } else if let sign = signBefore(digit) {
            lead.isNegative = sign.isNegative
            lead.start = sign.index
        } else if exclusions.isInsideIdentifier(at: digit) {
            return nil
        }
        return lead
    }

    /// The lead of a range's upper end: only a currency (`$5–$10`); its `-` or `~` is the separator.
    func readRangeUpperLead(before digit: Int) -> FigureLead {
        var lead = FigureLead(start: digit)
        if let currency = CurrencyWords.prefixes.match(in: text, endingBefore: digit) {
            lead.currency = currency.value.currency(in: locale)
            lead.prefixStart = currency.start
            lead.start = currency.start
        }
        return lead
    }

    private func prefixCurrency(before index: Int) -> (currency: Currency, start: Int)? {
        let match =
            CurrencyWords.prefixes.match(in: text, endingBefore: index)
            ?? (text.isInlineSpace(index - 1) ? CurrencyWords.prefixes.match(in: text, endingBefore: index - 1) : nil)
        guard let match else { return nil }
        return (match.value.currency(in: locale), match.start)
    }

    /// A `-` or `+` at `index - 1` that is a sign: at the text start, or after a space or an
    /// opening mark, never after a word (`トークン＋500万` is a sum, `Llama-3` a name).
    private func signBefore(_ index: Int) -> (index: Int, isNegative: Bool)? {
        // `| − 82,50 € |`: a minus set apart by a space, where nothing but an opening mark precedes it.
        if text.isInlineSpace(index - 1), text[index - 2] == "-" || text[index - 2] == "–", isOpening(before: index - 2)
        {
            return (index - 2, true)
        }
        // `△2,000`, `▲2,000`: Japanese accounts mark a negative amount with a triangle.
        guard let sign = text[index - 1], sign == "-" || sign == "+" || sign == "△" || sign == "▲" else { return nil }
        if let before = text[index - 2], !CharacterFolding.isInlineSpace(before), !charactersBeforeSign.contains(before)
        {
            return nil
        }
        return (index - 1, sign != "+")
    }

    /// Whether only spaces stand between a table cell's start, or an opening mark, and `index`.
    private func isOpening(before index: Int) -> Bool {
        var position = index - 1
        while let character = text[position], CharacterFolding.isInlineSpace(character) { position -= 1 }
        // At the start of a line `- ` is a list marker; only a cell, which starts mid-line, may open with a sign.
        guard let character = text[position] else { return text.startsMidLine }
        return "(（=:：|".contains(character)
    }
}

private let charactersBeforeSign: Set<Character> = [
    "\n", "\r\n", "\t", "(", "[", "{", "=", ":", "|", "<", ">", "（", "【", "「", "：", "，", ",", "、", "；", ";", "*", "_",
]
