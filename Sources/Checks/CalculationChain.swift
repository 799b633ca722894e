import Numbers

/// A written calculation found in a line of prose: `A × B = C`, `(A − B) / A = x %`, `= A + B = C`.
///
/// Parts are separated by `=`; the first part with an operator is the computation, and every
/// single figure after it is a claim about its value (`X = A + B` claims X the other way round).
struct CalculationChain {
    /// The figures, operators and brackets of each `=`-separated part.
    struct Part {
        var figures: [LocatedFigure]
        /// The operators between consecutive figures, in order: `figures.count - 1` of them.
        var operators: [Character]
        /// The part as written: figures (by index), operators and matched brackets.
        var tokens: [CalculationToken] = []
        var isApproximate = false
        /// Whether the part says the figure before it again (`, soit environ 1,35 M€`).
        var isRestatement = false
        /// The upper ends of ranges standing for one operand or result (`35 à 45 CNY`), by the
        /// index of the lower end among `figures`: the part is worked out once for each end.
        var upperEnds: [Int: LocatedFigure] = [:]

        /// Whether a quantity was joined to its price by a word (`20 m at €47.50`), which may
        /// take a size for the count.
        var isPricedAt = false

        /// Whether the part computes something rather than stating one figure.
        var isComputation: Bool { !operators.isEmpty }

        /// The part with each range operand at its upper end; a unit written once (`€590–640`) is both ends'.
        var atUpperEnds: Part {
            var copy = self
            for (index, upper) in upperEnds {
                var end = upper
                if end.number.unit == nil { end.number.unit = figures[index].number.unit }
                copy.figures[index] = end
            }
            copy.upperEnds = [:]
            return copy
        }
    }

    let parts: [Part]
    /// The chain's calculation with its computed value, and the figure stated as its result (nil
    /// when the chain states none). Worked out once, when the chain is found: five rules ask for it.
    let computation: (part: Part, computed: Quantity, stated: LocatedFigure?)?

    init(parts: [Part]) {
        self.parts = parts
        computation = InlineCalculationRule.computation(of: parts)
    }

    /// The chains of a run of text; figures joined by anything but an operator start a new chain.
    static func chains(in run: TextRun) -> [CalculationChain] {
        run.chains ?? find(in: run)
    }

    static func find(in run: TextRun) -> [CalculationChain] {
        guard run.figures.count >= 2 else { return [] }
        let chars = run.characters
        // `42,171 € ÷ 3,150 ＝ 1泊あたり13.39 €`: a one that names the unit a result is per is no operand.
        let figures = run.figures.filter { !isPerOneLabel($0, in: chars) }
        var builder = Builder(figures: figures, chars: chars)
        for index in figures.indices { builder.add(index) }
        builder.close()
        return builder.chains
    }

    private static func isPerOneLabel(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        // `1泊`, `1時間`: the one may carry the unit it counts.
        guard figure.number.value == 1, figure.number.text.prefix(while: \.isNumber) == "1",
            !figure.number.text.contains(where: { $0 == "." || $0 == "," })
        else { return false }
        let end = figure.number.range.column - 1 + figure.number.range.length
        guard end < chars.count else { return false }
        let after = String(chars[end..<min(chars.count, end + 6)])
        return PerWords.perOne.contains { after.contains($0) }
    }

    /// Reads a run's figures in order into parts, and the parts into chains.
    private struct Builder {
        let figures: [LocatedFigure]
        let chars: [Character]
        var chains: [CalculationChain] = []
        var parts: [Part] = []
        /// Whether the last part opened with a bracket right after a lone figure (`43.6 万元（928,000 日元 × 0.047）`):
        /// it states that figure's calculation only if the bracket holds the whole of it.
        var bracketsResult = false
        /// After a bracket's own result, what follows the bracket is the outer calculation, whose
        /// figures before the bracket have left: nothing after it is compared.
        var endsAfterResult = false

        init(figures: [LocatedFigure], chars: [Character]) {
            self.figures = figures
            self.chars = chars
        }

        mutating func close() {
            // `24 ropes (70 m, 9.8 mm) × $189`: a first figure closing a remark opened before it is the
            // remark's, and the operand stands before the remark, where no operator joins it.
            // So is `16 ropes (40 m) × $142`: one figure in brackets right after a word describes that word.
            let closesRemark =
                parts.first.map { part in
                    part.isComputation && Array(part.tokens.prefix(2)) == [.operand(0), .close]
                        || part.isComputation && Array(part.tokens.prefix(3)) == [.open, .operand(0), .close]
                            && CalculationChain.followsWord(part.figures[0], in: chars)
                } ?? false
            if bracketsResult, parts.count == 2, !parts[1].holdsWholeInBrackets { parts.removeFirst() }
            // `the 18 hydrophone-years in the archive (6 × 3), that is about $15.37 each`: a bracket that
            // works out a figure said before it has its result already; what follows is another thing.
            if let first = parts.first, first.holdsWholeInBrackets, parts.count >= 2,
                let index = figures.firstIndex(where: {
                    $0.line == first.figures[0].line && $0.column == first.figures[0].column
                }), index > 0, let value = InlineCalculationRule.value(of: first),
                figures[index - 1].number.value == value.value
            {
                parts.removeFirst()
            }
            if parts.count >= 2, !closesRemark, parts.contains(where: { $0.isComputation || $0.isRestatement }) {
                chains.append(CalculationChain(parts: parts.map(\.balanced)))
            }
            parts = []
            bracketsResult = false
        }

        func start(_ index: Int, approximate: Bool = false) -> Part {
            var part = Part(figures: [], operators: [], isApproximate: approximate)
            part.append(figures[index], brackets: Brackets(around: figures[index], in: chars))
            return part
        }

        mutating func add(_ i: Int) {
            let figure = figures[i]
            if endsAfterResult {
                close()
                endsAfterResult = false
            }
            if parts.isEmpty { parts = [start(i)]; return }
            let previous = figures[i - 1]
            let gapStart = previous.number.range.column - 1 + previous.number.range.length
            let gapEnd = figure.number.range.column - 1
            let gap = gapStart <= gapEnd && gapEnd <= chars.count ? chars[gapStart..<gapEnd] : []
            // `1 200 × 35 à 45 CNY × 2 = 84 000 à 108 000`: a range inside a calculation, or as its
            // result, is one operand with two ends, not the end of the calculation.
            if let end = CalculationChain.rangeEnd(figure, after: previous, gap: gap, in: parts, chars: chars) {
                parts[parts.count - 1].upperEnds[end] = figure
                return
            }
            // The two ends of a range (`1 500-2 000`) are one figure, never a subtraction.
            var token =
                previous.number.rangePart == .lower && figure.number.rangePart == .upper
                ? .separator : GapReader.read(gap)
            // `+1-1+1 = 1` and `1000 /2 +1`: a signed figure right after another adds itself.
            if token == .separator, gap.allSatisfy(\.isWhitespace), let sign = figure.number.text.first,
                "+-−－＋".contains(sign)
            {
                token = .operator("+")
            }
            // `USD 36,300 over ten years, about USD 3.6k a year`: "about" before an amount for each of
            // something does not say it equals the one before.
            if case .equals(true) = token, saysEach(after: figure) { token = .separator }
            join(i, by: token, gap: gap)
        }

        /// Whether figure `i` follows a total word after two amounts of its measure, each closing
        /// a clause of its own: `材料费 23,355 元，人工 80,600 元，合计 …`.
        private func closesList(at i: Int, gap: ArraySlice<Character>) -> Bool {
            guard i >= 2, TotalWords.appears(in: String(gap).lowercased()) else { return false }
            let previous = figures[i - 1], before = figures[i - 2]
            guard previous.number.unit?.measure == figures[i].number.unit?.measure,
                before.number.unit?.measure == previous.number.unit?.measure, before.number.rangePart == .none
            else { return false }
            let start = before.number.range.column - 1 + before.number.range.length
            let end = previous.number.range.column - 1
            guard start <= end, end <= chars.count else { return false }
            return chars[start..<end].contains { "，,、;；".contains($0) }
                && !chars[start..<end].contains { "×x*÷/+＋=＝".contains($0) }
        }

        /// Whether a per word follows the figure (`par habitant`, `per head`, `je Schule`, `a year`) that its
        /// unit did not take: `USD 36,300 over ten years, about USD 3.6k a year` says another amount.
        private func saysEach(after figure: LocatedFigure) -> Bool {
            guard figure.number.unit?.per == nil else { return false }
            let end = figure.number.range.column - 1 + figure.number.range.length
            guard end < chars.count else { return false }
            let after = String(chars[end..<min(chars.count, end + 12)]).lowercased()
            // `sur 31 jours 15 177 600 messages, soit 1,5 million par mois`: a month's days add up
            // the amount for a month.
            if [" par mois", " per month", " a month"].contains(where: { after.hasPrefix($0) }),
                figures.contains(where: { day in
                    day.column < figure.column && day.number.unit?.measure == .count(.days)
                        && day.number.value >= 28 && day.number.value <= 31
                })
            {
                return false
            }
            // `117.450 €, das sind rund 1,2 Mio. € pro Jahr`: a year's amount said again for the year,
            // where nothing before it spans several years (`USD 36,300 over ten years, about USD 3.6k a year`).
            if [" pro jahr", " per year", " a year", " par an", " im jahr"].contains(where: { after.hasPrefix($0) }) {
                let start = min(chars.count, max(0, figure.number.range.column - 1))
                let before = String(chars[..<start]).lowercased()
                return CalculationChain.cumulativeWords.contains { before.containsLiteral($0) }
                    || [" years", " ans", " jahre", " jahren", "年間", "年间"].contains { before.containsLiteral($0) }
            }
            return [" par ", " per ", " je ", " pro ", " a month", "每", "あたり", "/人"]
                .contains { after.hasPrefix($0) }
        }

        /// Whether the clause after the figure says it adds up several periods (`over a ten-year term`, `sur dix ans`).
        /// Whether an amount is said for a period (`£303,070 a year`, `4,800円／月`), not in all.
        private func isPerPeriod(_ figure: LocatedFigure) -> Bool {
            figure.number.unit?.per?.thing?.isPeriod == true || AnnualisedFigureRule.isAnnual(figure, in: chars)
                || AnnualisedFigureRule.isMonthly(figure, in: chars)
        }

        private func saysCumulative(after figure: LocatedFigure) -> Bool {
            let end = figure.number.range.column - 1 + figure.number.range.length
            guard end < chars.count else { return false }
            let after = String(chars[end..<min(chars.count, end + 30)]).lowercased()
            return CalculationChain.cumulativeWords.contains { after.containsLiteral($0) }
        }

        /// `24 stage decks, 2 m × 1 m, at $389.00`: lengths multiplied describe the thing priced, they count nothing.
        private func isDimension(_ part: Part) -> Bool {
            guard part.operators == ["×"] || part.operators == ["x"] || part.operators == ["*"] else { return false }
            return part.figures.allSatisfy { figure in
                let end = figure.number.range.column - 1 + figure.number.range.length
                guard end <= chars.count else { return false }
                let after = chars[end...].drop { $0 == " " }.prefix { $0.isLetter }
                return Self.lengthUnits.contains(String(after))
            }
        }

        /// Whether an amount after a colon states what the part works out to: the part is a
        /// calculation of money written with operators only, a closing bracket before the colon
        /// closes the part's own opening one (not `(2 nights × 3,800円, 2 × 6,200円): 20,000円`),
        /// and nothing is computed from the amount.
        private func isColonBeforeResult(_ part: Part, gap: ArraySlice<Character>, result: LocatedFigure) -> Bool {
            guard part.isComputation, !part.isPricedAt, CalculationChain.isColon(gap), isCurrency(result.number.unit),
                part.figures.contains(where: { isCurrency($0.number.unit) }),
                !ComputedRangeRule.precedesOperator(result, inRun: chars)
            else { return false }
            return !gap.contains { $0 == ")" || $0 == "）" } || part.tokens.first == .open
        }

        private static let lengthUnits: Set<String> = ["m", "cm", "mm", "ft", "in", "米", "厘米", "公分", "メートル"]

        private mutating func appendOperand(_ i: Int, after op: Character) {
            parts[parts.count - 1].operators.append(op)
            parts[parts.count - 1].tokens.append(.operator(op))
            parts[parts.count - 1].append(figures[i], brackets: Brackets(around: figures[i], in: chars))
        }

        private mutating func join(_ i: Int, by token: GapReader.Token, gap: ArraySlice<Character>) {
            let figure = figures[i], previous = figures[i - 1]
            switch token {
            case .operator(let op):
                appendOperand(i, after: op)
            case .separator
            where UnitPriceWords.joins(gap) && isCurrency(figure.number.unit) && !isCurrency(previous.number.unit)
                && previous.number.rangePart == .none && !isDimension(parts[parts.count - 1])
                // `de … avec 42 inscrits à 2 730 € / 36 + 194 €`: a price that a calculation goes on from
                // is the next calculation's first operand, not this count's price.
                && !ComputedRangeRule.precedesOperator(figure, inRun: chars):
                // `4 kg à 33,50 € = 134,00 €`: a quantity at its price each is their product (never a range's `35 à 45`).
                // A result priced in turn (`32,400 × 11 = 356,400 minutes, billed at $0.008`) ends its
                // calculation and starts the next one.
                if parts.count >= 2, !parts[parts.count - 1].isComputation {
                    close()
                    parts = [start(i - 1)]
                }
                appendOperand(i, after: "×")
                parts[parts.count - 1].isPricedAt = true
            case .separator
            where parts[parts.count - 1].isComputation
                && (ResultWords.introduces(gap) || ResultWords.isArrow(gap)
                    || RestatementWords.introduces(gap)
                        && CalculationChain.mayState(figure, resultOf: parts[parts.count - 1])):
                // `11 km zu je 320 Tsd. € ergeben 3,52 Mio. €`: a word stands for the equals sign.
                parts.append(start(i))
            case .equals(let approximate):
                // `1,060 ÷（30 張 × 59 日 ＝ 1,770）≒ 59.9 %`: an equals sign inside a bracket left open
                // states what the bracket works out to; the figures before it wait outside.
                if let inner = parts.last?.innerOfOpenBracket {
                    parts = [inner]
                    endsAfterResult = true
                }
                parts.append(start(i, approximate: approximate))
            case .separator
            where parts.count == 1 && isColonBeforeResult(parts[0], gap: gap, result: figure):
                // `- Loggers (4 × $129): $516`: an item's calculation, a colon, and its amount.
                parts.append(start(i))
            case .separator where parts[parts.count - 1].isComputation && TotalWords.isOnlyTotalWord(String(gap)):
                // `600部 + 予備16部（合計416部）`: a total word in brackets after a sum states its result.
                parts.append(start(i))
            case .separator
            where parts.count == 1 && !parts[0].isComputation && previous.number.rangePart == .none
                && Brackets.isOnlyOpening(gap) && previous.number.unit != nil
                && ComputedRangeRule.precedesOperator(figure, inRun: chars):
                // `约 43.6 万元（928,000 日元 × 0.047）`: the result, then how it was worked out.
                parts.append(start(i))
                bracketsResult = true
            case .separator
            where RestatementWords.introduces(gap) && RestatementWords.rescales(previous.number, figure.number)
                // `106,960 至 133,700 元之间，约 10.7 万至 13.4 万元`: a range said again end by end, not its upper end.
                && !(previous.number.rangePart == .upper && figure.number.rangePart == .lower)
                && !(RestatementWords.opensNextItem(gap) && previous.isMoney && figure.isMoney)
                // `38,400 €, soit environ 27 € par habitant`: an amount for each of something is another one.
                && !saysEach(after: figure)
                // `材料费 23,355 元，人工 80,600 元，合计约 10.4 万元`: a total of the amounts listed, not the last one again.
                && !closesList(at: i, gap: gap)
                // `$4,576.50 a quarter, about $18.3k a year` says another amount, not the same one again.
                && !(AnnualisedFigureRule.isAnnual(figure, in: chars) && PeriodWords.saysShortPeriod(String(gap)))
                // `4,800円／月、年間およそ 57.6万円`: a month's amount, then the year's.
                && !(AnnualisedFigureRule.isAnnual(figure, in: chars)
                    && previous.number.unit?.per?.thing.map { $0.isPeriod && $0 != .years } == true)
                // `£303,070 a year, or roughly £3.03m over a ten-year term`: several periods' worth.
                // (`$95,000, roughly $0.95M over five years` says a total over them again.)
                && !(saysCumulative(after: figure) && isPerPeriod(previous)):
                var part = start(i, approximate: true)
                part.isRestatement = true
                parts.append(part)
            case .separator:
                close()
                parts = [start(i)]
            }
        }
    }
}

extension CalculationChain {
    /// Every profile's words for several periods' worth (`over ten years`, `累计`), lowercased: the
    /// restatement test here, computed-range and scale-slip ask them.
    static let cumulativeWords = LanguageProfile.all.flatMap(\.cumulativeWords).map { $0.lowercased() }

    /// The index of the lower end in the last part when `figure` is the upper end of a range that
    /// the calculation takes as one operand or states as its result; nil otherwise.
    static func rangeEnd(
        _ figure: LocatedFigure, after previous: LocatedFigure, gap: ArraySlice<Character>, in parts: [Part],
        chars: [Character]
    ) -> Int? {
        guard let last = parts.last, let lowerIndex = last.figures.indices.last,
            last.figures[lowerIndex].line == previous.line, last.figures[lowerIndex].column == previous.column
        else { return nil }
        // `800〜1,200円 × 18人 ＝ 14,400〜12,600円`: the result of a range is a range, even one
        // written the wrong way round, which the reader did not take for a range.
        if previous.number.rangePart == .none, figure.number.rangePart == .none, parts.count >= 2,
            !last.isComputation, last.figures.count == 1, !parts[parts.count - 2].upperEnds.isEmpty,
            Self.rangeSeparators.contains(String(gap).trimmingCharacters(in: .whitespaces).lowercased())
        {
            return 0
        }
        guard previous.number.rangePart == .lower, figure.number.rangePart == .upper else { return nil }
        // `340 × 180 ～ 340 × 220`: an upper end repeating the calculation's first operand starts a second calculation.
        if last.isComputation, last.figures[0].number.value == figure.number.value { return nil }
        let operatorFollows = ComputedRangeRule.precedesOperator(figure, inRun: chars)
        // `= 1 037 300 € à 1 150 000 × 1,082 €`: a result's range ends where a new calculation starts.
        if parts.count >= 2, !last.isComputation { return operatorFollows ? nil : lowerIndex }
        return last.isComputation || operatorFollows ? lowerIndex : nil
    }

    /// `104 × $21, i.e. $2,184`: a figure said again after a calculation states its result when it is
    /// near it; `2 × 2.8 M€ chacun, soit 18.2 M€` sums more than the sentence shows.
    static func mayState(_ figure: LocatedFigure, resultOf part: Part) -> Bool {
        guard let value = InlineCalculationRule.value(of: part) else { return false }
        return InlineCalculationRule.mayRestate(figure.number.value, value.value)
    }

    /// A colon, after the bracket closing the calculation at most, and before the amount: `): `,
    /// `）：`, ` : `. A colon between digits is a time or a ratio (`18:40`, `16:9`).
    static func isColon(_ gap: ArraySlice<Character>) -> Bool {
        let marks = gap.filter { !$0.isWhitespace && $0 != "*" }
        guard
            marks == [":"] || marks == ["："] || marks == [")", ":"] || marks == ["）", "："] || marks == [")", "："]
                || marks == ["）", ":"]
        else { return false }
        return gap.count > 1 || gap.first == "："
    }

    private static let rangeSeparators: Set<String> = ["〜", "～", "~", "-", "–", "—", "à", "to", "至", "到", "bis"]

    /// Whether the brackets opening before the figure stand right after a word (`ropes (40 m)`).
    static func followsWord(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        var i = figure.number.range.column - 2
        while i >= 0, i < chars.count, chars[i].isWhitespace || Brackets.openers.contains(chars[i]) { i -= 1 }
        return i >= 0 && i < chars.count && chars[i].isLetter
    }
}

private func isCurrency(_ unit: FigureUnit?) -> Bool {
    if case .currency? = unit?.measure { return true }
    return false
}

/// One element of a written calculation.
enum CalculationToken: Equatable {
    /// The figure at this index of the part's figures.
    case operand(Int)
    case `operator`(Character)
    case open
    case close
}

/// The brackets written right against a figure: `(` before it, `)` after it, spaces allowed.
struct Brackets {
    var opening = 0
    var closing = 0

    static let openers: Set<Character> = ["(", "（", "["]

    /// Whether a gap is one opening bracket, spaces around it allowed.
    static func isOnlyOpening(_ gap: ArraySlice<Character>) -> Bool {
        let marks = gap.filter { !$0.isWhitespace }
        return marks.count == 1 && openers.contains(marks[marks.startIndex])
    }
    static let closers: Set<Character> = [")", "）", "]"]

    init(around figure: LocatedFigure, in chars: [Character]) {
        var before = figure.number.range.column - 2
        // `（新客 38 人 + 老客 26 人）× 15 元`: a short label may stand between the bracket and its figure.
        var labelLetters = 0
        while before >= 0, before < chars.count {
            if Self.openers.contains(chars[before]) {
                opening += 1
            } else if opening == 0, labelLetters < 6, chars[before].isLetter, !chars[before].isASCII {
                labelLetters += 1
            } else if !chars[before].isWhitespace {
                break
            }
            before -= 1
        }
        var after = figure.number.range.column - 1 + figure.number.range.length
        var unitLetters = 0
        while after < chars.count {
            if Self.closers.contains(chars[after]) {
                closing += 1
            } else if closing == 0, unitLetters < 10,
                chars[after].isLetter || chars[after] == "²" || chars[after] == "³"
            {
                // `5,000 kg）`: a unit word may stand between a figure and its closing bracket.
                unitLetters += 1
            } else if !chars[after].isWhitespace {
                break
            }
            after += 1
        }
    }
}

extension CalculationChain.Part {
    /// Whether the part is a computation whose first bracket, opened before its first figure,
    /// closes after its last: `（928,000 日元 × 0.047）`, not `（每台 1,200 元）× 3`.
    var holdsWholeInBrackets: Bool {
        guard isComputation, tokens.first == .open, tokens.last == .close else { return false }
        var depth = 0
        for (index, token) in tokens.enumerated() {
            if token == .open { depth += 1 }
            if token == .close {
                depth -= 1
                if depth == 0 { return index == tokens.count - 1 }
            }
        }
        return false
    }

    mutating func append(_ figure: LocatedFigure, brackets: Brackets) {
        tokens += Array(repeating: .open, count: brackets.opening)
        tokens.append(.operand(figures.count))
        figures.append(figure)
        tokens += Array(repeating: .close, count: brackets.closing)
    }

    /// The computation inside the last bracket it leaves open, when that holds two figures or more.
    var innerOfOpenBracket: Self? {
        var open: [Int] = []
        for (index, token) in tokens.enumerated() {
            if token == .open { open.append(index) }
            if token == .close { _ = open.popLast() }
        }
        guard let bracket = open.last,
            let first = tokens[bracket...].lazy.compactMap({ if case .operand(let n) = $0 { n } else { nil } }).first,
            first > 0, figures.count - first >= 2
        else { return nil }
        var inner = Self(figures: Array(figures[first...]), operators: Array(operators[first...]))
        inner.isApproximate = isApproximate
        inner.tokens = tokens[(bracket + 1)...].map { token -> CalculationToken in
            if case .operand(let n) = token { return .operand(n - first) }
            return token
        }
        return inner
    }

    /// The part with the brackets that have no partner removed: a remark in brackets around a
    /// whole sentence (`（= 100 × 12）`) leaves one side on each part of the chain.
    var balanced: Self {
        var open: [Int] = []
        var unmatched: Set<Int> = []
        for (index, token) in tokens.enumerated() {
            if token == .open { open.append(index) }
            if token == .close { if open.popLast() == nil { unmatched.insert(index) } }
        }
        unmatched.formUnion(open)
        guard !unmatched.isEmpty else { return self }
        var copy = self
        copy.tokens = tokens.enumerated().filter { !unmatched.contains($0.offset) }.map(\.element)
        return copy
    }
}

/// Reads what stands between two figures: one operator, an equals sign, or a separation.
enum GapReader {
    enum Token: Equatable {
        case `operator`(Character)
        case equals(approximate: Bool)
        case separator
    }

    /// More letters than this between two figures is a sentence, not a unit word beside an
    /// operator: `节点1为根的形状数 = 左边有0个节点`.
    static let maximumLetters = 8

    /// A letter of the Latin alphabets, accented ones included (`é`, `ß`, `ł`).
    private static func isLatinLetter(_ character: Character) -> Bool {
        character.isLetter && (character.isASCII || ("\u{C0}"..."\u{24F}").contains(character))
    }

    static func read(_ gap: ArraySlice<Character>) -> Token {
        // Latin unit words (`912 interventions × 0,75 h`) may be long; a run of CJK letters is a phrase.
        if gap.count > maximumLetters,
            gap.count(where: { $0.isLetter && !isLatinLetter($0) }) > maximumLetters
        {
            return .separator
        }
        if gap.split(whereSeparator: { !$0.isLetter }).count > 3 {
            // `117 600 € + support de la première année 14 400 €`: a plus, then the next operand's
            // label in a few Latin words.
            // `£15 for the plug kit + 30 m × £1.10`: or the label of the operand before it, then a plus.
            let isLabel = { (words: ArraySlice<Character>) in
                words.allSatisfy({ " '’".contains($0) || isLatinLetter($0) })
                    && words.split(whereSeparator: { !$0.isLetter }).count <= 6
            }
            let label = gap.drop { $0.isWhitespace || "€$£¥".contains($0) }
            let leading = gap.reversed().drop { $0.isWhitespace || "€$£¥".contains($0) }
            if label.first == "+", isLabel(label.dropFirst()) { return .operator("+") }
            if leading.first == "+", isLabel(ArraySlice(leading.dropFirst().reversed())) { return .operator("+") }
            return .separator
        }
        // `(aire 16 × 8 m + dégagements) fait 22 m`: an operator whose operand is a word, closed in
        // its bracket before the next figure, joins no figures.
        if let close = gap.firstIndex(where: { $0 == ")" || $0 == "）" }),
            let op = gap[..<close].lastIndex(where: { "+−-×÷".contains($0) }),
            gap[(op + 1)..<close].contains(where: \.isLetter), gap[(op + 1)..<close].contains(where: \.isWhitespace)
        {
            return .separator
        }
        var found: Token?
        var i = gap.startIndex
        while i < gap.endIndex {
            let c = gap[i]
            let next: Character? = i + 1 < gap.endIndex ? gap[i + 1] : nil
            let previous: Character? = i > gap.startIndex ? gap[i - 1] : nil
            var token: Token?
            switch c {
            case "*", "_":
                // `**bold**` and `__bold__` are emphasis; a lone `*` between spaces multiplies.
                if next == c { i += 2; continue }
                if c == "_" { i += 1; continue }
                token = .operator("×")
            case "×", "✕", "·", "⋅", "✖": token = .operator("×")
            case "x", "X":
                let spaced = (previous.map(\.isWhitespace) ?? true) && (next.map(\.isWhitespace) ?? true)
                if !spaced { i += 1; continue }
                token = .operator("×")
            case "÷", "/", "／", "∕":
                // `kg/m²`, `€/kWh` between a figure and an operator are a unit, not a division.
                if let previous, let next, previous.isLetter, next.isLetter { i += 1; continue }
                // `5.20元/吨 = …`: a slash glued to a word after a figure is its unit's "per".
                if let next, next.isLetter, previous.map({ !$0.isWhitespace }) ?? true { i += 1; continue }
                token = .operator("÷")
            case "+", "＋": token = .operator("+")
            case "−", "-", "–", "－":
                // `équivalents-passagers`, `year-on-year`: a hyphen inside a word joins it.
                if c == "-", let previous, let next, previous.isLetter, next.isLetter { i += 1; continue }
                // `46.800 € – rund 0,47 Mio. €`: a spaced dash before words is punctuation; a minus
                // stands right before its operand.
                if c == "–", previous?.isWhitespace ?? true, gap[(i + 1)...].contains(where: \.isLetter) {
                    i += 1
                    continue
                }
                token = .operator("−")
            case "=", "＝": token = .equals(approximate: false)
            case "≈", "≒", "≃": token = .equals(approximate: true)
            default:
                if c.isWhitespace || c.isLetter || "()（）[]'’\"「」`@²³°".contains(c) { i += 1; continue }
                return .separator
            }
            if found != nil { return .separator }
            found = token
            i += 1
        }
        return found ?? .separator
    }
}

/// The words of every language profile that state a result without an equals sign: `ergeben`, `comes to`.
enum ResultWords {
    private static let phrases = Set(LanguageProfile.all.flatMap(\.resultWords).map { $0.lowercased() })

    /// `250〜320円 × 4,000枚 → 100万〜128万円`: an arrow after a calculation points at its result,
    /// a unit word at most beside it.
    static func isArrow(_ gap: ArraySlice<Character>) -> Bool {
        let marks = gap.filter { !$0.isLetter && !$0.isWhitespace }
        return marks == ["→"] || marks == ["⇒"]
    }

    /// Whether the gap between two figures is one of those words, with a unit word or an
    /// approximation word at most around it.
    static func introduces(_ gap: ArraySlice<Character>) -> Bool {
        let words = String(gap).lowercased().replacingOccurrences(of: "’", with: "'")
            .split(whereSeparator: { !$0.isLetter && $0 != "." && $0 != "'" })
        guard !words.isEmpty, words.count <= 4 else { return false }
        let text = words.joined(separator: " ")
        return phrases.contains { phrase in
            text == phrase || text.hasPrefix(phrase + " ") || text.hasSuffix(" " + phrase)
                || text.contains(" " + phrase + " ")
        }
    }
}

/// The words of every language profile that join a quantity to its price each: `à`, `at`, `zu je`, `@`.
enum UnitPriceWords {
    private static let phrases = Set(LanguageProfile.all.flatMap(\.unitPriceWords).map { $0.lowercased() })

    /// Whether the gap between two figures is a unit word or none, then `@` or one of those words.
    static func joins(_ gap: ArraySlice<Character>) -> Bool {
        let words = String(gap).lowercased().split(whereSeparator: { $0.isWhitespace || $0 == ":" })
        guard let last = words.last, words.count <= 3 else { return false }
        if last == "@" { return true }
        let tail = words.suffix(2).joined(separator: " ")
        return phrases.contains(String(last)) || words.count >= 2 && phrases.contains(tail)
    }
}

/// The words of every language profile that say an amount again: `soit`, `约`, `also rund`.
enum RestatementWords {
    private static let phrases = Set(LanguageProfile.all.flatMap(\.restatementWords).map(normalized))

    /// Whether the gap between two figures is only punctuation and one of those words.
    static func introduces(_ gap: ArraySlice<Character>) -> Bool {
        // `4,000,000 円（400 万円）`: the same amount in brackets right after it.
        let bare = gap.filter { !$0.isWhitespace }
        if bare == ["（"] || bare == ["("] { return true }
        var words = normalized(String(gap))
        // `折合人民币约`, `soit environ … euros`: a currency named on the way says nothing new.
        for currency in currencyWords where words.mayContain(currency) {
            words = words.replacingOccurrences(of: currency, with: "")
        }
        if !words.isEmpty && phrases.contains(words) { return true }
        // `46.800 € – rund 0,47 Mio. €`, `282.000 € entspricht rund 2,8 Mio. €`: a dash before the
        // word, or two of the words one after the other.
        // (Within one sentence: `$14,298.40. Run rate: about $161k a year` says another amount.)
        if !gap.contains(where: { "；;。.!?！？:：".contains($0) }) {
            var joined = words
            if joined.first == "-" || gap.contains(where: { $0 == "–" || $0 == "—" }) {
                joined = String(joined.drop { $0 == "-" })
                if !joined.isEmpty && phrases.contains(joined) { return true }
            }
            if joined.count <= 24,
                joined.indices.dropFirst().contains(where: { split in
                    phrases.contains(String(joined[..<split])) && phrases.contains(String(joined[split...]))
                })
            {
                return true
            }
        }
        // `410 000 litres de gazole, soit 4,1 M de litres`: what the amount counts, then the word after a comma.
        guard let comma = gap.lastIndex(where: { $0 == "," || $0 == "，" || $0 == "、" }), gap[..<comma].count <= 30,
            !gap.contains(where: { "；;。.!?！？".contains($0) }),
            // `経費 19,252,000 円で、約1,295万円の黒字`: a particle closes the amount's clause; what follows is another.
            !Self.isParticle(gap[..<comma])
        else { return false }
        var tail = normalized(String(gap[gap.index(after: comma)...]))
        if !tail.isEmpty && phrases.contains(tail) { return true }
        // `4.2 亿次 ÷ 31 天，即每天约 135 万次`: the result said again for the period it divided by.
        guard !tail.isEmpty, let period = perPeriodWords.first(where: { tail.containsLiteral($0) }) else {
            return false
        }
        tail = tail.replacingOccurrences(of: period, with: "")
        return !tail.isEmpty && phrases.contains(tail)
    }

    /// `34 k€ de recettes, environ 24 000 € pour moi`: after what the amount is, a comma and a
    /// hedge alone (`environ`, `about`, `rund`) open the next item of a list, where `soit` would
    /// say the amount again.
    static func opensNextItem(_ gap: ArraySlice<Character>) -> Bool {
        guard let comma = gap.lastIndex(where: { $0 == "," }) else { return false }
        let tail = normalized(String(gap[gap.index(after: comma)...]))
        return hedges.contains(tail)
            && gap[..<comma].split(separator: " ").contains { word in
                word.count >= 4 && word.allSatisfy(\.isLatinLetter)
            }
    }

    /// Restatement words that only say an amount is rough, not that it is the one before again.
    private static let hedges = Set(LanguageProfile.all.flatMap(\.hedgeWords).map(normalized))

    /// Hiragana alone after an amount (`で`, `が`) is a particle, not a name of what it counts.
    private static func isParticle(_ text: ArraySlice<Character>) -> Bool {
        let bare = text.filter { !$0.isWhitespace }
        return !bare.isEmpty && bare.count <= 2
            && bare.allSatisfy { $0.unicodeScalars.allSatisfy { (0x3041...0x3096).contains($0.value) } }
    }

    /// Longest first, so `每天` goes before a shorter word inside it.
    private static let perPeriodWords = Set(LanguageProfile.all.flatMap(\.perPeriodWords).map(normalized)).sorted {
        $0.count > $1.count
    }

    private static let currencyWords = [
        "人民币", "人民幣", "新台幣", "新台币", "台幣", "港幣", "港币", "美元", "日元", "日圓", "欧元", "歐元",
        "euros", "dollars",
    ]

    /// Whether `said` is `before` said again rather than a new amount: in another scale
    /// (`13,5 M€`, `1.92 萬`) or marked approximate and rounded coarser. `soit 81 816,00 € TTC`
    /// after a tax is a new amount.
    static func rescales(_ before: ScannedNumber, _ said: ScannedNumber) -> Bool {
        // `30,00 $ par mois, soit 360 $ par an`: the rate for another period.
        if Quantity(before).convertedPerPeriod(to: said.unit) != nil { return true }
        // `67 200 € par an, soit 0,672 M€`: a year's amount said again in millions, its period left out.
        if before.unit?.per?.thing?.isPeriod == true, said.unit?.per == nil, before.unit?.measure == said.unit?.measure,
            said.scale != nil, said.scale?.powerOfTen != before.scale?.powerOfTen
        {
            return true
        }
        // `A$7,485 per MW per year, or roughly A$0.36 million in total`: a rate, then an amount.
        if before.unit?.per != said.unit?.per { return false }
        if said.scale?.powerOfTen != before.scale?.powerOfTen { return true }
        // `12 400 €, soit environ 96 720 CNY`: the amount in another currency, at a rate the page may state.
        if case .currency(let from)? = before.unit?.measure, case .currency(let to)? = said.unit?.measure, from != to {
            return true
        }
        if Quantity(before).converted(to: said.unit) != nil, before.unit != said.unit { return true }
        return said.isApproximate && said.quantumExponent > before.quantumExponent
    }

    /// Lowercased letters only: spaces, dots, commas and brackets dropped.
    private static func normalized(_ text: String) -> String {
        String(text.lowercased().filter { $0.isLetter || $0 == "-" || $0 == "'" })
    }
}
