import Foundation

extension FigureReader {
    /// Reads what follows the number and scale: percent, a currency, or a counted thing, and
    /// then a rate denominator (`/M`, `/月`, `per 1M tokens`, `par million de tokens`).
    func readUnit(into draft: inout FigureDraft) {
        var position = draft.scaleEnd
        var measure: Measure?
        if let currency = draft.prefixCurrency {
            measure = .currency(currency)
            // `$25 CAD`, `$18.59 US`: a dollar sign says which dollar by the code after the figure.
            if currency == .usd, let code = afterOptionalSpace(position, CurrencyWords.suffixes.match(in:at:)),
                code.word.count >= 2, code.word.allSatisfy({ $0.isUppercase }),
                case .currency(let named) = Measure.currency(code.value.currency(in: locale))
            {
                measure = .currency(named)
                position = code.end
            } else if text[position] == " ", text[position + 1] == "U", text[position + 2] == "S",
                !(text[position + 3]?.isLetter ?? false)
            {
                position += 3
            }
        } else if let percent = afterOptionalSpace(position, UnitWords.percent.match(in:at:)) {
            measure = .percent
            position = percent.end
        } else if draft.scale == nil,
            let cents = afterOptionalSpace(position, CurrencyWords.cents.match(in:at:))
                ?? CurrencyWords.gluedCents.match(in: text, at: position)
        {
            // `11,2 ct`, `6.7 cents`: a hundredth of the currency, which the calculation beside it counts in.
            measure = .currency(cents.value)
            draft.scale = Scale(word: cents.word, powerOfTen: -2)
            position = cents.end
        } else if let currency = afterOptionalSpace(position, CurrencyWords.suffixes.match(in:at:))
            ?? currencyAfterQualifier(position)
        {
            measure = .currency(currency.value.currency(in: locale))
            position = currency.end
        } else if let thing = countedThing(at: position) {
            measure = .count(thing.value)
            position = thing.end
        }
        guard let measure else { return }
        var per: Denominator?
        if measure != .percent, let denominator = readDenominator(after: position) {
            per = denominator.denominator
            position = denominator.end
        } else if case .currency = measure,
            let leading = leadingDenominator(before: draft.prefixStart ?? draft.literal.start)
        {
            per = leading
        }
        draft.end = position
        draft.unit = FigureUnit(measure, per: per, written: writtenUnit(draft))
    }

    /// The unit as written: the currency prefix, and the text after the scale word, without the
    /// spaces that separate them from the digits.
    private func writtenUnit(_ draft: FigureDraft) -> String {
        var prefixEnd = draft.literal.start
        if let start = draft.prefixStart, text.isInlineSpace(prefixEnd - 1), prefixEnd - 1 > start { prefixEnd -= 1 }
        let prefix = draft.prefixStart.map { text.text($0..<prefixEnd) } ?? ""
        let suffixStart = text.isInlineSpace(draft.scaleEnd) ? draft.scaleEnd + 1 : draft.scaleEnd
        return prefix + text.text(min(suffixStart, draft.end)..<draft.end)
    }

    /// A currency after `de`/`d'`: `10 millions d'euros`, `2 milliards de dollars`.
    private func currencyAfterQualifier(_ position: Int) -> Lexicon<CurrencyWords.Written>.Match? {
        guard text.isInlineSpace(position), let qualifier = UnitWords.qualifiers.match(in: text, at: position + 1),
            qualifier.word == "de" || qualifier.word == "d'"
        else { return nil }
        let start = text.isInlineSpace(qualifier.end) ? qualifier.end + 1 : qualifier.end
        return CurrencyWords.suffixes.match(in: text, at: start)
    }

    /// A counted thing glued or after one space, possibly after a qualifier (`输入token`, `de tokens`).
    private func countedThing(at position: Int) -> Lexicon<CountedThing>.Match? {
        UnitWords.thing(in: text, at: position, glued: true) ?? countedThingAfterConnector(position)
            ?? japaneseMinutes(at: position)
    }

    /// `25 分`, `90分間` in Japanese are minutes; `3分の1` is a third, and Chinese `分` is as often a
    /// cent or a point, so only a Japanese page reads it so.
    private func japaneseMinutes(at position: Int) -> Lexicon<CountedThing>.Match? {
        guard locale == .ja else { return nil }
        let start = text.isInlineSpace(position) ? position + 1 : position
        guard text[start] == "分", text[start + 1] != "の" else { return nil }
        let end = text[start + 1] == "間" ? start + 2 : start + 1
        return Lexicon<CountedThing>.Match(value: .other("min"), word: text.text(start..<end), start: start, end: end)
    }

    /// The rate denominator after a unit: a per-word, then an amount and/or a thing.
    private func readDenominator(after position: Int) -> (denominator: Denominator, end: Int)? {
        var cursor = text.isInlineSpace(position) ? position + 1 : position
        guard let per = UnitWords.perWords.match(in: text, at: cursor) else { return nil }
        // `per` and `par` are words: they need a space on both sides. `/` and `每` must be glued,
        // because `$80,000 / 36个月` is a division, not a rate.
        let isWord = per.word != "/" && per.word != "每"
        if isWord != (cursor != position) { return nil }
        cursor = per.end
        if isWord {
            guard text.isInlineSpace(cursor) else { return nil }
            cursor += 1
        }
        // `0,25 $ le million de tokens`: French prices a scale's worth with the article, and only
        // that (`12 € le mois dernier` is last month's, not a month's rate).
        // `5,30 € le m³` prices a unit symbol's worth too.
        if per.word.lowercased() == "le", ScaleWords.latinWords.match(in: text, at: cursor) == nil,
            !isPricedSymbol(at: cursor)
        {
            return nil
        }
        return readDenominatorBody(at: cursor)
    }

    /// `| 每千次 0.35 元 |`: a table cell may name the rate's denominator first; only one of a
    /// scale's worth (a thousand calls, a million tokens) changes what the price multiplies.
    private func leadingDenominator(before start: Int) -> Denominator? {
        guard text.startsMidLine else { return nil }
        for index in stride(from: start - 1, through: max(0, start - 12), by: -1) where text[index] == "每" {
            guard let (denominator, end) = readDenominatorBody(at: index + 1), denominator.amount > 1,
                end == start || text.isInlineSpace(end) && end + 1 == start
            else { return nil }
            return denominator
        }
        return nil
    }

    /// A measure's symbol standing alone at `position` (`m³`, `kg`, `kWh`), not the start of a word.
    private func isPricedSymbol(at position: Int) -> Bool {
        guard let symbol = UnitWords.symbols.match(in: text, at: position) else { return false }
        return text[symbol.end]?.isLetter != true
    }

    /// A denominator's amount and thing at `start`: `1M tokens`, `百万输入token`, `M`, `kWh`, `月`.
    func readDenominatorBody(at start: Int) -> (denominator: Denominator, end: Int)? {
        var cursor = start
        var amount = Decimal(1)
        var namesScale = false
        if text.isDigit(cursor), case .literal(let literal) = LiteralLexer(text: text, marks: marks).read(at: cursor) {
            let scale = ScaleWords.match(in: text, at: literal.end)
            let power = literal.exponent + (scale?.scale.powerOfTen ?? 0)
            guard
                let value = DecimalBuilder.value(
                    digits: literal.digits, fractionDigits: literal.fractionDigits, exponent: power, negative: false),
                value != 0
            else { return nil }
            amount = value
            namesScale = scale != nil
            cursor = scale?.end ?? literal.end
        } else if text[cursor] == "个" || text[cursor] == "個", let thing = denominatorThing(at: cursor + 1) {
            // `每个输入 token`: one of the thing, counted with its classifier.
            return (Denominator(amount: 1, thing: thing.value), thing.end)
        } else if text[cursor] == "百", let thing = denominatorThing(at: cursor + 1) {
            // `升/百公里`, `每百元`: a hundred of the thing, which no scale word after a figure says.
            return (Denominator(amount: 100, thing: thing.value), thing.end)
        } else if let scale = ScaleWords.gluedLetters.match(in: text, at: cursor) ?? ScaleWords.latinWords.match(
            in: text, at: cursor)
            ?? ScaleWords.cjk.match(in: text, at: cursor)
        {
            amount = Decimal(sign: .plus, exponent: scale.value, significand: 1)
            namesScale = true
            cursor = scale.end
        }
        if let thing = denominatorThing(at: cursor) {
            return (Denominator(amount: amount, thing: thing.value), thing.end)
        }
        // `$/M` and `/百万` name only a scale: in these reports that is a number of tokens.
        return namesScale ? (Denominator(amount: amount, thing: .tokens), cursor) : nil
    }

    private func denominatorThing(at position: Int) -> Lexicon<CountedThing>.Match? {
        UnitWords.thing(in: text, at: position, glued: false) ?? UnitWords.denominatorSymbols.match(
            in: text, at: position)
            ?? countedThingAfterConnector(position)
    }

    /// A thing after a space, `de`/`d'` or a qualifier: `million de tokens`, `1M tokens`, `百万输入token`.
    private func countedThingAfterConnector(_ position: Int) -> Lexicon<CountedThing>.Match? {
        let start = text.isInlineSpace(position) ? position + 1 : position
        if start != position, let spaced = UnitWords.thing(in: text, at: start, glued: false) { return spaced }
        guard let qualifier = UnitWords.qualifiers.match(in: text, at: start) else { return nil }
        let unitStart = text.isInlineSpace(qualifier.end) ? qualifier.end + 1 : qualifier.end
        return UnitWords.thing(in: text, at: unitStart, glued: false)
    }

    /// A lexicon match glued at `position` or after one inline space.
    private func afterOptionalSpace<V>(_ position: Int, _ match: (ScanText, Int) -> Lexicon<V>.Match?) -> Lexicon<V>
        .Match?
    {
        if let glued = match(text, position) { return glued }
        return text.isInlineSpace(position) ? match(text, position + 1) : nil
    }
}
