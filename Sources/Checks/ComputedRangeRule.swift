import Foundation
import Numbers

/// A range computed from another range in the same sentence keeps its proportions: `entre 150 et
/// 210 € la nuit, donc 4 nuits entre 600 et 840 €`, `增加 10%–20%，即 193,600 至 211,200 元`,
/// `附加费为 10%–15%，总价在 47,190 至 49,335 元之间`.
///
/// Both ends are computed alike, so when one end follows from its source and the other does not
/// (with a factor stated in the sentence), or when the two ends' ratio is close to but not what a
/// percentage range gives (1 + p, p, or 1 − p), the end that breaks it is reported.
struct ComputedRangeRule: PageRule {
    static let id = "computed-range"
    static let guessesRelation = true

    /// A ratio this close (relative) to a candidate and still not agreeing is a slip, not another formula.
    static let closeRatio = 0.1

    /// How many lines above a range its source range may be (`150–160 人` two bullets up).
    static let sourceReach = 6
    /// How far (relative) a range end may be from what its source range gives and still be a slip.
    static let slipDistance = 0.15

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        var earlier: [(run: Int, range: FigureRange)] = []
        // The range ends reported, by place, with the value each should have had.
        var corrections: [[Int]: Decimal] = [:]
        // The figures after a per word (`每 100 次`), found once a page and only on pages with ranges.
        var denominators: Set<[Int]>?
        // `6 月 8 日至 22 日`: the days of dates, which multiply nothing; found once a page, with the denominators.
        var days: Set<[Int]> = []
        // The page's figures by line, for the amount a range divides; gathered only on pages with ranges.
        var figuresByLine: [Int: [LocatedFigure]]?
        for (runIndex, run) in page.runs.enumerated() {
            let written = Self.ranges(in: run.figures)
            let runChars = written.isEmpty ? [] : run.characters
            // `200 × 150 ～ 200 × 190`: ends that are operands belong to two calculations, not one range.
            // `Over 2025–2027`: a span of years is no amount.
            let ranges = written.filter {
                !InlineCalculationRule.followsOperator($0.lower, lines: page.lines)
                    && !Self.precedesOperator($0.upper, inRun: runChars)
                    && !($0.lower.isBareYear && $0.upper.isBareYear)
            }
            if !ranges.isEmpty, denominators == nil {
                denominators = Set(
                    page.allFigures.filter { PerWords.standBefore($0, lines: page.lines) }.map { [$0.line, $0.column] })
                days = Set(
                    page.runs.flatMap { run in
                        let chars = run.characters
                        return run.figures.filter { $0.isDayOfMonth(in: chars, orAfterTo: true) }.map {
                            [$0.line, $0.column]
                        }
                    })
            }
            earlier.removeAll { run.line - page.runs[$0.run].line > Self.sourceReach }
            for range in ranges where range.lower.number.unit?.measure != .percent {
                checkFromEarlierRange(
                    range, runIndex: runIndex, sources: earlier, denominators: denominators ?? [], days: days,
                    corrections: &corrections, page: page, file: file, into: &report)
                if figuresByLine == nil { figuresByLine = Dictionary(grouping: page.allFigures, by: \.line) }
                checkInverse(
                    range, in: runChars, sources: earlier, figuresByLine: figuresByLine ?? [:],
                    corrections: &corrections, page: page, file: file, into: &report)
                earlier.append((runIndex, range))
            }
            checkPlusMinus(run, ranges: ranges, page: page, file: file, into: &report)
            // Asked only of a percentage range said per period: most runs have none.
            func spansYears() -> Bool {
                if written.contains(where: { $0.lower.isBareYear && $0.upper.isBareYear }) { return true }
                let lowered = run.text.lowercased()
                return CalculationChain.cumulativeWords.contains { lowered.containsLiteral($0) }
            }
            guard ranges.count >= 2 else { continue }
            checkProducts(ranges, page: page, file: file, into: &report)
            let chars = runChars
            for (i, source) in ranges.enumerated() {
                let sentence = PercentChangeRule.sentence(around: source.lower, in: chars)
                var firstAmount = true
                for (j, result) in ranges.enumerated().dropFirst(i + 1)
                where result.lower.number.unit?.measure != .percent {
                    defer { firstAmount = false }
                    // `entre 12 h et 16 h … entre 576 h et 768 h, donc entre 876 h et 1 068 h au total`:
                    // a range between them that the result follows from is its source.
                    // (Its ends may be results of their own: `48 × 12 = 576 h et 48 × 16 = 768 h`.)
                    let between = run.figures.filter {
                        ($0.line, $0.column) > (source.upper.line, source.upper.column)
                            && ($0.line, $0.column) < (result.lower.line, result.lower.column)
                            && $0.number.unit?.measure == result.lower.number.unit?.measure
                    }
                    if between.indices.contains(where: { a in
                        between.indices.dropFirst(a + 1).contains { b in
                            Self.follows(result, from: FigureRange(lower: between[a], upper: between[b]))
                        }
                    }) {
                        continue
                    }
                    if j == i + 1, checkRestated(source, result, in: chars, page: page, file: file, into: &report) {
                        continue
                    }
                    if source.lower.number.unit?.measure == .percent {
                        // A percentage range scales the next range of amounts, or ranges in its own
                        // sentence: `10 à 20 %` → `161 et 175 participants`, not the grant asked after them.
                        guard firstAmount || sentence.contains(result.lower.number.range.column - 1) else { continue }
                        // `la marge passerait de 18,0 % à 24,0 %`: from one rate to another is a change, and
                        // scales nothing after it.
                        guard !Self.isFromTo(source, in: chars) else { continue }
                        // `2% to 3.5% a year … over 2025–2027`: a rate each year compounds over the years
                        // a total adds up; a month's growth scales the next month once.
                        guard !(Self.isPerPeriod(source, in: chars) && spansYears()) else { continue }
                        checkFromPercentages(source, result, page: page, file: file, into: &report)
                    } else if source.lower.number.unit != nil,
                        source.lower.number.unit?.measure == result.lower.number.unit?.measure
                    {
                        // Amounts only: bare ranges are versions and steps (`从 1 到 2，从 2 到 3`).
                        let factors = run.figures.filter {
                            $0.number.rangePart == .none && $0.number.unit?.measure != .percent
                        }
                        if !checkScaled(source, result, factors: factors, page: page, file: file, into: &report) {
                            checkProportional(source, result, page: page, file: file, into: &report)
                        }
                    } else if result.lower.number.unit != nil,
                        source.lower.number.unit != nil || source.upper.number.unit != nil
                            // `1,5 à 2,2 millions de pages`: a count with a scale word is a quantity too.
                            || source.upper.number.scale != nil
                            // `Entre 1 400 et 2 200 avis par mois … de 5,39 à 8,74 €`: a count of things
                            // the page names in words, which an amount of money follows.
                            || result.lower.isMoney && Self.isCountOfThings(source, in: chars)
                    {
                        // A price a count of things gives often adds a fixed fee, which moves an end
                        // by a digit or so: of a bare count, only swapped digits are a slip.
                        let isBareCount =
                            source.lower.number.unit == nil && source.upper.number.unit == nil
                            && source.upper.number.scale == nil
                        checkProportional(
                            source, result, onlySwappedDigits: isBareCount, page: page, file: file, into: &report)
                    } else if Self.isWholeMultiple(of: source, result) {
                        // `between 410 and 520 a day; over a year between 149,650 and 198,800`: bare counts
                        // scaled by a whole factor, the lower end exactly; of the upper, only swapped digits.
                        checkProportional(
                            source, result, onlySwappedDigits: true, page: page, file: file, into: &report)
                    }
                }
            }
        }
    }

    private static let restatementWords = LanguageProfile.all.flatMap(\.restatementWords).map { $0.lowercased() }

    /// `29,400〜42,000元、つまり2.94〜4.8万元`: a range said again right after a restatement word is
    /// the same range; when one end agrees with its source, the other must too.
    private func checkRestated(
        _ source: FigureRange, _ result: FigureRange, in chars: [Character], page: PageFigures, file: String,
        into report: inout RuleReport
    ) -> Bool {
        guard source.lower.number.unit?.measure == result.lower.number.unit?.measure,
            source.upper.line == result.lower.line || source.upper.line + 1 == result.lower.line,
            let gap = PercentChangeRule.text(between: source.upper, and: result.lower, in: chars),
            !gap.contains(where: \.isNumber)
        else { return false }
        let words = gap.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: " 、,，:：\n"))
        guard Self.restatementWords.contains(where: { words.hasSuffix($0) }) else { return false }
        let lowerAgrees = Agreement.compare(stated: result.lower.number, computed: source.lower.number.value)
            .isAgreement
        let upperAgrees = Agreement.compare(stated: result.upper.number, computed: source.upper.number.value)
            .isAgreement
        guard lowerAgrees != upperAgrees else {
            if lowerAgrees { report.relationsChecked += 1 }
            return lowerAgrees
        }
        let (stated, computed) = lowerAgrees ? (result.upper, source.upper) : (result.lower, source.lower)
        report.compare(
            stated, computed: Quantity(computed.number.value, stated.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation: "the range \(source.lower.number.text)–\(source.upper.number.text) said again",
            what: "range end")
        return true
    }

    private static let nearestRoundings: [RoundingRule] = [.halfUp, .halfEven]

    /// Whether a range's ends keep another's ratio, or move both of its ends by the same amount.
    static func follows(_ result: FigureRange, from source: FigureRange) -> Bool {
        let s1 = source.lower.number.value, s2 = source.upper.number.value
        guard s1 > 0, s2 > s1, result.lower.number.value > 0 else { return false }
        return agrees(result.upper, from: result.lower, ratio: s2 / s1)
            || Agreement.compare(stated: result.upper.number, computed: s2 + (result.lower.number.value - s1))
                .isAgreement
    }

    /// Whether two ranges of bare counts are a small one and a large one whose lower end is a whole
    /// multiple (two or more) of the small one's.
    static func isWholeMultiple(of source: FigureRange, _ result: FigureRange) -> Bool {
        let ends = [source.lower, source.upper, result.lower, result.upper]
        guard ends.allSatisfy({ $0.number.unit == nil && $0.number.scale == nil }),
            source.lower.number.value > 0, result.lower.number.value >= 1000
        else { return false }
        let factor = result.lower.number.value / source.lower.number.value
        return factor >= 2 && RoundingRule.halfUp.round(factor, toPowerOfTen: 0) == factor
    }

    /// `Entre 38 et 45 cigognes ; à 55 à 62 € par oiseau, … de 2 090 à 2 970 €`: a range of amounts
    /// that is the product of two ranges before it, end by end. When one end is the product of the
    /// two ends it stands for, the other end must be the product of the other two.
    private func checkProducts(_ ranges: [FigureRange], page: PageFigures, file: String, into report: inout RuleReport)
    {
        guard ranges.count >= 3 else { return }
        // Amounts only: bare ranges (`1–2 × 2–3`) are steps and sizes, not prices times counts.
        for (k, result) in ranges.enumerated()
        where k >= 2 && result.upper.number.unit != nil && result.upper.number.unit?.measure != .percent {
            for (i, first) in ranges[..<k].enumerated() {
                for second in ranges[(i + 1)..<k] {
                    let lower = first.lower.number.value * second.lower.number.value
                    let upper = first.upper.number.value * second.upper.number.value
                    let lowerAgrees = Agreement.compare(stated: result.lower.number, computed: lower).isAgreement
                    let upperAgrees = Agreement.compare(stated: result.upper.number, computed: upper).isAgreement
                    guard lowerAgrees || upperAgrees else { continue }
                    // `30～48 捆，按 15 元一捆是 450～720 元`: in proportion to one range, a range × a price.
                    if ranges[..<k].contains(where: {
                        Self.agrees(
                            result.upper, from: result.lower, ratio: $0.upper.number.value / $0.lower.number.value)
                    }) {
                        return
                    }
                    let (stated, computed) = lowerAgrees ? (result.upper, upper) : (result.lower, lower)
                    report.compare(
                        stated, computed: Quantity(computed, stated.number.unit), rule: Self.id, file: file,
                        locale: page.locale,
                        explanation:
                            "\(first.lower.number.text)–\(first.upper.number.text) × \(second.lower.number.text)–\(second.upper.number.text), end by end",
                        what: "range end")
                    return
                }
            }
        }
    }

    /// `按 ±8% 预留，预算区间为 28.8 万～33.8 万元`: the ends are the same amount less and more p %,
    /// so their ratio is (1 + p) / (1 − p).
    private func checkPlusMinus(
        _ run: TextRun, ranges: [FigureRange], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        guard !ranges.isEmpty, run.text.utf8.count > 2, run.text.contains("±") else { return }
        let chars = run.characters
        func isSpread(_ figure: LocatedFigure) -> Bool {
            let before = figure.number.range.column - 2
            guard figure.number.unit?.measure == .percent, before >= 0, before < chars.count else { return false }
            return chars[before] == "±"
        }
        guard let spread = run.figures.first(where: isSpread), spread.number.value > 0, spread.number.value < 100 else {
            return
        }
        for range in ranges where range.lower.column > spread.column && range.lower.number.unit?.measure != .percent {
            let p = spread.number.value / 100
            let upper = range.lower.number.value * (1 + p) / (1 - p)
            if Self.agrees(range.upper, from: range.lower, ratio: (1 + p) / (1 - p)) {
                report.relationsChecked += 1; continue
            }
            report.compare(
                range.upper, computed: Quantity(upper, range.upper.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation:
                    "\(range.lower.number.text) is the amount less \(spread.number.text); the upper end is it more",
                what: "range end")
        }
    }

    /// Whether `upper` is `lower × ratio`, for any value `lower` may stand for at its precision
    /// (`€14.9k` is 14,850 to 14,950, so × 1.6 gives 23.76k to 23.92k: `€23.9k` agrees).
    static func agrees(_ upper: LocatedFigure, from lower: LocatedFigure, ratio: Decimal) -> Bool {
        let half = lower.number.halfQuantum
        let low = (lower.number.value - half) * ratio, high = (lower.number.value + half) * ratio
        // Rounded to the nearest only: cut off at one or two digits, `9万` would follow from 99,643.
        let computed = lower.number.value * ratio
        if nearestRoundings.contains(where: {
            $0.round(computed, toPowerOfTen: Agreement.roundedTo(upper.number)) == upper.number.value
        }) {
            return true
        }
        return upper.number.value >= low - Decimal(sign: .plus, exponent: upper.number.quantumExponent, significand: 5)
            / 10
            && upper.number.value <= high + Decimal(sign: .plus, exponent: upper.number.quantumExponent, significand: 5)
                / 10
    }

    /// Whether a bare range counts things: a word follows its upper end (`1 400 et 2 200 avis`,
    /// `3,600–4,200 位`), and it is no span of years, no step from one number to the next.
    private static func isCountOfThings(_ range: FigureRange, in chars: [Character]) -> Bool {
        guard range.lower.number.value >= 1, !range.lower.isBareYear, !range.upper.isBareYear,
            range.upper.number.value - range.lower.number.value > 1, !isFromTo(range, in: chars)
        else { return false }
        let end = range.upper.number.range.column - 1 + range.upper.number.range.length
        guard end < chars.count else { return false }
        let next = chars[end...].first { $0 != " " }
        return next.map { $0.isLetter } ?? false
    }

    /// Whether an arithmetic sign stands right after the figure (spaces aside), in its run's Characters.
    static func precedesOperator(_ figure: LocatedFigure, inRun chars: [Character]) -> Bool {
        let end = figure.number.range.column - 1 + figure.number.range.length
        guard end <= chars.count, let sign = chars[end...].firstIndex(where: { $0 != " " }) else { return false }
        // `0,035 €/mot`: a slash before a word writes the unit a price is per, not a division.
        if chars[sign] == "/", sign + 1 < chars.count, chars[sign + 1].isLetter { return false }
        return "×÷*/+＋−－".contains(chars[sign])
    }

    /// Whether the range's lower end follows a "from" word (`passerait de`, `from`, `von`, `从`): a
    /// change, not a range (`une hausse de 10 à 12 %` is a range all the same).
    static func isFromTo(_ range: FigureRange, in chars: [Character]) -> Bool {
        let start = range.lower.number.range.column - 1
        guard start > 0, start <= chars.count else { return false }
        let before = String(chars[max(0, start - 14)..<start]).lowercased()
        return [
            "passe de ", "passent de ", "passerait de ", "passeraient de ", "passer de ", "passé de ", "passant de ",
            "from ",
            "von ", "从", "由",
        ]
        .contains { before.hasSuffix($0) }
    }

    private static let perPeriodWords = LanguageProfile.all.flatMap(\.perPeriodWords).map { $0.lowercased() }

    /// Whether a per-period word (`a year`, `par an`, `每年`) follows the range's upper end.
    private static func isPerPeriod(_ range: FigureRange, in chars: [Character]) -> Bool {
        let end = range.upper.number.range.column - 1 + range.upper.number.range.length
        guard end <= chars.count else { return false }
        let after = String(chars[end..<min(chars.count, end + 12)]).lowercased().trimmingCharacters(in: .whitespaces)
        return perPeriodWords.contains { after.hasPrefix($0) }
    }

    struct FigureRange {
        var lower: LocatedFigure
        var upper: LocatedFigure
    }

    static func ranges(in figures: [LocatedFigure]) -> [FigureRange] {
        zip(figures, figures.dropFirst()).compactMap { a, b in
            a.number.rangePart == .lower && b.number.rangePart == .upper ? FigureRange(lower: a, upper: b) : nil
        }
    }

    /// `at €590–640 gives €5.43–5.98 million`, `5.5萬至7萬澳元，16台合計88萬至121萬澳元`: a range
    /// worked out from another in its sentence by a factor, stated or not, keeps the source's
    /// ratio between its ends. Only an end that is what the other end gives with two digits
    /// swapped or one changed is reported: a range may also be a sum or a difference of ranges.
    private func checkProportional(
        _ source: FigureRange, _ result: FigureRange, onlySwappedDigits: Bool = false, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let s1 = source.lower.number.value, s2 = source.upper.number.value
        let r1 = result.lower.number.value, r2 = result.upper.number.value
        guard s1 > 0, s2 > s1, r1 > 0, r2 > r1, [s1, s2] != [r1, r2] else { return }
        let ratio = s2 / s1
        if Self.agrees(result.upper, from: result.lower, ratio: ratio)
            || Self.agrees(result.lower, from: result.upper, ratio: 1 / ratio)
        {
            report.relationsChecked += 1
            return
        }
        // `零售价 380～460 元，扣掉里衬和缝纫后，每顶毛利在 323.8～403.8 元`: the same amount taken off both ends.
        let sameMeasure = SummaryFigureRule.sameMeasure(source.lower.number, result.lower.number)
        let shifted = s2 + (r1 - s1)
        if sameMeasure, Agreement.compare(stated: result.upper.number, computed: shifted).isAgreement {
            report.relationsChecked += 1
            return
        }
        // `重油が 92〜110 円/L … およそ 1,373万〜1,442万円` after a program printed 1,372.7 and 1,441.8 万円:
        // ends the page works out elsewhere are restated, whatever share of them the source moves.
        if Self.statedElsewhere(result.lower, page: page), Self.statedElsewhere(result.upper, page: page) {
            report.relationsChecked += 1
            return
        }
        let explanation = "the ends keep the ratio of \(source.lower.number.text)–\(source.upper.number.text)"
        // A leading digit changed is another amount, not a slip of this one; swapped digits are a slip wherever they stand.
        func near(_ stated: LocatedFigure, _ computed: Decimal) -> Bool {
            if let a = DigitSlip.digits(stated.number.value, at: stated.number.quantumExponent),
                let b = DigitSlip.digits(computed, at: stated.number.quantumExponent),
                DigitSlip.isAdjacentTransposition(a, b)
            {
                return true
            }
            return !onlySwappedDigits
                && abs((stated.number.value - computed).asDouble) < Self.slipDistance * computed.asDouble
        }
        if sameMeasure, DigitSlip.isPreciseSlip(result.upper.number, of: shifted), near(result.upper, shifted),
            !DigitSlip.isPreciseSlip(result.upper.number, of: r1 * ratio)
        {
            report.compare(
                result.upper, computed: Quantity(shifted, result.upper.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "the ends differ as \(source.lower.number.text)–\(source.upper.number.text) do",
                what: "range end")
        } else if Self.within(result.lower, times: ratio).contains(where: {
            DigitSlip.isPreciseSlip(result.upper.number, of: $0) && near(result.upper, $0)
        }) {
            report.compare(
                result.upper, computed: Quantity(r1 * ratio, result.upper.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: explanation, what: "range end")
        } else if Self.within(result.upper, times: 1 / ratio).contains(where: {
            DigitSlip.isPreciseSlip(result.lower.number, of: $0) && near(result.lower, $0)
        }) {
            report.compare(
                result.lower, computed: Quantity(r2 / ratio, result.lower.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: explanation, what: "range end")
        }
    }

    /// Whether another line of the page states the figure's amount, to its precision.
    private static func statedElsewhere(_ figure: LocatedFigure, page: PageFigures) -> Bool {
        page.allFigures.contains { other in
            other.line != figure.line && other.number.rangePart == .none
                && SummaryFigureRule.sameMeasure(other.number, figure.number)
                && Agreement.compare(stated: figure.number, computed: other.number.value).isAgreement
        }
    }

    /// `figure × ratio` for the value the figure states and for either end of what it rounds
    /// (`73.7` of 2–3 minutes is 73.65 to 73.75, so its 3-minute end is 110.5 to 110.6).
    private static func within(_ figure: LocatedFigure, times ratio: Decimal) -> [Decimal] {
        let value = figure.number.value
        let half = Decimal(sign: .plus, exponent: figure.number.quantumExponent, significand: 5) / 10
        return [value * ratio, (value - half) * ratio, (value + half) * ratio]
    }

    /// Whether the ends lie `points` of an amount the page states apart, to their rounding: a
    /// fixed amount less (or plus) a share of another that the range of percentages varies.
    private static func spansPointsOfStatedAmount(_ result: FigureRange, points: Decimal, page: PageFigures) -> Bool {
        let span = result.upper.number.value - result.lower.number.value
        let quantum = Decimal(sign: .plus, exponent: result.upper.number.quantumExponent, significand: 1)
        // Only an amount said just before: over a whole page, some amount fits by chance.
        return page.allFigures.contains { amount in
            amount.line <= result.lower.line && amount.line >= result.lower.line - 3
                && amount.number.rangePart == .none && amount.number.value > 0
                && SummaryFigureRule.sameMeasure(amount.number, result.lower.number)
                && (span - points * amount.number.value).magnitude <= 2 * quantum
        }
    }

    /// Whether some amount `base` the page states before the range, below it, has the range's ends
    /// rise above it in the given ratio: `(r2 − base) / (r1 − base)`.
    private static func risesAboveStatedAmount(_ result: FigureRange, ratio: Decimal, page: PageFigures) -> Bool {
        let r1 = result.lower.number.value
        return page.allFigures.contains { base in
            guard base.line <= result.lower.line, base.number.rangePart == .none, base.number.value > 0,
                base.number.value < r1, SummaryFigureRule.sameMeasure(base.number, result.lower.number)
            else { return false }
            let rise = r1 - base.number.value
            let expected = base.number.value + rise * ratio
            return Agreement.compare(stated: result.upper.number, computed: expected).isAgreement
        }
    }

    /// `entre 150 et 210 €` then `4 nuits` then `entre 600 et 804 €`: one end × the factor agrees, the other does not.
    /// Whether a factor explained the range, rightly or with one end wrong.
    @discardableResult
    private func checkScaled(
        _ source: FigureRange, _ result: FigureRange, factors: [LocatedFigure], page: PageFigures, file: String,
        into report: inout RuleReport
    ) -> Bool {
        for factor in factors where factor.number.value != 0 && factor.number.value != 1 {
            let k = factor.number.value
            let lower = source.lower.number.value * k, upper = source.upper.number.value * k
            let lowerAgrees = Agreement.compare(stated: result.lower.number, computed: lower).isAgreement
            let upperAgrees = Agreement.compare(stated: result.upper.number, computed: upper).isAgreement
            if lowerAgrees && upperAgrees { return true }
            guard lowerAgrees != upperAgrees else { continue }
            let (stated, computed) = lowerAgrees ? (result.upper, upper) : (result.lower, lower)
            report.compare(
                stated, computed: Quantity(computed, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation:
                    "\(factor.number.text) × the range \(source.lower.number.text)–\(source.upper.number.text)",
                what: "range end")
            return true
        }
        return false
    }

    /// `160 to 200 titles, i.e. $11,584 to $14,840` with `72.40` a title in the table; `150–160 人`
    /// then `总支出区间：25,790–26,570 元` with `96 元` a child and `11,390 元` fixed: a range
    /// computed from an earlier one as k × n, or c + k × n, with k a figure of the page and c a
    /// figure of the lines between. When such a k explains one end exactly and not the other, the
    /// other is reported; a range no stated k explains is left alone.
    private func checkFromEarlierRange(
        _ result: FigureRange, runIndex: Int, sources: [(run: Int, range: FigureRange)],
        denominators: Set<[Int]>, days: Set<[Int]>, corrections: inout [[Int]: Decimal], page: PageFigures,
        file: String, into report: inout RuleReport
    ) {
        guard result.lower.number.value > 0, result.upper.number.value > result.lower.number.value else { return }
        let resultValues = [result.lower.number.value, result.upper.number.value]
        for (sourceRun, source) in sources.reversed() {
            let s1 = source.lower.number.value, s2 = source.upper.number.value
            guard s1 > 0, s2 > s1, [s1, s2] != resultValues else { continue }
            // `800~1,200 次 … 即 6,400~9,600 元`: a range in proportion to a nearer one is worked out from
            // that one, whatever an older range times some figure would give.
            if Self.agrees(result.upper, from: result.lower, ratio: s2 / s1) { return }
            let between = page.runs[sourceRun...runIndex].flatMap(\.figures).filter { $0.number.rangePart == .none }
            let intercepts: [Decimal] =
                [0] + between.map(\.number.value).filter { $0 > 0 && $0 < result.lower.number.value }
            var explained: (stated: LocatedFigure, computed: Decimal, k: LocatedFigure, c: Decimal)?
            for k in page.allFigures
            where k.number.rangePart == .none && k.number.unit?.measure != .percent && !k.isBareYear
                && !days.contains([k.line, k.column])
            {
                let factor = k.number.value
                guard factor > 0, factor != 1, !resultValues.contains(factor), factor != s1, factor != s2,
                    !denominators.contains([k.line, k.column])
                else {
                    continue
                }
                for c in intercepts {
                    let lowerAgrees = Agreement.compare(stated: result.lower.number, computed: c + factor * s1)
                        .isAgreement
                    let upperAgrees = Agreement.compare(stated: result.upper.number, computed: c + factor * s2)
                        .isAgreement
                    if lowerAgrees && upperAgrees {
                        report.relationsChecked += 1
                        return
                    }
                    guard lowerAgrees != upperAgrees, explained == nil || (c == 0 && explained!.c != 0),
                        Self.isPrecise(lowerAgrees ? result.lower : result.upper)
                    else { continue }
                    let candidate =
                        lowerAgrees ? (result.upper, c + factor * s2, k, c) : (result.lower, c + factor * s1, k, c)
                    // A slip is near what the other end implies, or its digits swapped; far from it, k is a coincidence.
                    guard
                        abs((candidate.0.number.value - candidate.1).asDouble) < Self.slipDistance
                            * candidate.1.asDouble
                            || DigitSlip.isPreciseSlip(candidate.0.number, of: candidate.1)
                    else { continue }
                    explained = candidate
                }
            }
            guard let (stated, computed, k, c) = explained else { continue }
            let intercept = c == 0 ? "" : "\(c) + "
            // `390〜432 kg … 780〜846 袋 … 1,088 円 … 848,640〜940,032 円`: with 846 reported for 864, the
            // product of 864 is right, not a second slip.
            let sourceEnd = stated.number.range == result.upper.number.range ? source.upper : source.lower
            if let corrected = corrections[[sourceEnd.line, sourceEnd.column]],
                Agreement.compare(stated: stated.number, computed: c + k.number.value * corrected).isAgreement
            {
                report.relationsChecked += 1
                return
            }
            corrections[[stated.line, stated.column]] = computed
            report.compare(
                stated, computed: Quantity(computed, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation:
                    "\(intercept)\(k.number.text) × the range \(source.lower.number.text)–\(source.upper.number.text)",
                what: "range end")
            return
        }
    }

    /// Whether a figure is written to a hundredth of itself or finer (`57.50`, `25,790`, not `9`):
    /// a coarse end agrees with too many products to prove which factor made it.
    static func isPrecise(_ figure: LocatedFigure) -> Bool {
        figure.number.value >= Decimal(sign: .plus, exponent: figure.number.quantumExponent, significand: 100)
    }

    /// `10%–20%` then `193,600 至 221,200 元`: the ends' ratio is (1 + 20%) / (1 + 10%), or the like.
    private func checkFromPercentages(
        _ source: FigureRange, _ result: FigureRange, page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let p1 = source.lower.number.value / 100, p2 = source.upper.number.value / 100
        // `entre −8 % et +12 %` of an estimate: a signed range is only ever 1 + p.
        guard p1 > -1, p2 > p1, result.lower.number.value > 0 else { return }
        let candidates: [Decimal] =
            p1 <= 0
            ? [(1 + p2) / (1 + p1)]
            : [(1 + p2) / (1 + p1), p2 / p1, p1 < 1 && p2 < 1 ? (1 - p1) / (1 - p2) : 0].filter { $0 > 0 }
        let lower = result.lower.number.value
        let stated = (result.upper.number.value / lower).asDouble
        for ratio in candidates where Self.agrees(result.upper, from: result.lower, ratio: ratio) { return }
        // `Last winter £612.20 … wood goes up another 10–20 %: between £654.20 and £696.20`: a part of an
        // amount the page states went up, so the ends rise above it as p1 to p2.
        if p1 > 0, Self.risesAboveStatedAmount(result, ratio: p2 / p1, page: page) { return }
        // `殘值落在 5%–15%` of a NT$92.4 萬 purchase: `NT$100.1 萬至 NT$109.4 萬` ten points of it apart.
        if Self.spansPointsOfStatedAmount(result, points: p2 - p1, page: page) { return }
        // `8%–15%` of 16,000 kg at 40 元: `51,200–69,000 元` swaps the digits of 96,000.
        let slipped = candidates.first { DigitSlip.isPreciseSlip(result.upper.number, of: lower * $0) }
        guard let nearest = slipped ?? candidates.min(by: { abs($0.asDouble - stated) < abs($1.asDouble - stated) }),
            slipped != nil || abs(nearest.asDouble - stated) / nearest.asDouble < Self.closeRatio
        else { return }
        report.compare(
            result.upper, computed: Quantity(lower * nearest, result.upper.number.unit), rule: Self.id, file: file,
            locale: page.locale,
            explanation:
                "\(result.lower.number.text) scaled as the range \(source.lower.number.text)–\(source.upper.number.text)",
            what: "range end")
    }
}
