import Foundation
import Numbers
import TextKit

extension PercentChangeRule {
    /// The amounts of a page by value, for finding the two amounts a stated difference lies between.
    struct AmountIndex {
        private var byValue: [Decimal: [LocatedFigure]] = [:]
        /// The cells of the page's total rows that are amounts.
        private(set) var totalCells: [LocatedFigure] = []

        init(_ page: PageFigures) {
            totalCells = page.tables.flatMap { table in
                table.cells.indices.filter(table.isTotalRow).flatMap { table.cells[$0].compactMap { $0 } }
            }.filter(DifferenceBase.isAmount)
            let figures = page.runs.flatMap(\.figures) + page.tables.flatMap { $0.cells.joined().compactMap { $0 } }
            for figure in figures where DifferenceBase.isAmount(figure) {
                byValue[figure.number.value, default: []].append(figure)
            }
        }

        func figures(valued value: Decimal) -> [LocatedFigure] { byValue[value] ?? [] }
    }

    /// `B 社は A 社より 156,200円、率にして 11.5% 安い` after A's 1,512,500円 and B's 1,356,300円, `May
    /// overran it by $1,780, i.e. 92.2 % over budget` after a $150 budget: a difference, then its
    /// percentage with a word saying which way it goes. A rise or an overrun is taken on the
    /// smaller amount, a saving or a fall on the larger; the same difference over the other one is
    /// the slip this catches (156,200 / 1,356,300 = 11.5 %, where 156,200 / 1,512,500 = 10.3 %).
    ///
    /// One of the two amounts stands near the percentage (its sentence, the one before, or the
    /// lines just above); the other may be stated anywhere on the page (a table's total), since
    /// the difference must be exactly theirs. Only a percentage that agrees with the difference
    /// over the wrong amount, and not over the right one, is reported.
    func checkDifferenceBase(
        _ run: TextRun, runIndex: Int, chars: [Character], page: PageFigures, amounts: inout AmountIndex?,
        file: String, into report: inout RuleReport
    ) {
        // `税込、軽減税率8%）、税抜では 864 ÷ 1.08 ＝ 800円`: a rate the run applies as 1 ± p is no change it states.
        let factors = Set(CalculationChain.chains(in: run).flatMap { $0.parts.flatMap(\.figures) }.map(\.number.value))
        for percent in run.figures
        where percent.number.unit?.measure == .percent && percent.number.unit?.per == nil
            && percent.number.rangePart == .none && percent.number.value != 0
        {
            let rate = percent.number.value / 100
            if factors.contains(1 + rate) || factors.contains(1 - rate) { continue }
            let sentence = Self.sentence(around: percent, in: chars)
            if checkWorkedOutBase(
                percent, in: run, sentence: sentence, chars: chars, page: page, file: file, into: &report)
            {
                continue
            }
            let before = run.figures.filter {
                $0.number.range.column < percent.number.range.column && DifferenceBase.isAmount($0)
            }
            let inSentence = before.filter { sentence.contains($0.number.range.column - 1) }
            let previousSentence = before.last { !sentence.contains($0.number.range.column - 1) }.map {
                Self.sentence(around: $0, in: chars)
            }
            let inPrevious = previousSentence.map { range in
                before.filter { range.contains($0.number.range.column - 1) }
            }
            let aboveRuns = page.runs.prefix(runIndex).reversed().prefix {
                $0.line >= percent.line - DifferenceBase.nearLines
            }
            let above = aboveRuns.reversed().flatMap { $0.figures.filter(DifferenceBase.isAmount) }
            // The difference is said in the percentage's sentence, or, when that sentence says no
            // amount (`購入のほうが 25.3％ 安くなります`), just before it.
            let differencesAbove = inSentence.isEmpty && (inPrevious ?? []).isEmpty
            let differences = !inSentence.isEmpty ? inSentence : differencesAbove ? above : inPrevious ?? []
            guard !differences.isEmpty,
                let direction = DifferenceBase.direction(
                    of: percent, after: inSentence.last, from: sentence.lowerBound, in: chars)
            else { continue }
            // `| **Total** | | | **£435.77** |` right above `We overspent by £35.77, i.e. 8.2% over budget`:
            // a total row just above is near too.
            if amounts == nil { amounts = AmountIndex(page) }
            let totalsAbove = amounts!.totalCells.filter {
                $0.line < percent.line && $0.line >= percent.line - DifferenceBase.nearLines
            }
            let near = inSentence + (inPrevious ?? []) + above + totalsAbove
            var wrongBase: (difference: String, value: Decimal, right: LocatedFigure, wrong: LocatedFigure)?
            var agreesWithRightBase = false
            func weigh(
                _ d: Decimal, between one: LocatedFigure, and other: LocatedFigure, said: @autoclosure () -> String
            )
                -> Bool
            {
                let (smaller, larger) = one.number.value < other.number.value ? (one, other) : (other, one)
                let (right, wrong) = direction == .increase ? (smaller, larger) : (larger, smaller)
                if DifferenceBase.agrees(percent, d / right.number.value * 100) { return true }
                if wrongBase == nil, DifferenceBase.agrees(percent, d / wrong.number.value * 100) {
                    wrongBase = (said(), d, right, wrong)
                }
                return false
            }
            search: for difference in differences {
                let d = difference.number.value
                // (An amount equal to the difference is no end of it: `23 个人` beside `23 人`.)
                for one in near where one.number.value != d {
                    guard DifferenceBase.sameKind(one, difference) else { continue }
                    for value in [one.number.value + d, one.number.value - d] where value > 0 {
                        for other in amounts!.figures(valued: value) where DifferenceBase.sameKind(one, other) {
                            if weigh(d, between: one, and: other, said: "the difference \(difference.number.text)") {
                                agreesWithRightBase = true
                                break search
                            }
                        }
                    }
                }
            }
            // `USD 1,329 per bike … USD 1,440 per bike, so our per-bike cost is 8.4% lower`: no
            // difference said, two amounts of the sentence (or the one before) compared.
            if !agreesWithRightBase, wrongBase == nil, !differencesAbove {
                let after = run.figures.filter {
                    $0.number.range.column > percent.number.range.column
                        && sentence.contains($0.number.range.column - 1)
                        && DifferenceBase.isAmount($0)
                }
                let close = inSentence + (inPrevious ?? []) + after
                // `見積が72万円だったのに、…85万円に。見積から15.3%のオーバー`: a sentence with no amount of its
                // own compares the two of the sentence before.
                let comparesPrevious = inSentence.isEmpty && after.isEmpty && inPrevious?.count == 2
                let ownSentence = Set((comparesPrevious ? close : inSentence + after).map(\.column))
                pairs: for (index, one) in close.enumerated() {
                    for other in close[(index + 1)...]
                    where DifferenceBase.sameKind(one, other) && one.number.value != other.number.value
                        && (ownSentence.contains(one.column) || ownSentence.contains(other.column))
                    {
                        // `Flash costs 40.4 % of Mistral`: a ratio of the two is no change between them.
                        if DifferenceBase.agrees(percent, one.number.value / other.number.value * 100)
                            || DifferenceBase.agrees(percent, other.number.value / one.number.value * 100)
                        {
                            agreesWithRightBase = true
                            break pairs
                        }
                        let d = (one.number.value - other.number.value).magnitude
                        if weigh(
                            d, between: one, and: other,
                            said: "the difference between \(one.number.text) and \(other.number.text)")
                        {
                            agreesWithRightBase = true
                            break pairs
                        }
                    }
                }
            }
            if agreesWithRightBase { report.relationsChecked += 1 }
            guard !agreesWithRightBase, let (said, d, right, wrong) = wrongBase,
                !DifferenceBase.namesItsBase(Array(String(chars[sentence]).lowercased()))
            else { continue }
            report.compare(
                percent, computed: Quantity(d / right.number.value * 100, percent.number.unit),
                rule: Self.id, file: file, locale: page.locale,
                explanation: "\(said) on \(right.number.text), not on \(wrong.number.text)",
                what: "percentage change", knownSlip: true)
        }
    }
}

extension PercentChangeRule {
    /// `Enrollment growth was (52 − 38) ÷ 52 = 26.9%`, `l'économie est de (5,32 − 4,81) ÷ 4,81 =
    /// 10,6 %`: a difference worked out over one of its own two amounts, the other one than its
    /// direction word takes (a rise over the smaller, a saving over the larger). The arithmetic
    /// holds; the base does not. Whether the percentage is such a calculation's result.
    private func checkWorkedOutBase(
        _ percent: LocatedFigure, in run: TextRun, sentence: Range<Int>, chars: [Character], page: PageFigures,
        file: String, into report: inout RuleReport
    ) -> Bool {
        guard
            let chain = CalculationChain.chains(in: run).first(where: {
                $0.computation?.stated.map { $0.line == percent.line && $0.column == percent.column } == true
            }),
            let part = chain.computation?.part,
            let (one, other, base) = Self.workedOutEnds(of: part, above: percent.line, page: page)
        else { return false }
        let lowered = Array(String(chars[sentence]).lowercased())
        // `粗利率 ＝ 1,118,000 ÷ 1,126,000`: a margin named right before its calculation is taken on the
        // price, unless the sentence says on cost (`une marge de (720 − 620) / 620` of paint is a surplus).
        let firstOperand = part.figures[0].number.range.column - 1 - (part.tokens.first == .open ? 1 : 0)
        let lead = sentence.lowerBound < firstOperand ? Array(chars[sentence.lowerBound..<firstOperand]) : []
        let isMargin = DifferenceBase.namesMarginOnPrice(lead: lead, sentence: lowered)
        guard one.number.value != other.number.value, one.number.value > 0, other.number.value > 0,
            base.number.value == one.number.value || base.number.value == other.number.value,
            let direction = DifferenceBase.direction(
                of: percent, workedOutFrom: part.figures[0], from: sentence.lowerBound, in: chars)
                ?? (isMargin ? .decrease : nil)
        else { return true }
        let (smaller, larger) = one.number.value < other.number.value ? (one, other) : (other, one)
        let right = direction == .increase ? smaller : larger
        guard base.number.value != right.number.value, !DifferenceBase.namesItsBase(lowered) else { return true }
        let d = (one.number.value - other.number.value).magnitude
        report.compare(
            percent, computed: Quantity(d / right.number.value * 100, percent.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation: isMargin
                ? "a margin is taken on the price \(right.number.text), not on \(base.number.text)"
                : direction == .increase
                    ? "a rise is taken on the smaller \(right.number.text), not on \(base.number.text)"
                    : "a fall or saving is taken on the larger \(right.number.text), not on \(base.number.text)",
            what: "percentage change", knownSlip: true)
        return true
    }

    /// The two amounts a worked-out percentage's difference lies between, and the amount it is taken
    /// on: `(52 − 38) ÷ 52`, or `73,800 ÷ 635,000` where the lines just above work out
    /// `708,800 − 635,000 ＝ 73,800`.
    private static func workedOutEnds(of part: CalculationChain.Part, above line: Int, page: PageFigures) -> (
        LocatedFigure, LocatedFigure, LocatedFigure
    )? {
        let ops = part.operators
        let timesOnly = { (rest: ArraySlice<Character>) in rest.allSatisfy { $0 == "×" || $0 == "*" } }
        if part.figures.count >= 3, ops.count >= 2,
            part.tokens.starts(with: [.open, .operand(0), .operator(ops[0]), .operand(1), .close]),
            "−-".contains(ops[0]), "÷/／".contains(ops[1]), timesOnly(ops.dropFirst(2))
        {
            return (part.figures[0], part.figures[1], part.figures[2])
        }
        guard part.figures.count >= 2, let divide = ops.first, "÷/／".contains(divide),
            part.tokens.starts(with: [.operand(0), .operator(divide), .operand(1)]), timesOnly(ops.dropFirst())
        else { return nil }
        let difference = part.figures[0]
        for run in page.runs where run.line <= line && run.line >= line - DifferenceBase.nearLines {
            for chain in CalculationChain.chains(in: run) {
                guard case let (worked, _, stated?)? = chain.computation, worked.figures.count == 2,
                    worked.operators.count == 1, let minus = worked.operators.first, "−-".contains(minus),
                    worked.tokens == [.operand(0), .operator(minus), .operand(1)],
                    stated.number.value == difference.number.value
                else { continue }
                return (worked.figures[0], worked.figures[1], part.figures[1])
            }
        }
        // `予算 80万円に対しては 67,900円の超過となり、超過率は 67,900 ÷ 867,900`: the amount near it that
        // the divisor lies the difference away from is the other end.
        let divisor = part.figures[1]
        let ends = [divisor.number.value - difference.number.value, divisor.number.value + difference.number.value]
        for run in page.runs where run.line <= line && run.line >= line - DifferenceBase.nearLines {
            if let other = run.figures.first(where: { other in
                ends.contains(other.number.value) && DifferenceBase.isAmount(other)
                    && DifferenceBase.sameKind(other, divisor)
                    && (other.line, other.column) != (difference.line, difference.column)
            }) {
                return (divisor, other, divisor)
            }
        }
        return nil
    }
}

/// What a difference's percentage is taken on.
enum DifferenceBase {
    enum Direction { case increase, decrease }

    /// Lines above a percentage whose amounts may be the difference's ends.
    static let nearLines = 4

    /// An amount a difference may be taken between, a rate too (`324 € par an` against a yearly
    /// price in a table). A bare figure under ten is more often a count, an index or a version
    /// (`C++17 比 C++98`, `2 个人`) than an amount.
    static func isAmount(_ figure: LocatedFigure) -> Bool {
        figure.number.unit?.measure != .percent && figure.number.rangePart == .none && figure.number.value > 0
            && !figure.isBareYear && (figure.number.unit != nil || figure.number.value >= 10)
    }

    /// Two amounts of one measure; a figure written without its unit (`差 156,200`, `144 ÷ 2 484`)
    /// goes with any.
    static func sameKind(_ amount: LocatedFigure, _ other: LocatedFigure) -> Bool {
        amount.number.unit == nil || other.number.unit == nil
            || amount.number.unit?.measure == other.number.unit?.measure
    }

    static func agrees(_ percent: LocatedFigure, _ computed: Decimal) -> Bool {
        Agreement.compare(stated: percent.number, computed: computed.magnitude).isAgreement
    }

    private static let increaseWords = LanguageProfile.all.flatMap(\.increaseWords).map { Array($0.lowercased()) }
    private static let decreaseWords = LanguageProfile.all.flatMap { $0.decreaseWords + $0.lessThanWords }.map {
        Array($0.lowercased())
    }
    private static let budgetWords = LanguageProfile.all.flatMap(\.budgetWords).map { Array($0.lowercased()) }
    private static let otherExcludingWords = LanguageProfile.all.flatMap { $0.shareWords + $0.pointWords }
        .map { Array($0.lowercased()) }
    /// A margin, a share or a count of points is no change; nor is a percentage worked out on its
    /// line (`32,500 ÷ 289,300 ≈ 11.2%`), which the calculation rules check.
    private static let excludingWords = LanguageProfile.all.flatMap { $0.marginWords + $0.shareWords + $0.pointWords }
        .map { Array($0.lowercased()) }
    private static let outOfWords = LanguageProfile.all.flatMap(\.outOfWords).map { Array($0.lowercased()) }
    private static let priceMarginWords = LanguageProfile.all.flatMap(\.priceMarginWords).map {
        Array($0.lowercased())
    }
    private static let costBaseWords = LanguageProfile.all.flatMap(\.costBaseWords).map { Array($0.lowercased()) }

    /// Whether the words before a calculation end with a margin taken on the price and an equals sign or colon
    /// (`粗利率 ＝`, `Marge :`), and the lowercased sentence does not take it on cost.
    static func namesMarginOnPrice(lead: [Character], sentence: [Character]) -> Bool {
        var end = lead.count
        while end > 0, " =＝:：は".contains(lead[end - 1]) { end -= 1 }
        guard end < lead.count, lead[end..<lead.count].contains(where: { "=＝:：".contains($0) }) else { return false }
        let name = Array(String(lead[..<end]).lowercased())
        return priceMarginWords.contains { $0.count <= name.count && Array(name.suffix($0.count)) == $0 }
            && !costBaseWords.contains { contains($0, in: sentence) }
    }

    /// Which way the change goes, by the direction word nearest the percentage: right after it
    /// (`11.5% 安い`, `24 % cheaper`, `4.6% の超過`, `（14.3%）安い`), else between the difference and it, else
    /// just before the difference (`ein Plus von 4.425,50 €`). Nil when no word says, or when the
    /// percentage is a margin, a share, a count of points, the result of a calculation or the
    /// start of a change to another percentage (`由 62% 提高到 66%`).
    /// `difference` is nil when the sentence states none before the percentage: a word of an
    /// earlier sentence says nothing of it, so only the sentence's own words from
    /// `sentenceStart` count.
    static func direction(
        of percent: LocatedFigure, after difference: LocatedFigure?, from sentenceStart: Int, in chars: [Character]
    ) -> Direction? {
        let percentStart = percent.number.range.column - 1
        let after = textRightAfter(percent, in: chars)
        let differenceStart = difference.map { $0.number.range.column - 1 } ?? percentStart
        let differenceEnd =
            difference.map { $0.number.range.column - 1 + $0.number.range.length } ?? min(sentenceStart, percentStart)
        let between =
            differenceEnd <= percentStart ? Array(String(chars[differenceEnd..<percentStart]).lowercased()) : []
        var beforeStart = min(differenceStart, max(sentenceStart, differenceStart - 12))
        // (`le dépassement de 542 €`: a Latin word the reach cuts is taken whole.)
        while beforeStart > sentenceStart, beforeStart < differenceStart, chars[beforeStart].isLatinLetter,
            chars[beforeStart - 1].isLatinLetter
        {
            beforeStart -= 1
        }
        let before = Array(String(chars[beforeStart..<differenceStart]).lowercased())
        if between.contains(where: { "=＝÷/／×≈".contains($0) }) { return nil }
        // `leaving £84.30, a margin of 41.4 % on the ticket price`: a margin is taken on the price, the larger.
        let clauseAfter = Array(after.prefix { !".。;；!！?？".contains($0) })
        let named = { (words: [[Character]]) in
            words.contains { contains($0, in: clauseAfter) || contains($0, in: between) }
        }
        if named(priceMarginWords), !named(costBaseWords), !named(otherExcludingWords) { return .decrease }
        // `le dépassement de 2 558,40 € représente 14,6 % du budget voté`: a share of the budget names the
        // base a change against it is taken on, whichever way the sentence says it goes.
        let phraseAfter = clauseAfter.prefix { !"、，,".contains($0) }
        if budgetWords.contains(where: { contains($0, in: Array(phraseAfter)) }) {
            let opening = Array(String(chars[min(sentenceStart, differenceStart)..<differenceStart]).lowercased())
            // (`I went $111.50 over, which is 12.9% over budget`: the phrase after it may say which way.)
            return wordEnding(between) ?? wordEnding(opening) ?? wordStarting(after)
        }
        if excludingWords.contains(where: { contains($0, in: after) || contains($0, in: between) }) { return nil }
        if outOfWords.contains(where: { word(word: $0, at: 0, in: after) }) { return nil }
        // `62% 提高到 66%`: the first of two percentages is a level the change starts from.
        if after.prefix(8).contains(where: { $0 == "%" || $0 == "％" }) { return nil }
        return wordStarting(after) ?? overRightAfter(after) ?? wordEnding(between) ?? wordEnding(before)
            ?? signed(percent)
    }

    /// `20.2% over what I planned`: right after a percentage, `over` says it goes up, though
    /// elsewhere it spans time (`over three years`).
    private static func overRightAfter(_ after: [Character]) -> Direction? {
        after.starts(with: Array("over ")) ? .increase : nil
    }

    /// `contre 95 l'an dernier, soit +37 %`: a sign written on the percentage says which way it goes.
    private static func signed(_ percent: LocatedFigure) -> Direction? {
        switch percent.number.text.first {
        case "+", "＋": .increase
        case "−", "-", "－": .decrease
        default: nil
        }
    }

    /// Which way a worked-out change goes (`Enrollment growth was (52 − 38) ÷ 52 = 26.9%`): the
    /// word right after the percentage, else the last one of its sentence before the calculation.
    static func direction(
        of percent: LocatedFigure, workedOutFrom first: LocatedFigure, from sentenceStart: Int, in chars: [Character]
    ) -> Direction? {
        let after = textRightAfter(percent, in: chars)
        let start = min(sentenceStart, first.number.range.column - 1)
        let before = Array(String(chars[start..<(first.number.range.column - 1)]).lowercased())
        if excludingWords.contains(where: { contains($0, in: after) || contains($0, in: before) }) { return nil }
        return wordStarting(after) ?? wordEnding(before)
    }

    /// The dozen lowercased Characters after a percentage, past a space, a closing bracket or a
    /// particle (`11.5% 安い`, `（14.3%）安い`, `4.6% の超過`): where a direction word right after it stands.
    private static func textRightAfter(_ percent: LocatedFigure, in chars: [Character]) -> [Character] {
        let end = min(chars.count, percent.number.range.column - 1 + percent.number.range.length)
        var start = end
        while start < chars.count, start < end + 3, " )）の的之".contains(chars[start]) { start += 1 }
        var stop = min(chars.count, start + 12)
        // (`7,7 % du prévisionnel`: a Latin word the reach cuts is taken whole.)
        while stop < chars.count, stop > start, chars[stop].isLatinLetter, chars[stop - 1].isLatinLetter { stop += 1 }
        return Array(String(chars[start..<stop]).lowercased())
    }

    private static let baseWords = LanguageProfile.all.flatMap(\.baseWords).map { Array($0.lowercased()) }

    /// Whether a sentence names the base its percentage is taken on (`以分期總額為基準`).
    static func namesItsBase(_ sentence: [Character]) -> Bool {
        baseWords.contains { contains($0, in: sentence) }
    }

    /// The direction word that opens `chars`.
    private static func wordStarting(_ chars: [Character]) -> Direction? {
        if eitherWayWords.contains(where: { word(word: $0, at: 0, in: chars) }) { return nil }
        return classify(
            up: increaseWords.filter { word(word: $0, at: 0, in: chars) }.map(\.count).max(),
            down: decreaseWords.filter { word(word: $0, at: 0, in: chars) }.map(\.count).max())
    }

    private static let eitherWayWords = LanguageProfile.all.flatMap(\.eitherWayWords).map { Array($0.lowercased()) }

    /// The direction word nearest the end of `chars`; none when a word for a change either way
    /// (`増減率`) comes first.
    private static func wordEnding(_ chars: [Character]) -> Direction? {
        for end in stride(from: chars.count, through: 1, by: -1) {
            if eitherWayWords.contains(where: { $0.count <= end && word(word: $0, at: end - $0.count, in: chars) }) {
                return nil
            }
            let up = increaseWords.filter { $0.count <= end && word(word: $0, at: end - $0.count, in: chars) }
            let down = decreaseWords.filter { $0.count <= end && word(word: $0, at: end - $0.count, in: chars) }
            if let found = classify(up: up.map(\.count).max(), down: down.map(\.count).max()) { return found }
        }
        return nil
    }

    /// The longer of the two words found wins: `less` within `more or less` is none.
    private static func classify(up: Int?, down: Int?) -> Direction? {
        if let up, up > (down ?? 0) { return .increase }
        return down == nil ? nil : .decrease
    }

    private static func contains(_ word: [Character], in chars: [Character]) -> Bool {
        chars.indices.contains { Self.word(word: word, at: $0, in: chars) }
    }

    /// Whether `word` is written at `offset` of `chars`, whole when it is Latin. (Words are kept
    /// as Characters: a sentence is asked for a hundred words at each of its places.)
    private static func word(word: [Character], at offset: Int, in chars: [Character]) -> Bool {
        guard offset >= 0, offset + word.count <= chars.count, chars[offset] == word[0] else { return false }
        for index in 1..<word.count where chars[offset + index] != word[index] { return false }
        return isWhole(word, at: offset, in: chars)
    }

    /// A Latin word stands whole (the `up` of `backup` is none); an ideographic one anywhere.
    private static func isWhole(_ word: [Character], at offset: Int, in chars: [Character]) -> Bool {
        guard word[0].isASCII || word[0].isLetter && word[0].isLowercase else { return true }
        let before = offset > 0 ? chars[offset - 1] : " "
        let afterIndex = offset + word.count
        let after = afterIndex < chars.count ? chars[afterIndex] : " "
        return !before.isLetter && !after.isLetter
    }
}
