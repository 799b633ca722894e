/// The unit a table column header gives its bare cells: `每百万输入token成本（美元）`,
/// `100万入力トークンあたりのコスト（USD）`, `Coût par 1M Tokens Entrée (USD)` and `$/M输入` are all
/// USD per 1,000,000 tokens, so a cell reading `5e-06` or `0,05 (total)` can be priced.
public enum ColumnUnit {
    /// The rate denominator `header` names without a currency (`Input per 1M tokens`,
    /// `入力（100 万トークンあたり）`), which the table's currency completes.
    public static func denominator(header: String, locale: NumberLocale) -> Denominator? {
        let text = ScanText(header)
        let reader = FigureReader(text: text, locale: locale)
        for index in 0..<text.count {
            if let found = perPhrase(in: text, at: index, reader: reader) { return found.denominator }
            if text.isDigit(index), let found = quantityBeforeAtari(at: index, reader: reader) {
                return found.denominator
            }
        }
        return nil
    }

    /// The thing a header's last brackets count its cells in, alone or per a period: `(kWh)`,
    /// `（度）`, `(kWh/Jahr)`, `(hours)`. Nil for anything else in them.
    public static func countedThing(header: String) -> CountedThing? {
        guard let close = header.lastIndex(where: { $0 == ")" || $0 == "）" }),
            let open = header[..<close].lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return nil }
        let inside = header[header.index(after: open)..<close].prefix { $0 != "/" && $0 != "／" }
        let text = ScanText(String(inside).trimmingCharacters(in: .whitespaces))
        guard text.count > 0,
            let match = UnitWords.symbols.match(in: text, at: 0) ?? UnitWords.words.match(in: text, at: 0),
            match.end == text.count
        else { return nil }
        return match.value
    }

    /// The currency and rate denominator named in `header`, or `nil` when it names no currency.
    public static func infer(header: String, locale: NumberLocale) -> FigureUnit? {
        // `Cost at £0.28/kWh (£)`: a currency alone in the closing brackets is the cells' unit,
        // whatever rate the words before it quote.
        if let closing = bracketedCurrency(ending: header, locale: locale) {
            return FigureUnit(.currency(closing), written: header)
        }
        let text = ScanText(header)
        let reader = FigureReader(text: text, locale: locale)
        var currency: Currency?
        var per: Denominator?
        var index = 0
        while index < text.count {
            if currency == nil, let found = currencyWord(in: text, at: index) {
                currency = found.value.currency(in: locale)
                index = found.end
            } else if per == nil, let found = perPhrase(in: text, at: index, reader: reader) {
                per = found.denominator
                index = found.end
            } else if per == nil, text.isDigit(index), let found = quantityBeforeAtari(at: index, reader: reader) {
                per = found.denominator
                index = found.end
            } else {
                index += 1
            }
        }
        return currency.map { FigureUnit(.currency($0), per: per, written: header) }
    }

    /// The currency a header's last brackets hold and nothing else (`(£)`, `（元）`, `(k€)`).
    private static func bracketedCurrency(ending header: String, locale: NumberLocale) -> Currency? {
        // The price it asks for has a digit, which most headers lack: their bytes say so first.
        guard NumberScanner.mayHoldDigits(header) else { return nil }
        let trimmed = hasNoSpaceAtEnds(header) ? header : header.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, last == ")" || last == "）",
            let open = trimmed.lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return nil }
        // Only where the words before quote a price of their own (`£0.28/kWh`): `每百万输入token成本（美元）`
        // and `Coût par 1M Tokens (USD)` name the rate the bracketed currency is paid at.
        let before = ScanText(String(trimmed[..<open]))
        let quotesPrice =
            (0..<before.count).contains { before.isDigit($0) }
            && (0..<before.count).contains { CurrencyWords.prefixes.match(in: before, at: $0) != nil }
        guard quotesPrice else { return nil }
        var inner = String(trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)])
            .trimmingCharacters(in: .whitespaces)
        if let first = inner.first, "kKM".contains(first), inner.count > 1 { inner.removeFirst() }
        let text = ScanText(inner)
        guard !inner.isEmpty, let match = CurrencyWords.suffixes.match(in: text, at: 0), match.end == text.count else {
            return nil
        }
        return match.value.currency(in: locale)
    }

    /// Whether `text` opens and closes with a scalar that no whitespace holds (printable ASCII
    /// but the space, kana, a CJK ideograph or a full-width form), as headers do: Foundation's
    /// trimming, which bridges each header of every table, would return it whole.
    private static func hasNoSpaceAtEnds(_ text: String) -> Bool {
        func isSurelyNotSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value &- 0x21 <= 0x7E - 0x21 || scalar.value &- 0x3040 <= 0x9FFF - 0x3040
                || scalar.value &- 0xFF01 <= 0xFF5E - 0xFF01
        }
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        return isSurelyNotSpace(first) && isSurelyNotSpace(last)
    }

    /// A currency symbol, code or word not glued to a Latin word (`USD` but not the `us` of `Cost`).
    private static func currencyWord(in text: ScanText, at index: Int) -> Lexicon<CurrencyWords.Written>.Match? {
        // `(k€)`, `(M$)`: a scale letter may stand right before the currency.
        guard !text.isLatinLetter(index - 1) || isScaleLetter(text.key(index - 1)) && !text.isLatinLetter(index - 2),
            let match = CurrencyWords.suffixes.match(in: text, at: index)
        else { return nil }
        return match
    }

    /// Whether `key` is `k`, `K` or `M`, compared as an integer: this is asked after every Latin
    /// letter of every header.
    private static func isScaleLetter(_ key: UInt32) -> Bool {
        key == 0x6B || key == 0x4B || key == 0x4D
    }

    /// `每百万…`, `per 1M …`, `par million de …`, `/M`: a per-word and what follows it.
    private static func perPhrase(in text: ScanText, at index: Int, reader: FigureReader) -> (
        denominator: Denominator, end: Int
    )? {
        // `per` inside a word (`Super`) is none; a slash may follow a code directly (`USD/1M tokens`).
        guard let per = UnitWords.perWords.match(in: text, at: index),
            text[index] == "/" || text[index] == "／" || !text.isLatinLetter(index - 1)
        else { return nil }
        let start = text.isInlineSpace(per.end) ? per.end + 1 : per.end
        return reader.readDenominatorBody(at: start)
    }

    /// `100万入力トークンあたり`: a counted quantity followed by あたり ("per").
    private static func quantityBeforeAtari(at index: Int, reader: FigureReader) -> (
        denominator: Denominator, end: Int
    )? {
        guard case .figure(let draft) = reader.read(at: index), draft.literal.exponentForm == nil,
            case .count(let thing)? = draft.unit?.measure, draft.unit?.per == nil,
            reader.text.matches(["あ", "た", "り"], at: draft.end),
            let amount = DecimalBuilder.value(
                digits: draft.literal.digits, fractionDigits: draft.literal.fractionDigits,
                exponent: draft.scale?.powerOfTen ?? 0, negative: false
            )
        else { return nil }
        return (Denominator(amount: amount, thing: thing), draft.end + 3)
    }
}
