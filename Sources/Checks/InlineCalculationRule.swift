import Content
import Foundation
import Numbers
import TextKit

/// Recomputes calculations written in prose and list items: `1000万 tokens × 5e-06 $ = 0.05 $`.
struct InlineCalculationRule: PageRule {
    static let id = "inline-calculation"

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        // Read once a page, and only when a restatement changes currency.
        var rates: ExchangeRates?
        for run in page.runs {
            for chain in CalculationChain.chains(in: run) {
                check(chain, page: page, rates: &rates, file: file, into: &report)
            }
        }
    }

    private func check(
        _ chain: CalculationChain, page: PageFigures, rates: inout ExchangeRates?, file: String,
        into report: inout RuleReport
    ) {
        let parts = chain.parts
        // `1 354 400 €, soit environ 13,5 M€`: the same amount said again, in the same measure.
        if !parts[0].isComputation, parts.count >= 2, parts[1].isRestatement {
            checkRestatements(parts, page: page, rates: &rates, file: file, into: &report)
            return
        }
        // `X = A + B`: the lone figure before the computation is the claim.
        if !parts[0].isComputation, parts.count == 2, let computed = Self.value(of: parts[1]) {
            compare(parts[0].figures[0], computed, parts[1], page: page, file: file, into: &report)
            return
        }
        guard let start = parts.firstIndex(where: \.isComputation), var computed = Self.value(of: parts[start]) else {
            return
        }
        // `1,200a ÷ 10 × 1.8万円`: an operand that could not be read leaves the calculation cut short.
        if let first = parts[start].figures.first, Self.followsOperator(first, lines: page.lines) { return }
        // `2.6M input tokens at $0.40 / 1M = $1.04`: a price per million, written with its slash, that the
        // sentence multiplies by the tokens before it; a million times its result is no slip.
        if Self.isPricePerMillion(parts[start]), let said = parts[safe: start + 1]?.figures.first,
            said.number.value.magnitude >= computed.value.magnitude * 1000
        {
            return
        }
        var source = parts[start]
        for var part in parts[(start + 1)...] {
            // `= 73 440 000 tokens en entrée et … = 5 508 000 tokens en sortie, c'est-à-dire 73,44 M
            // et 5,508 M`: restatements said together, in the order of the results they restate.
            if part.isRestatement, let said = part.figures.first,
                Self.restatesEarlierResult(said, besides: computed, page: page)
            {
                report.relationsChecked += 1
                break
            }
            // `264 M tokens (2.64 bn)`: a bare restatement in another scale counts what the amount before it counts.
            if part.isRestatement, part.figures.count == 1, part.figures[0].number.unit == nil,
                part.figures[0].number.scale != nil
            {
                part.figures[0].number.unit = computed.unit
            }
            // `109.20 × 12 = 1,310.4 ドル、約 197万円` under `1 ドル 150 円`: the result said again in another currency.
            if part.isRestatement, let said = part.figures.first, case .currency(let to)? = said.number.unit?.measure,
                case .currency(let from)? = computed.unit?.measure, from != to
            {
                if rates == nil { rates = ExchangeRates(page) }
                if let converted = rates?.convert(computed, to: said.number.unit) { computed = converted }
            }
            // `567 000 mots, soit environ 0,74 M tokens à raison de 1,3 token par mot`: said again in
            // another unit, at the rate the sentence gives after it.
            if part.isRestatement, let said = part.figures.first, said.number.unit?.measure != computed.unit?.measure,
                computed.unit != nil, let rate = Self.conversionRate(after: said, page: page)
            {
                computed = Quantity(computed.value * rate, said.number.unit)
            }
            if part.isRestatement, let said = part.figures.first, said.number.unit?.measure != computed.unit?.measure,
                computed.converted(to: said.number.unit) == nil
            {
                // `= 1 354 400 €, soit 1,35 M€` compares; `= 14 260 MWh, soit 14,26 GWh` is another unit.
                break
            }
            if !part.isComputation {
                var stated = part.figures[0]
                // `≈ 月 18,400 会話`: the approximate sign is the result's even with a word between them.
                if part.isApproximate, !part.isRestatement { stated.number.isApproximate = true }
                // `340 × 180 ～ 340 × 220 = 61,200～74,800`: the second calculation of a range is its
                // upper end's, not the lower end's the equals sign stands before.
                if stated.number.rangePart == .lower, source.figures.first?.number.rangePart == .upper {
                    if let upper = part.upperEnds[0] {
                        compare(upper, computed, source, page: page, file: file, into: &report)
                    }
                    return
                }
                if !source.upperEnds.isEmpty || !part.upperEnds.isEmpty {
                    checkRangeResult(part, of: source, lower: computed, page: page, file: file, into: &report)
                    return
                }
                compare(stated, computed, source, page: page, file: file, into: &report)
                computed = stated.quantity
            } else if let value = Self.value(of: part) {
                // `A × B = C + D = E`: each step is checked against the one before it.
                computed = value
            }
            source = part
        }
    }

    /// `$0.40 / 1M`: an amount over one million (or thousand) of something, written with a scale word.
    static func isPricePerMillion(_ part: CalculationChain.Part) -> Bool {
        guard part.figures.count == 2, let divide = part.operators.first, "/÷／".contains(divide),
            let denominator = part.figures.last, let scale = denominator.number.scale
        else { return false }
        return denominator.number.value == Decimal(sign: .plus, exponent: scale.powerOfTen, significand: 1)
            && scale.powerOfTen >= 3
    }

    /// `1 354 400 €, soit environ 13,5 M€`: each restatement agrees with the amount before it.
    private func checkRestatements(
        _ parts: [CalculationChain.Part], page: PageFigures, rates: inout ExchangeRates?, file: String,
        into report: inout RuleReport
    ) {
        var computed = parts[0].figures[0].quantity
        var before = parts[0].figures[0]
        for part in parts.dropFirst() {
            guard part.isRestatement || !part.isComputation, let said = part.figures.first else { return }
            // `52,395 ユーロ（約 838 万円）` under `1ユーロ＝160円`: said again in another currency.
            if case .currency(let to)? = said.number.unit?.measure, case .currency(let from)? = computed.unit?.measure,
                from != to
            {
                if rates == nil { rates = ExchangeRates(page) }
                guard let converted = rates?.convert(computed, to: said.number.unit) else { return }
                computed = converted
            }
            // `30,00 $ par mois, soit 360 $ par an`: a month's rate said again for a year.
            if let yearly = computed.convertedPerPeriod(to: said.number.unit) { computed = yearly }
            guard
                computed.converted(to: said.number.unit) != nil
                    || said.number.unit?.measure == computed.unit?.measure
                        && said.number.unit?.per == computed.unit?.per
            else { return }
            // `約 100万（1048575）`: the rounded one may come first; either may round the other.
            if before.number.isApproximate, said.number.unit == before.number.unit,
                Agreement.compare(stated: before.number, computed: said.number.value).isAgreement
            {
                report.relationsChecked += 1
            } else if !Self.mayRestate(said.number.value, (computed.converted(to: said.number.unit) ?? computed).value)
            {
                // `1,73 million, soit 94 000 TWD d'écart`: `soit` also introduces another amount.
                return
            } else {
                compare(said, computed, parts[0], page: page, file: file, into: &report)
            }
            computed = said.quantity
            before = said
        }
    }

    /// `× 35 à 45 CNY × 2 = 84 000 à 108 000`: each end of the result from each end of the range;
    /// a range on one side only says nothing certain. One end off is a slip; both off alike is a
    /// unit the sentence leaves unsaid (`€590–640` a cubic metre).
    private func checkRangeResult(
        _ part: CalculationChain.Part, of source: CalculationChain.Part, lower computed: Quantity, page: PageFigures,
        file: String, into report: inout RuleReport
    ) {
        guard let statedUpper = part.upperEnds[0], !source.upperEnds.isEmpty,
            let upper = Self.value(of: source.atUpperEnds)
        else { return }
        var ends = [RuleReport(), RuleReport()]
        // `€5.43–5.98 million`: the currency and the scale, written once, are both ends'.
        var lower = part.figures[0], higher = statedUpper
        if lower.number.scale == nil { lower.number.scale = higher.number.scale }
        if higher.number.unit == nil { higher.number.unit = lower.number.unit }
        compare(lower, computed, source, page: page, file: file, into: &ends[0])
        compare(higher, upper, source.atUpperEnds, page: page, file: file, into: &ends[1])
        report.relationsChecked += ends[0].relationsChecked + ends[1].relationsChecked
        if ends[0].diagnostics.isEmpty != ends[1].diagnostics.isEmpty {
            report.diagnostics += ends[0].diagnostics + ends[1].diagnostics
        }
    }

    /// `180 Säcken à 10 kg zu 24 € = 4.320 €`: a price each after a measure (the sack's 10 kg) prices
    /// the count before it, which the result is exactly.
    private static func pricesAnotherCount(_ stated: LocatedFigure, _ source: CalculationChain.Part, page: PageFigures)
        -> Bool
    {
        guard source.figures.count == 2, source.operators == ["×"], let quantity = source.figures.first,
            let price = source.figures.last, price.isMoney, !quantity.isMoney, quantity.number.unit != nil,
            let run = page.runs.first(where: { $0.line == quantity.line })
        else { return false }
        return run.figures.contains { count in
            count.column < quantity.column && count.number.precision.fractionDigits == 0 && !count.isMoney
                && count.number.value > 1 && count.number.value * price.number.value == stated.number.value
        }
    }

    /// The value of the figure after `said` in its sentence, in `said`'s unit and followed by a per
    /// word (`à raison de 1,3 token par mot`): the rate of a conversion the sentence names.
    private static func conversionRate(after said: LocatedFigure, page: PageFigures) -> Decimal? {
        guard let run = page.run(holding: said) else { return nil }
        let chars = run.characters
        let sentence = SentenceBounds.range(around: said, in: chars)
        let after = run.figures.filter {
            ($0.line, $0.column) > (said.line, said.column) && sentence.contains($0.number.range.column - 1)
        }
        guard let rate = after.first, rate.number.unit == said.number.unit, rate.number.unit?.per == nil,
            rate.number.value > 0, PerWords.followAmount(rate, in: chars)
        else { return nil }
        return rate.number.value
    }

    /// `L4 × 4 枚で 1.5 時間 × 7 日 → 42 GPU 時間`: a count the clause states right before the
    /// calculation (and after a `×`) multiplies its result too.
    private static func countsMachinesBefore(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, page: PageFigures
    ) -> Bool {
        guard source.isComputation, let first = source.figures.first, let run = page.run(holding: first),
            let index = run.figures.firstIndex(where: { $0.line == first.line && $0.column == first.column }),
            index > 0
        else { return false }
        let count = run.figures[index - 1]
        guard count.line == first.line, count.number.unit?.measure != .percent, count.number.value >= 2,
            count.number.precision.fractionDigits == 0
        else { return false }
        let chars = run.characters
        let before = chars[..<max(0, min(chars.count, count.number.range.column - 1))].reversed().prefix(3)
        guard before.contains(where: { $0 == "×" || $0 == "x" || $0 == "*" }) else { return false }
        return Agreement.compare(stated: stated.number, computed: computed.value * count.number.value).isAgreement
    }

    /// Whether a restatement that does not say `computed` again says the stated result of another
    /// calculation of its run again, before it.
    private static func restatesEarlierResult(_ said: LocatedFigure, besides computed: Quantity, page: PageFigures)
        -> Bool
    {
        guard !Agreement.compare(stated: said.number, computed: computed.value).isAgreement,
            let run = page.run(holding: said)
        else { return false }
        return CalculationChain.chains(in: run).contains { chain in
            guard let result = chain.computation?.stated, (result.line, result.column) < (said.line, said.column)
            else { return false }
            return Agreement.compare(stated: said.number, computed: result.number.value).isAgreement
        }
    }

    private static let outOfWords = LanguageProfile.all.flatMap(\.outOfWords).map { $0.lowercased() }

    /// `412 entrées sur 3 séances × 9 € = 3 708 €`: the count before the calculation is spread over
    /// its first operand, which says over what, and the result counts the count.
    private static func countsSpreadOverFirstOperand(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, page: PageFigures
    ) -> Bool {
        guard source.isComputation, source.operators.first == "×" || source.operators.first == "x",
            let first = source.figures.first, first.number.value != 0, let run = page.run(holding: first),
            let index = run.figures.firstIndex(where: { $0.line == first.line && $0.column == first.column }),
            index > 0
        else { return false }
        let count = run.figures[index - 1]
        let chars = run.characters
        guard count.number.unit?.measure != .percent, let gap = count.gap(to: first, in: chars), gap.count <= 14,
            !gap.contains(where: { "=＝×x+＋−-÷/".contains($0) })
        else { return false }
        let words = Array(String(gap).lowercased().split(separator: " ")).map(String.init)
        guard words.contains(where: { outOfWords.contains($0) }) else { return false }
        return Agreement.compare(
            stated: stated.number, computed: computed.value / first.number.value * count.number.value
        ).isAgreement
    }

    /// `1 kg あたり … 1,934 万円 ÷（4,800 t × 5 年）≒ 0.81 円`: an amount divided by a quantity in one
    /// unit (tonnes) and said per another unit of its family that the sentence names (a kilogram).
    private static func pricesPerNamedUnit(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, page: PageFigures
    ) -> Bool {
        let divides = source.operators.contains("÷")
        guard divides || source.operators.allSatisfy({ $0 == "×" }), stated.isMoney, let run = page.run(holding: stated)
        else { return false }
        let operandUnits = source.figures.compactMap(\.number.unit).filter { $0.per == nil }
        // `出荷の平均単価を1kgあたり420円と` / `すると、33.6t × 420円 = 14,112,000円`: the unit may be named on the line above.
        let above = page.runs.first(where: { $0.line == run.line - 1 })?.figures ?? []
        let named = above + run.figures.filter { $0.column < stated.column || $0.line < stated.line }
        for named in named where named.number.value == 1 {
            guard let unit = named.number.unit, unit.per == nil else { continue }
            guard case .count(let thing) = unit.measure, let per = thing.perPrefixed else { continue }
            for operandUnit in operandUnits {
                guard case .count(let other) = operandUnit.measure, let divisor = other.perPrefixed,
                    divisor.family == per.family, divisor.power != per.power
                else { continue }
                let factor = Decimal(sign: .plus, exponent: divisor.power - per.power, significand: 1)
                let converted = divides ? computed.value / factor : computed.value * factor
                if Agreement.compare(stated: stated.number, computed: converted).isAgreement {
                    return true
                }
            }
        }
        return false
    }

    /// `旧电池回收抵扣：164 节 × 35 元 = −5,740 元`, `Trade-in credit: 3 × £40 = −£120`: a product of
    /// positive figures written with a minus is a line that takes the amount off, not a slip.
    private static func signsDeduction(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part)
        -> Bool
    {
        stated.number.value < 0 && computed.value > 0 && source.operators.allSatisfy({ $0 == "×" || $0 == "÷" })
            && source.figures.allSatisfy({ $0.number.value > 0 })
    }

    private func compare(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        if Self.convertedByTheAuthor(stated, computed) {
            report.relationsChecked += 1
            return
        }
        // `購入額の 2/3 = 239,333円`: a proper fraction written as one is a share of an amount the
        // line names in words; what it comes to is that share of it, not the fraction's value.
        if source.operators == ["/"] || source.operators == ["÷"], source.figures.count == 2, computed.value < 1,
            stated.number.value >= 1,
            stated.number.unit?.measure != .percent,
            source.figures.allSatisfy({ $0.number.unit == nil && $0.number.precision.fractionDigits == 0 }),
            source.figures[1].column == source.figures[0].column + source.figures[0].number.range.length + 1
        {
            return
        }
        // `10 % of a $160k salary = $1,333.33 a month`: a year's amount said as its month's twelfth.
        if Agreement.compare(stated: stated.number, computed: computed.value / 12).isAgreement,
            let run = page.runs.first(where: { $0.line == stated.line }),
            AnnualisedFigureRule.isMonthly(stated, in: run.characters)
        {
            report.relationsChecked += 1
            return
        }
        var computed = Self.inStatedUnit(computed, for: stated, source)
        if Self.signsDeduction(stated, computed, source) { computed.value = -computed.value }
        guard Self.unitsComparable(stated.number.unit, computed.unit) else { return }
        var figure = stated
        // `3 × ~$0.55 = $1.66`: a result of rounded inputs is only as exact as they are.
        if source.isApproximate || source.figures.contains(where: \.number.isApproximate)
            || Self.notesRounding(after: figure, lines: page.lines)
        {
            figure.number.isApproximate = true
        }
        if Self.isPricedPerScaleUnit(figure, computed, source)
            || Self.sharesStatedScale(figure, computed, source, pageScales: page.scalesUsed)
            || Self.dropsUnitPrefix(figure, computed) || Self.countsBytesInStatedPrefix(figure, computed)
            || Self.pricesSmallerPrefix(figure, computed, source)
            || Self.writtenWithTrailingScale(figure, computed, lines: page.lines)
            || Self.convertsUnitPrefix(figure, computed, source, lines: page.lines)
            || Self.convertsTime(figure, computed, source, lines: page.lines)
            || Self.paysMinutesByTheHour(figure, computed, source) || Self.countsCentsTwice(figure, computed, source)
            || Self.raisesToPower(figure, computed, source, lines: page.lines)
            || Self.pricesAnotherCount(figure, source, page: page) || Self.countsSingleThings(figure, computed, source)
            || Self.pricesPerNamedUnit(figure, computed, source, page: page)
            || Self.countsMachinesBefore(figure, computed, source, page: page)
            || Self.countsSpreadOverFirstOperand(figure, computed, source, page: page)
        {
            report.relationsChecked += 1
            return
        }
        // `51.84 / 12,000 = 0.34 US cents`: the value is reported in the hundredths it is written in.
        var meant = Self.inStatedScale(Self.likelyMeant(computed, for: figure, source), for: figure, source)
        if let factor = Self.trailingScale(of: figure, lines: page.lines), factor < 1 { meant.value /= factor }
        report.compare(
            figure, computed: meant,
            rule: Self.id, file: file,
            locale: page.locale,
            explanation: Self.explain(source), what: "calculation",
            tolerance: Agreement.tolerance(operands: source.figures.map(\.number)))
    }

    /// `１,８００ × ２０分钟 ÷ ６０ ＝ ６００小时`, `120 × 35 € par mois × 12 = 50 400 € par an`: an
    /// author who divides by 60 or multiplies by 12 has converted already.
    private static func convertedByTheAuthor(_ stated: LocatedFigure, _ computed: Quantity) -> Bool {
        let clockUnits: Bool
        if case .count(let from)? = computed.unit?.measure, case .count(let to)? = stated.number.unit?.measure {
            clockUnits = from.clockSeconds != nil && to.clockSeconds != nil
        } else {
            clockUnits = false
        }
        guard clockUnits || computed.convertedPerPeriod(to: stated.number.unit) != nil else { return false }
        return Agreement.compare(stated: stated.number, computed: computed.value).isAgreement
    }

    /// `96 m² × 200 W ＝ 19.2 kW`: a product whose units do not combine is in the unit of the
    /// operand that converts to the stated one (W to kW), the other counting how many.
    private static func convertedByOperand(_ computed: Quantity, to unit: FigureUnit?, _ source: CalculationChain.Part)
        -> Quantity?
    {
        guard let unit, source.operators.allSatisfy({ $0 == "×" }) else { return nil }
        let units = source.figures.compactMap(\.number.unit).filter { $0 != unit }
        return units.lazy.compactMap { Quantity(computed.value, $0).converted(to: unit) }.first
    }

    /// The computed value in the unit the result is stated in, where the operands allow it.
    private static func inStatedUnit(_ computed: Quantity, for stated: LocatedFigure, _ source: CalculationChain.Part)
        -> Quantity
    {
        // `1,200 × 14.5 GB = 17.4 TB`, `14 260 MWh, soit 14,26 GWh`: units of one family convert.
        // A ratio stated as a percentage is × 100, unless the author wrote the × 100 (`… ÷ 2,244 × 100 = 54.9%`).
        let writesHundred = zip(source.operators, source.figures.dropFirst()).contains {
            $0 == "×" && $1.number.value == 100 && $1.number.unit == nil
        }
        // `€5,605,310 ÷ 9,180,000 L × 1,000 = €610.6 per 1,000 litres`: the author multiplied by the
        // amount the rate is per.
        if let per = stated.number.unit?.per, per.amount != 1, let own = computed.unit?.per, own.amount == 1,
            own.thing == per.thing,
            zip(source.operators, source.figures.dropFirst()).contains(where: {
                $0 == "×" && $1.number.value == per.amount && $1.number.unit == nil
            })
        {
            return Quantity(computed.value, stated.number.unit)
        }
        // `2.1 TB，即 2,150.4 GB`: data counted in powers of 1,024 where the stated figure says so.
        if let binary = computed.convertedBinary(to: stated.number.unit),
            Agreement.agrees(stated.number, computed: binary.value)
        {
            return binary
        }
        var computed =
            computed.converted(to: stated.number.unit) ?? computed.convertedPerPeriod(to: stated.number.unit)
            ?? Self.convertedByOperand(computed, to: stated.number.unit, source)
            ?? (writesHundred ? computed : asStated(computed, by: stated.number.unit))
        // `７.８９美元 × ７.１２ ＝ ５６.１８元`: a bare factor between two currencies is an exchange rate.
        // So is one in `12 × 0.6 GB × 0.45 = 4.68 元`: a price per gigabyte left unsaid. The result
        // may be for a period the operands leave unsaid (`１７，６４０ドル × １５０ ＝ ２，４６６，０００円／月`).
        let isOtherMeasure: Bool
        switch (stated.number.unit?.measure, computed.unit?.measure) {
        case (.currency(let to)?, .currency(let from)?): isOtherMeasure = to != from
        case (.currency?, .count?): isOtherMeasure = true
        default: isOtherMeasure = false
        }
        if isOtherMeasure, stated.number.unit?.per == nil || stated.number.unit?.per?.thing?.isPeriod == true,
            computed.unit?.per == nil,
            // `(0,31 − 0,27) × 1.115 kWh × 12 = 535,20 €`: a difference of two bare prices is a price too.
            source.operators.enumerated().allSatisfy({ index, op in
                op == "×" || op == "÷"
                    || source.figures[index].number.unit == nil && source.figures[index + 1].number.unit == nil
            }),
            source.figures.contains(where: { $0.number.unit == nil })
        {
            computed.unit = stated.number.unit
        }
        return computed
    }

    /// Whether a restatement's value may be the amount said again: within a factor of two, or a
    /// power of ten away (a scale slip, which is worth reporting).
    static func mayRestate(_ said: Decimal, _ amount: Decimal) -> Bool {
        guard said != 0, amount != 0 else { return true }
        let ratio = abs((said / amount).asDouble)
        if ratio >= 0.5 && ratio <= 2 { return true }
        let exponent = log10(ratio).rounded()
        return abs(exponent) <= 3 && abs(ratio / pow(10, exponent) - 1) <= 0.1
    }

    /// Whether an arithmetic sign stands right before the figure (spaces aside).
    private static let roundingNoteWords = LanguageProfile.all.flatMap(\.roundingNoteWords)

    /// `3,800,000 ÷ 3 ＝ 1,266,000 円（千円未満切り捨て）`: a note in brackets right after the result says
    /// it was cut or rounded to its trailing zeros.
    private static func notesRounding(after figure: LocatedFigure, lines: SourceLines) -> Bool {
        let text = lines[figure.line]
        let after = text.dropFirst(figure.column - 1 + figure.number.range.length).prefix(24)
        guard let open = after.firstIndex(where: { $0 == "(" || $0 == "（" }),
            after[..<open].allSatisfy({ !$0.isNumber && !",.;，。；".contains($0) })
        else { return false }
        let note = after[open...].prefix { $0 != ")" && $0 != "）" }.lowercased()
        return roundingNoteWords.contains { note.contains($0) }
    }

    static func followsOperator(_ figure: LocatedFigure, lines: SourceLines) -> Bool {
        let text = lines[figure.line]
        let before = Array(text.prefix(max(0, figure.column - 1)).reversed().drop { $0 == " " || $0 == "\u{3000}" })
        guard let sign = before.first, "×÷*/+−-＋－".contains(sign) else { return false }
        // A list bullet (`- 1000万 × …`) or a comment (`// 1 + 1`) is no operator; nor is the end
        // of bold text (`**案A**　50,816,000 ÷ …`).
        let rest = before.dropFirst()
        if sign == "*", rest.first == "*" { return false }
        if rest.allSatisfy({ $0 == " " || $0 == ">" }) { return false }
        return !(sign == "/" && rest.first == "/")
    }

    private static let hundredth = Decimal(1) / 100
    private static let trailingScales: [String: Decimal] = [
        "k": 1_000, "K": 1_000, "M": 1_000_000, "Md": 1_000_000_000, "Mrd": 1_000_000_000, "Mio": 1_000_000,
        "bn": 1_000_000_000,
        "ct": hundredth, "cts": hundredth, "cent": hundredth, "cents": hundredth, "Cent": hundredth, "Cents": hundredth,
        "centimes": hundredth,
        "c": hundredth, "¢": hundredth,
    ]

    private static let cjkHundredths = ["美分", "欧分", "歐分", "セント"]

    /// `480 000 × 200 = 96 M`, `682.448 / 3.624.000 kWh = 18,83 ct/kWh`: a scale letter or a
    /// hundredth of the currency written after the figure, which the scanner did not take.
    static func writtenWithTrailingScale(_ stated: LocatedFigure, _ computed: Quantity, lines: SourceLines) -> Bool {
        guard let factor = trailingScale(of: stated, lines: lines) else { return false }
        return Agreement.compare(stated: stated.number, computed: computed.value / factor).isAgreement
    }

    /// The rest of a figure's line after it, past the spaces that follow it.
    private static func textAfter(_ figure: LocatedFigure, lines: SourceLines) -> Substring {
        lines[figure.line].dropFirst(max(0, figure.column - 1 + figure.number.range.length)).drop {
            $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}"
        }
    }

    /// `3,640 × 20 s = 20.2 h`, `45 × 12 min = 9 h`: a time in seconds or minutes said in a larger unit.
    static func convertsTime(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, lines: SourceLines
    ) -> Bool {
        guard let to = secondsIn(stated.number.unit) else { return false }
        return source.figures.contains { operand in
            // The scanner leaves a bare `s` or `min` after a figure unread: too many words start so.
            let written =
                operand.number.unit == nil
                ? timeSymbols[String(textAfter(operand, lines: lines).prefix { $0.isLetter })] : nil
            guard let from = secondsIn(operand.number.unit) ?? written, from < to else { return false }
            return Agreement.compare(stated: stated.number, computed: computed.value * from / to).isAgreement
        }
    }

    /// Symbols of seconds and minutes written right after an operand.
    private static let timeSymbols: [String: Decimal] = ["s": 1, "sec": 1, "秒": 1, "min": 60, "分": 60]

    /// How many seconds one of a unit of time is; nil for anything else.
    private static func secondsIn(_ unit: FigureUnit?) -> Decimal? {
        guard case .count(let thing)? = unit?.measure, unit?.per == nil else { return nil }
        switch thing {
        case .seconds: return 1
        case .hours: return 3600
        case .days: return 86_400
        case .other("min"): return 60
        default: return nil
        }
    }

    /// `108 × 450 Wp = 48.6 kWp`, `2,400 g × 12 = 28.8 kg`: a unit the scanner does not know, written
    /// after an operand and with a metric prefix after the result.
    static func convertsUnitPrefix(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, lines: SourceLines
    ) -> Bool {
        func word(after figure: LocatedFigure) -> String {
            String(textAfter(figure, lines: lines).prefix { $0.isLetter })
        }
        let result = word(after: stated)
        guard result.count >= 2, stated.number.unit == nil else { return false }
        let prefixes: [Character: Int] = ["k": 3, "M": 6, "G": 9]
        for operand in source.figures where operand.number.unit == nil {
            let unit = word(after: operand)
            guard !unit.isEmpty else { continue }
            let power: Int
            if let first = result.first, let p = prefixes[first], result.dropFirst() == unit {
                power = p
            } else if let first = unit.first, let p = prefixes[first], unit.dropFirst() == result {
                power = -p
            } else {
                continue
            }
            let factor = Decimal(sign: .plus, exponent: power, significand: 1)
            return Agreement.compare(stated: stated.number, computed: computed.value / factor).isAgreement
        }
        return false
    }

    /// The scale or hundredth written after a figure without a scale of its own (`96 M`, `0.43 US cents`).
    static func trailingScale(of stated: LocatedFigure, lines: SourceLines) -> Decimal? {
        let after = textAfter(stated, lines: lines)
        var word = String(after.prefix { $0.isLetter || $0 == "¢" })
        // `= 0.43 US cents`: the country before the hundredth.
        if word == "US" || word == "euro" {
            word = String(after.dropFirst(word.count).drop { $0 == " " }.prefix { $0.isLetter })
        }
        // `＝ 0.43 美分`, `0.43 セント`: a hundredth written in CJK, followed by anything.
        if let cjk = cjkHundredths.first(where: { after.hasPrefix($0) }) { word = cjk }
        guard stated.number.scale == nil else { return nil }
        return trailingScales[word] ?? (cjkHundredths.contains(word) ? hundredth : nil)
    }

    /// The value of a part, or nil when its units cannot be combined or it divides by zero.
    static func value(of part: CalculationChain.Part) -> Quantity? {
        try? LenientArithmetic.evaluate(part.tokens, operands: operands(of: part))?.get()
    }

    /// The part's figures as quantities; a scaled bare count beside a rate per a thing counts that
    /// thing (`120 M × $0.06/M` is 120 million tokens at $0.06 per million tokens).
    static func operands(of part: CalculationChain.Part) -> [Quantity] {
        let thing = part.figures.lazy.compactMap { $0.number.unit?.per }.first { $0.amount >= 1000 }?.thing
        return part.figures.map { figure in
            var quantity = figure.quantity
            if quantity.unit == nil, figure.number.scale != nil, let thing {
                quantity.unit = FigureUnit(.count(thing), written: thing.description)
            }
            return quantity
        }
    }

    /// `120百万 × 0.06美元 = 7.20美元`: the price is per million, the scale word of the operand it
    /// multiplies; the stated result is the product divided by that scale.
    static func isPricedPerScaleUnit(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part)
        -> Bool
    {
        guard CheckPolicy.acceptsPricePerScaleUnit, Self.mayPricePerScaleUnit(source) else { return false }
        return source.figures.contains { operand in
            guard let power = operand.number.scale?.powerOfTen, power >= 3, operand.number.unit?.per == nil else {
                return false
            }
            let scaled = computed.value / Decimal(sign: .plus, exponent: power, significand: 1)
            return Agreement.compare(stated: stated.number, computed: scaled).isAgreement
        }
    }

    /// The computed value as the author most likely meant it: for `30M × 0.20ドル = 6.20ドル` the
    /// price is per million, so the finding says 6.00, not 6,000,000.
    static func likelyMeant(_ computed: Quantity, for stated: LocatedFigure, _ source: CalculationChain.Part)
        -> Quantity
    {
        guard Self.mayPricePerScaleUnit(source), stated.number.value != 0 else { return computed }
        let candidates =
            [computed]
            + source.figures.compactMap { operand -> Quantity? in
                guard let power = operand.number.scale?.powerOfTen, power >= 3, operand.number.unit?.per == nil else {
                    return nil
                }
                return Quantity(computed.value / Decimal(sign: .plus, exponent: power, significand: 1), computed.unit)
            }
        func distance(_ q: Quantity) -> Double {
            let ratio = (q.value / stated.number.value).magnitude.asDouble
            return ratio > 0 ? abs(log10(ratio)) : .infinity
        }
        return candidates.min { distance($0) < distance($1) } ?? computed
    }

    /// `(18.5 − 16.2) × 420,000 ÷ 10,000 = 69.6万元`, `1 080 × 0,05 = 45 M tokens`: bare operands
    /// are in the scale the result is written in, so the finding says 96.6万元 and 54 M, not a
    /// ten-thousandth of them, when that is nearer what was stated.
    static func inStatedScale(_ computed: Quantity, for stated: LocatedFigure, _ source: CalculationChain.Part)
        -> Quantity
    {
        guard let power = stated.number.scale?.powerOfTen, power > 0, stated.number.value != 0, computed.value != 0,
            source.figures.allSatisfy({ $0.number.scale == nil && $0.number.unit?.per == nil })
        else { return computed }
        let scaled = Quantity(computed.value * Decimal(sign: .plus, exponent: power, significand: 1), computed.unit)
        func distance(_ q: Quantity) -> Double { abs(log10(abs((q.value / stated.number.value).asDouble))) }
        return distance(scaled) < distance(computed) ? scaled : computed
    }

    /// A product whose unscaled operands are prices of a size quoted per million or per
    /// thousand (`0.06美元`), not per-unit prices (`5e-06美元`, which makes `1000万 × 5e-06` 50).
    private static func mayPricePerScaleUnit(_ source: CalculationChain.Part) -> Bool {
        // A rate per a named thing (`5美元/百万token`) already says what it multiplies; `$0.06/M` does not.
        // `41,200 thousand × $0.0004`: a price per thousand may be ten times smaller than one per million.
        let perThousand = source.figures.contains { $0.number.scale?.powerOfTen == 3 }
        guard source.figures.allSatisfy({ $0.number.unit?.per?.thing == nil }),
            source.figures.allSatisfy({
                $0.number.scale != nil || isAtLeastSmallestPrice($0.number.value)
                    || perThousand && $0.number.value.magnitude >= CheckPolicy.smallestPricePerScaleUnit / 10
            })
        else { return false }
        if source.operators.allSatisfy({ $0 == "×" }) { return true }
        // `520 M × 2.50 + 45 M × 10.00`: a sum of such products, each with one count in the same scale.
        let sums = source.operators.filter { $0 == "+" }.count
        let scaled = source.figures.compactMap { $0.number.scale?.powerOfTen }
        return source.operators.allSatisfy({ $0 == "×" || $0 == "+" }) && scaled.count == sums + 1
            && Set(scaled).count == 1
    }

    /// `|value| ≥ CheckPolicy.smallestPricePerScaleUnit`, a thousandth. A value other than zero with
    /// no digit below the thousandths is at least that, which its exponent tells without comparing Decimals.
    private static func isAtLeastSmallestPrice(_ value: Decimal) -> Bool {
        if thousandthSuffices, !value.isNaN, !value.isZero, value.exponent >= -3 { return true }
        return value.magnitude >= CheckPolicy.smallestPricePerScaleUnit
    }

    private static let thousandthSuffices = CheckPolicy.smallestPricePerScaleUnit <= Decimal(string: "0.001")!

    /// `21,600,000 × 1,536 × 4 B ≈ 132.7 GB`: bare counts of bytes stated in GB, MB or TB, in
    /// powers of ten or of 1,024.
    static func countsBytesInStatedPrefix(_ stated: LocatedFigure, _ computed: Quantity) -> Bool {
        guard computed.unit == nil, case .count(let thing)? = stated.number.unit?.measure,
            let prefixed = thing.prefixed,
            prefixed.family == "B", prefixed.power > 0
        else { return false }
        let decimal = computed.value / Decimal(sign: .plus, exponent: prefixed.power, significand: 1)
        var binary = computed.value
        for _ in 0..<(prefixed.power / 3) { binary /= 1024 }
        return [decimal, binary].contains { Agreement.compare(stated: stated.number, computed: $0).isAgreement }
    }

    /// `2TB × $0.01 = $20`: a price with no denominator beside a count in a prefixed unit may be
    /// per a smaller prefix of it (per GB for terabytes, per kWh for megawatt-hours).
    static func pricesSmallerPrefix(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part)
        -> Bool
    {
        guard case .currency? = stated.number.unit?.measure,
            source.figures.contains(where: {
                $0.number.unit?.measure == stated.number.unit?.measure && $0.number.unit?.per == nil
            }),
            let count = source.figures.lazy.compactMap({ figure -> Int? in
                guard case .count(let thing)? = figure.number.unit?.measure, figure.number.unit?.per == nil else {
                    return nil
                }
                return thing.prefixed?.power
            }).first, count > 0
        else { return false }
        return stride(from: 3, through: count, by: 3).contains { power in
            Agreement.compare(
                stated: stated.number, computed: computed.value * Decimal(sign: .plus, exponent: power, significand: 1)
            ).isAgreement
        }
    }

    /// `45 W × 24 h × 30 天 ＝ 32.4 度`: a result written without its unit (or in a unit word
    /// sitegen does not know) may be in a larger prefix of the computed unit (kWh for Wh).
    static func dropsUnitPrefix(_ stated: LocatedFigure, _ computed: Quantity) -> Bool {
        guard stated.number.unit == nil else { return false }
        let powers: [Int]
        switch computed.unit?.measure {
        case .count(let thing)? where thing.isPrefixed: powers = [3, 6, 9]
        // `120人 × 3食 × 1,000円 ＝ 36.0` in a list kept in 万円: money in thousands, 万, millions or 億.
        case .currency?: powers = [3, 4, 6, 8]
        default: return false
        }
        return powers.contains { power in
            Agreement.compare(
                stated: stated.number, computed: computed.value / Decimal(sign: .plus, exponent: power, significand: 1)
            ).isAgreement
        }
    }

    /// Whether a stated result agrees with its computation the way authors abbreviate (a price per
    /// scale unit, a scale or unit written once), so list totals can add it as stated.
    static func agreesLeniently(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part) -> Bool
    {
        isPricedPerScaleUnit(stated, computed, source) || sharesStatedScale(stated, computed, source)
            || dropsUnitPrefix(stated, computed)
    }

    /// `(100 ÷ 85)² ≈ 1.384 倍`: a square or cube written after the bracket the calculation closes.
    static func raisesToPower(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, lines: SourceLines
    ) -> Bool {
        guard let last = source.figures.last else { return false }
        let after = textAfter(last, lines: lines).drop { $0 == ")" || $0 == "）" || $0 == " " }
        let power: Int
        switch after.first {
        case "²": power = 2
        case "³": power = 3
        default: return false
        }
        var value = computed.value
        for _ in 1..<power { value *= computed.value }
        return Agreement.compare(stated: stated.number, computed: value).isAgreement
    }

    /// `39.33 ÷ 18,400 × 100 ≈ 0.21 cents`: the `× 100` is the change into cents the unit says again.
    static func countsCentsTwice(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part)
        -> Bool
    {
        guard stated.isMoney, stated.number.scale?.powerOfTen == -2,
            source.figures.contains(where: { $0.number.value == 100 && $0.number.unit == nil })
        else { return false }
        return Agreement.compare(stated: stated.number, computed: computed.value / 100).isAgreement
    }

    /// `縫製：15分 × 時給1,200円 ＝ 300円`: minutes times an hourly rate are a sixtieth of the product.
    static func paysMinutesByTheHour(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part)
        -> Bool
    {
        guard stated.isMoney, source.figures.contains(where: { secondsIn($0.number.unit) == 60 }),
            source.figures.contains(where: \.isMoney)
        else { return false }
        return Agreement.compare(stated: stated.number, computed: computed.value / 60).isAgreement
    }

    /// `12,000 × $2.50/1M + 12,000 × $10.00/1M = $0.15`: a bare count smaller than a rate's
    /// denominator is read as so many millions (`45 × 0,15 $/M`), unless the stated result says it
    /// counts single tokens.
    static func countsSingleThings(_ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part)
        -> Bool
    {
        let denominators = Set(source.figures.compactMap { $0.number.unit?.per?.amount }.filter { $0 > 1 })
        guard denominators.count == 1, let amount = denominators.first,
            source.figures.contains(where: { $0.number.unit == nil && $0.number.value < amount })
        else { return false }
        return Agreement.compare(stated: stated.number, computed: computed.value / amount).isAgreement
    }

    /// `408.8 − 231.4 = 177.4万円`: operands written bare are in the scale the result is written in.
    static func sharesStatedScale(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, pageScales: Set<Int>? = nil
    ) -> Bool {
        guard let power = stated.number.scale?.powerOfTen,
            source.figures.allSatisfy({
                $0.number.scale == nil && ($0.number.unit == nil || $0.number.unit?.measure == .percent)
            })
        else { return false }
        // Bare operands are in the scale the result is written in, or in the page's working unit
        // (`40 × 9.8 = CNY 3.92 million` with prices in 万): never in a smaller one. Thousands and
        // ten thousands, a tenfold slip apart, only where the page writes figures in them
        // (`44.058 − 30 ＝ 1.406 万元` among 万元 works in no thousands).
        let working = Set([3, 4]).intersection(pageScales ?? [3, 4]).union([6, 8, power])
        return working.contains { scale in
            scale > 0
                && Agreement.compare(
                    stated: stated.number,
                    computed: computed.value * Decimal(sign: .plus, exponent: scale, significand: 1)
                ).isAgreement
        }
    }

    /// A plain ratio stated as a percentage (`41,400 / 276,000 = 15.0%`) is the ratio × 100.
    static func asStated(_ computed: Quantity, by unit: FigureUnit?) -> Quantity {
        guard unit?.measure == .percent, unit?.per == nil, computed.unit == nil,
            case .success(let percent) = Quantity(computed.value) * Quantity(100)
        else { return computed }
        return Quantity(percent.value, unit)
    }

    /// A stated figure in tokens cannot be the result of a computation in dollars: a misreading.
    static func unitsComparable(_ stated: FigureUnit?, _ computed: FigureUnit?) -> Bool {
        guard let stated, let computed else { return true }
        return stated.measure == computed.measure
    }

    static func explain(_ part: CalculationChain.Part) -> String {
        var text = ""
        var tokens = part.tokens[...]
        // `(84 × $2.50): $201.00`: the message brackets the calculation already.
        if tokens.first == .open, tokens.last == .close, Self.closesFirstBracketLast(tokens) {
            tokens = tokens.dropFirst().dropLast()
        }
        for token in tokens {
            switch token {
            case .operand(let index): text += FigureText.operand(part.figures[index])
            case .operator(let op): text += " \(op) "
            case .open: text += "("
            case .close: text += ")"
            }
        }
        return text
    }

    /// Whether the bracket opening the tokens is the one closing them.
    private static func closesFirstBracketLast(_ tokens: ArraySlice<CalculationToken>) -> Bool {
        var depth = 0
        for (offset, token) in tokens.enumerated() {
            if token == .open { depth += 1 }
            if token == .close { depth -= 1 }
            if depth == 0 { return offset == tokens.count - 1 }
        }
        return false
    }
}

extension InlineCalculationRule {
    /// A chain's calculation with its computed value, and the figure stated as its result (nil
    /// when the chain states none): `CalculationChain.computation`.
    static func computation(of parts: [CalculationChain.Part])
        -> (part: CalculationChain.Part, computed: Quantity, stated: LocatedFigure?)?
    {
        guard let part = parts.first(where: \.isComputation), let value = value(of: part) else { return nil }
        return (part, value, parts.last(where: { !$0.isComputation })?.figures.first)
    }
}
