import Content
import Foundation
import Numbers
import TextKit

/// A share said as a fraction (`約4割`, `6 成`, `四分之一`, `a quarter`, `1 in 4`, `la moitié`)
/// agrees with the share the body gives the same thing: a percentage named in the same words, or
/// a table row's part of its total. `流量费已约占账单的四分之一` over a row of 7,100 in a total of
/// 19,424 (36.6 %), `確認時間は約 3 割減った` over `… = 40% の削減`.
///
/// A fraction is loose: a tenth counter holds within five points, a fraction within five points
/// or a quarter of itself, and `以上`/`more than` open one side. Only a fraction that every share
/// the body names alike disagrees with, and that exactly one such share contradicts, is reported.
struct FractionShareRule: PageRule {
    static let id = "fraction-share"
    static let guessesRelation = true

    /// A fraction said in a run, with where it is.
    struct Fraction {
        var value: Decimal
        var column: Int
        var length: Int
        var text: String
        /// Whether a word after it opens the upper side (`以上`, `more than`) or the lower (`弱`, `under`).
        var atLeast = false
        var atMost = false
    }

    private static let fractionWords = LanguageProfile.all.flatMap {
        $0.fractionWords.map { ($0.key.lowercased(), $0.value) }
    }
    .sorted { $0.0.count > $1.0.count }
    /// Each fraction word with its Characters, split once: every position of a run is compared with each.
    private static let fractionWordCharacters = fractionWords.map { ($0.0, $0.1, Array($0.0)) }
    /// The same, by their first Character: most positions of a run start none of them.
    private static let fractionWordsByFirst = Dictionary(grouping: fractionWordCharacters, by: { $0.2[0] })
    private static let tenthWords = Set(LanguageProfile.all.flatMap(\.tenthWords))
    private static let oneInWords = Set(LanguageProfile.all.flatMap(\.oneInWords).map { $0.lowercased() })
    /// The words for one of every so many as written (`1 in `, `One in `, `un sur `): most English
    /// sentences hold an ` in `, few a `1 in `.
    private static let ones = ["1", "one", "un", "une", "ein", "eine"]
    private static let onesCharacters = ones.map { Array($0) }
    private static let onesFirstCharacters = Set(ones.compactMap(\.first))
    private static let oneInPhrases = oneInWords.flatMap { word in
        ones.flatMap { one in ["\(one) \(word) ", "\(one.prefix(1).uppercased())\(one.dropFirst()) \(word) "] }
    }
    private static let shareWords = LanguageProfile.all.flatMap(\.shareWords).map { $0.lowercased() }
    private static let changeWords = LanguageProfile.all.flatMap(\.changeWords).map { $0.lowercased() }
    /// Characters after `成` that make it part of a word (`成本`, `成功`), not a counter of tenths.
    private static let chengWordCharacters: Set<Character> = [
        "本", "功", "立", "为", "為", "果", "长", "長", "交", "品", "绩", "績", "员", "員", "熟", "型", "人", "年", "分", "就",
        "都", "效", "材", "行", "像",
    ]
    /// The words after a Latin fraction that make it a share of something: `of`, `des`, `der`.
    private static let ofWords: Set<String> = ["of", "the", "des", "du", "de", "der", "des", "aller"]
    /// Characters after a tenth counter that make it a rate, not a share: `3割引` (30 % off), `1割負担`.
    private static let rateAfterTenth: Set<Character> = ["引", "負", "增", "増"]
    private static let cjkDigits: [Character: Int] = [
        "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    ]

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // Most pages say no fraction: what the body states is gathered only once one is found.
        let found = page.runs.filter { !$0.isProgramOutput && Self.mayHoldFraction($0.text) }.compactMap {
            run -> (run: TextRun, chars: [Character], fractions: [Fraction])? in
            let chars = run.characters
            let fractions = Self.fractions(in: chars)
            return fractions.isEmpty ? nil : (run, chars, fractions)
        }
        guard !found.isEmpty else { return }
        let body = page.summaryBody ?? SummaryFigureRule.Body(page)
        let runsByLine = body.runsByLine
        let percents = page.runs.flatMap { run in run.figures.filter { $0.isPercent && $0.number.rangePart == .none } }
        let tables = page.tables.filter { table in table.rowLabels.indices.contains { table.isTotalRow($0) } }
        for (run, chars, fractions) in found {
            for fraction in fractions {
                let terms = Self.terms(around: fraction, in: chars)
                // `四分之一的蜂群（23.2%）`: a fraction beside the percentage it rounds says no more than it.
                var from = fraction.column, to = fraction.column + fraction.length
                while from > 0, !SentenceBounds.isEnd(chars, at: from - 1) { from -= 1 }
                while to < chars.count, !SentenceBounds.isEnd(chars, at: to) { to += 1 }
                let sentence = from..<to
                // A percentage beside it that it does not round (`一半以上（48.5%）`) is the share it means to give.
                guard !terms.isEmpty,
                    !run.figures.contains(where: {
                        $0.isPercent && sentence.contains($0.number.range.column - 1)
                            && !Self.agrees(fraction, $0.number.value / 100)
                    })
                else { continue }
                var shares: [Decimal] = []
                // A share (`占账单的四分之一`) is no change (`流量费增长 … = 19.1%`), nor the other way round.
                let lowered = String(chars).lowercased()
                let saysShare = Self.shareWords.contains { lowered.containsLiteral($0) }
                for percent in percents where percent.line != run.line && percent.number.value <= 100 {
                    guard let other = runsByLine[percent.line] else { continue }
                    let otherChars = other.characters
                    let clause = String(
                        otherChars[
                            ClauseTerms.clauseStart(
                                in: otherChars, before: percent.number.range.column - 1, reach: 40)..<(percent.number
                                .range.column - 1)]
                    ).lowercased()
                    if saysShare, Self.changeWords.contains(where: { clause.containsLiteral($0) }) { continue }
                    let otherTerms = ClauseTerms(before: percent, in: otherChars)
                    let isResult = body.resultPlaces.contains(SummaryFigureRule.Place(percent))
                    let otherSaysShare = Self.shareWords.contains {
                        String(otherChars).lowercased().containsLiteral($0)
                    }
                    guard terms.shared(with: otherTerms) >= (isResult && otherSaysShare ? 1 : 2) else { continue }
                    shares.append(percent.number.value / 100)
                }
                // A row's part of a total is a share only where the sentence says share (`占`, `of the`).
                if saysShare {
                    // `Fares and freight cover about a fifth`: every row the sentence names counts, not
                    // only those of the clause's last words.
                    let sentenceTerms = ClauseTerms(String(chars[sentence]))
                    shares += Self.rowShares(named: terms, sentenceNames: sentenceTerms, in: tables)
                }
                guard !shares.isEmpty else { continue }
                report.relationsChecked += 1
                if shares.contains(where: { Self.agrees(fraction, $0) }) { continue }
                let distinct = Set(shares.map { RoundingRule.halfUp.round($0 * 100, toPowerOfTen: -1) ?? $0 })
                guard distinct.count == 1, let share = distinct.first else { continue }
                let computed = NumberFormatting.format(share, locale: page.locale, fractionDigits: 1) + "%"
                let finding = Diagnostic(
                    .error, rule: Self.id,
                    "share: stated \(fraction.text), computed \(computed) (the body's share for the same item)",
                    at: SourceLocation(file: file, line: run.line, column: run.startColumn + fraction.column),
                    stated: fraction.text, computed: computed, length: fraction.length)
                report.diagnostics.append(finding)
            }
        }
    }

    /// Most runs hold no fraction word, tenth counter or "one in": their bytes say so.
    static func mayHoldFraction(_ text: Substring) -> Bool {
        // The scan lowers ASCII capitals only (`A quarter of`, `La moitié du`): so does this.
        mayHoldTenth(text) || oneInPhraseSet.occurs(in: text) || fractionWordSet.occurs(in: text)
    }
    private static let oneInPhraseSet = LiteralSet(oneInPhrases)
    private static let fractionWordSet = LiteralSet(fractionWords.map(\.0), foldingASCIICase: true)

    /// A tenth counter follows a digit, perhaps after a space (`3割`, `七成`); most `成` and `割`
    /// begin a word (`成本`, `割引`): the bytes before each tell them apart.
    private static func mayHoldTenth(_ text: Substring) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            tenthCounterSet.occurs(in: bytes) { start in
                var end = start
                if end > 0, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
                guard end > 0 else { return false }
                if bytes[end - 1] &- UInt8(ascii: "0") < 10 { return true }
                return cjkDigitBytes.contains { digit in
                    end >= digit.count && bytes[(end - digit.count)..<end].elementsEqual(digit)
                }
            }
        }
    }
    private static let tenthCounterSet = LiteralSet(tenthWords)
    private static let cjkDigitBytes = cjkDigits.keys.map { Array(String($0).utf8) }

    private static func agrees(_ fraction: Fraction, _ share: Decimal) -> Bool {
        let slack = max(Decimal(5) / 100, fraction.value / 4)
        if fraction.atLeast { return share >= fraction.value - slack }
        if fraction.atMost { return share <= fraction.value + slack }
        return abs(share - fraction.value) <= slack
    }

    /// The fractions written in a run's Characters.
    static func fractions(in chars: [Character]) -> [Fraction] {
        var found: [Fraction] = []
        // Only ASCII capitals are lowered: every fraction word is written in lower case or in CJK.
        let lowered = chars.map { $0.isASCII && $0.isUppercase ? Character($0.lowercased()) : $0 }
        var index = 0
        while index < chars.count {
            if let (fraction, end) = tenth(at: index, in: chars) ?? word(at: index, in: lowered)
                ?? oneIn(at: index, in: lowered)
            {
                var marked = fraction
                let after = String(lowered[end..<min(lowered.count, end + 12)])
                marked.atLeast = ["以上", "超", "多", "more than", "over", "plus de", "über", "mehr als"].contains {
                    after.hasPrefix($0) || after.hasPrefix(" " + $0)
                }
                marked.atMost = ["弱", "以下", "未満", "不到", "under", "less than", "moins de", "unter"].contains {
                    after.hasPrefix($0) || after.hasPrefix(" " + $0)
                }
                found.append(marked)
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// `3割`, `3.6割`, `约 4 成`, `七成`: a number of tenths.
    private static func tenth(at index: Int, in chars: [Character]) -> (Fraction, Int)? {
        var cursor = index
        var digits = ""
        if let value = cjkDigits[chars[cursor]] {
            guard cursor == 0 || !chars[cursor - 1].isUnifiedIdeograph || "约約占佔近".contains(chars[cursor - 1]) else {
                return nil
            }
            digits = String(value)
            cursor += 1
        } else {
            guard chars[cursor].isASCII, chars[cursor].isNumber, cursor == 0 || !chars[cursor - 1].isNumber,
                cursor == 0 || chars[cursor - 1] != "."
            else { return nil }
            while cursor < chars.count, chars[cursor].isASCII, chars[cursor].isNumber || chars[cursor] == "." {
                digits.append(chars[cursor])
                cursor += 1
            }
        }
        if cursor < chars.count, chars[cursor] == " " { cursor += 1 }
        guard cursor < chars.count, tenthWords.contains(String(chars[cursor])) else { return nil }
        if cursor + 1 < chars.count, rateAfterTenth.contains(chars[cursor + 1]) { return nil }
        // `2〜3割`: the upper end of a range of tenths says nothing alone.
        if index > 0, "〜~～-–至到".contains(chars[index - 1]) { return nil }
        if chars[cursor] == "成", cursor + 1 < chars.count, chengWordCharacters.contains(chars[cursor + 1]) {
            return nil
        }
        guard let tenths = Decimal(string: digits), tenths > 0, tenths <= 10 else { return nil }
        let end = cursor + 1
        return (
            Fraction(value: tenths / 10, column: index, length: end - index, text: String(chars[index..<end])), end
        )
    }

    /// `四分之一`, `a quarter`, `la moitié`: a fraction word, at word boundaries for Latin words.
    private static func word(at index: Int, in lowered: [Character]) -> (Fraction, Int)? {
        guard let candidates = fractionWordsByFirst[lowered[index]] else { return nil }
        if index > 0, lowered[index].isASCII, lowered[index - 1].isLetter { return nil }
        for (word, value, wordChars) in candidates {
            let end = index + wordChars.count
            guard end <= lowered.count, lowered[index..<end].elementsEqual(wordChars) else { continue }
            if wordChars.last?.isASCII == true {
                guard end < lowered.count, !lowered[end].isLetter else { continue }
                // `a quarter of the bill`, `un tiers du budget`: a fraction of something, not `the quarter` (a period).
                let next = String(lowered[end..<min(lowered.count, end + 6)]).split(separator: " ").first.map(
                    String.init)
                guard let next, Self.ofWords.contains(next) || next.hasPrefix("d'") else { continue }
            }
            return (Fraction(value: value, column: index, length: wordChars.count, text: word), end)
        }
        return nil
    }

    /// `1 in 4`, `one in four`, `1 sur 5`: one of every so many.
    private static func oneIn(at index: Int, in lowered: [Character]) -> (Fraction, Int)? {
        guard onesFirstCharacters.contains(lowered[index]),
            index == 0 || !lowered[index - 1].isLetter && !lowered[index - 1].isNumber
        else { return nil }
        var cursor = index
        for oneChars in onesCharacters {
            guard cursor + oneChars.count < lowered.count,
                lowered[cursor..<(cursor + oneChars.count)].elementsEqual(oneChars),
                lowered[cursor + oneChars.count] == " "
            else { continue }
            cursor += oneChars.count + 1
            let rest = String(lowered[cursor..<min(lowered.count, cursor + 16)])
            guard let word = oneInWords.first(where: { rest.hasPrefix($0 + " ") }) else { return nil }
            cursor += word.count + 1
            var digits = ""
            while cursor < lowered.count, lowered[cursor].isASCII, lowered[cursor].isNumber {
                digits.append(lowered[cursor])
                cursor += 1
            }
            guard let count = Decimal(string: digits), count >= 2 else { return nil }
            return (
                Fraction(
                    value: 1 / count, column: index, length: cursor - index,
                    text: String(lowered[index..<cursor])), cursor
            )
        }
        return nil
    }

    /// The words around a fraction, in its clause.
    private static func terms(around fraction: Fraction, in chars: [Character]) -> ClauseTerms {
        let start = ClauseTerms.clauseStart(in: chars, before: fraction.column, reach: 40)
        var end = fraction.column + fraction.length
        // `手書きの納品書（全体の 1 割程度）は精度が落ちる`: a bracket closes the aside the fraction stands in.
        while end < chars.count, end - fraction.column < 30, !"。！？；;!?，、,.\n）)".contains(chars[end]) { end += 1 }
        let before = String(chars[start..<fraction.column])
        let after = String(chars[(fraction.column + fraction.length)..<end])
        return ClauseTerms(before + " " + after)
    }

    /// The shares of the one row of a table with a total row that the words name: its amount over the total's.
    private static func rowShares(named terms: ClauseTerms, sentenceNames: ClauseTerms, in tables: [CheckedTable])
        -> [Decimal]
    {
        var shares: [Decimal] = []
        var named = 0
        for table in tables {
            for (row, label) in table.rowLabels.enumerated() where !table.isTotalRow(row) {
                let labelTerms = ClauseTerms(label)
                if sentenceNames.shared(with: labelTerms) >= 1 { named += 1 }
                guard terms.shared(with: labelTerms) >= 1 else { continue }
                guard let totalRow = table.rowLabels.indices.first(where: { $0 > row && table.isTotalRow($0) }) else {
                    continue
                }
                for column in 1..<max(1, table.columnCount) {
                    guard let part = table.cells[row][safe: column] ?? nil,
                        let whole = table.cells[totalRow][safe: column] ?? nil, part.isMoney,
                        whole.number.value > 0, part.number.value <= whole.number.value
                    else { continue }
                    shares.append(part.number.value / whole.number.value)
                    break
                }
            }
        }
        return named == 1 ? shares : []
    }
}
