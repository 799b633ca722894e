/// The scale words and suffixes that multiply a figure by a power of ten.
///
/// `兆` is 10¹² (its Japanese and financial Chinese sense, not the "mega" of 兆瓦); `B` is a
/// thousand million. Suffix letters (`K`, `M`, `B`) must be glued to the digits (`10M`), so a
/// unit letter after a space is not taken for a scale; words may follow a space (`10 millions`).
enum ScaleWords {
    static let gluedLetters = Lexicon([
        ("K", 3), ("k", 3), ("M", 6), ("B", 9), ("bn", 9), ("Mio", 6), ("Mrd", 9), ("Md", 9),
    ])

    static let latinWords = Lexicon(
        [
            ("thousand", 3), ("thousands", 3), ("million", 6), ("millions", 6), ("billion", 9), ("billions", 9),
            ("trillion", 12), ("trillions", 12), ("milliard", 9), ("milliards", 9), ("Mio", 6), ("Mrd", 9),
            ("Mio.", 6), ("Mrd.", 9), ("Mds", 9), ("Tsd.", 3), ("bn", 9),
        ], ignoresCase: true)

    static let cjk = Lexicon([
        ("万亿", 12), ("萬億", 12), ("千万", 7), ("千萬", 7), ("百万", 6), ("百萬", 6), ("十万", 5), ("十萬", 5), ("亿", 8), ("億", 8),
        ("万", 4), ("萬", 4), ("千", 3), ("兆", 12),
    ])

    /// Characters after `千` that make it the SI prefix kilo (`千瓦` kW, `千米` km), not a scale.
    static let kiloUnitCharacters: Set<Character> = ["瓦", "米", "克", "卡", "字"]

    /// The scale written at `index` right after a number, with the index after it.
    static func match(in text: ScanText, at index: Int) -> (scale: Scale, end: Int)? {
        if let glued = gluedLetters.match(in: text, at: index) ?? latinWords.match(in: text, at: index)
            ?? cjkMatch(in: text, at: index)
        {
            return (Scale(word: glued.word, powerOfTen: glued.value), glued.end)
        }
        guard text.isInlineSpace(index) else { return nil }
        if let spaced = latinWords.match(in: text, at: index + 1) ?? cjkMatch(in: text, at: index + 1) {
            return (Scale(word: spaced.word, powerOfTen: spaced.value), spaced.end)
        }
        if let abbreviation = spacedAbbreviations.match(in: text, at: index + 1),
            isFollowedByAmountWord(abbreviation, in: text)
        {
            return (Scale(word: abbreviation.word, powerOfTen: abbreviation.value), abbreviation.end)
        }
        return nil
    }

    /// Abbreviations the language profiles allow after a space: `45 M tokens`, `1,2 Md€`, `3,5 Mio. €`.
    static let spacedAbbreviations = Lexicon(
        LanguageProfile.all.flatMap(\.spacedScaleWords).reduce(into: [(String, Int)]()) { list, entry in
            if !list.contains(where: { $0.0 == entry.0 }) { list.append(entry) }
        })

    /// A one- or two-letter abbreviation after a space is a scale only when a currency or a unit
    /// word follows it (`45 M tokens`, `12 k€`), never at a sentence's end or before a name.
    private static func isFollowedByAmountWord(_ match: Lexicon<Int>.Match, in text: ScanText) -> Bool {
        guard match.word.count <= 2 else { return true }
        var position = match.end
        // `| 57,6 M |`: a table cell that ends on it, its column's header naming what it counts.
        var end = position
        while text.isInlineSpace(end) { end += 1 }
        if text[end] == nil { return text.startsMidLine }
        if let next = text[position], CurrencyWords.isCurrencySymbol(next) { return true }
        guard text.isInlineSpace(position) else { return false }
        position += 1
        guard let next = text[position] else { return false }
        if CurrencyWords.isCurrencySymbol(next) { return true }
        return next.isLetter && next.isLowercase || "×*/÷=＝".contains(next) || isAcronym(at: position, in: text)
    }

    /// `9.0 bn WRU`, `45 M API calls`: a unit written as two to five capitals, then no letter.
    private static func isAcronym(at start: Int, in text: ScanText) -> Bool {
        var end = start
        while let c = text[end], c.isASCII, c.isUppercase, end - start < 6 { end += 1 }
        return (2...5).contains(end - start) && !(text[end]?.isLetter ?? false)
    }

    /// `£24.4m`, `$3.5m`: after a currency sign a glued `m` is millions (without one, metres).
    static func currencyMillions(in text: ScanText, at index: Int) -> Int? {
        guard text[index] == "m", !(text[index + 1]?.isLetter ?? false), !(text[index + 1]?.isNumber ?? false),
            text[index + 1] != "²", text[index + 1] != "³"
        else { return nil }
        return index + 1
    }

    private static func cjkMatch(in text: ScanText, at index: Int) -> Lexicon<Int>.Match? {
        guard let match = cjk.match(in: text, at: index) else { return nil }
        if match.word == "千", let next = text[match.end], kiloUnitCharacters.contains(next) { return nil }
        return match
    }
}
