import Foundation
import Numbers
import TextKit

/// An amount said for one of something and then for a number of them in the same sentence is
/// that many times it: `燃料費は1日あたり約6.9万円、8日間で約62万円` (55.2万), `1話あたり 190,160円、
/// 1巻（8話）に換算すると約125万円` (152万), `每天约 6.9 万元，8 天约 55 万元`, `€24.50 per repair …
/// 300 repairs, €7,350`.
///
/// The one is named by a counter right after `1` or a per word (`1日あたり`, `每天`, `per repair`),
/// the number by the same counter right after it (`8日間`, `（8話）`, `300 repairs`), and the
/// amount is the first of the same currency after that number. A result more than twice or less
/// than half the product is another quantity, and is left alone.
struct PerUnitProductRule: PageRule {
    static let id = "per-unit-product"

    private static let perWords = LanguageProfile.all.flatMap(\.perWords).map { $0.lowercased() }
    /// What a sentence naming one of something holds: `あたり`, `当たり`, `每`, or a Latin per word.
    private static let oneWords = ["あたり", "当たり", "每"] + perWords.filter { $0.first?.isASCII == true }.map { " \($0) " }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 3 && !run.isProgramOutput {
            if Self.eachWords.contains(where: {
                run.text.containsLiteral($0) || run.text.containsLiteral($0.capitalized)
            }) {
                checkEach(run, chars: run.characters, page: page, file: file, into: &report)
            }
            if run.figures.contains(where: { Self.perThing($0) != nil }) {
                checkAtRate(run, page: page, file: file, into: &report)
            }
            // Most runs name no one of anything: a byte search rules them out before any Character is read.
            guard
                run.figures.contains(where: { Self.perThing($0) != nil })
                    || Self.oneWords.contains(where: { run.text.containsLiteral($0) })
                        && run.figures.count(where: Self.isQuantity) >= 2 && Self.mayCountOne(run.text)
            else { continue }
            let chars = run.characters
            for unitAmount in run.figures where Self.isQuantity(unitAmount) || Self.perThing(unitAmount) != nil {
                guard let counter = Self.perThing(unitAmount) ?? Self.counter(of: unitAmount, in: run, chars: chars)
                else { continue }
                let sentence = SentenceBounds.range(around: unitAmount, in: chars)
                let later = run.figures.filter {
                    $0.column > unitAmount.column && sentence.contains($0.number.range.column - 1)
                }
                guard let countIndex = later.firstIndex(where: { Self.counts($0, counter, in: chars) }),
                    // `≈ 11,309 元（實收 11,300 元，28 人共 316,400 元`: the nearer amount for one is the one counted.
                    !later[..<countIndex].contains(where: {
                        Self.isQuantity($0) && $0.number.unit?.measure == unitAmount.number.unit?.measure
                    }),
                    let total = later[(countIndex + 1)...].first(where: Self.isQuantity),
                    total.number.unit?.measure == unitAmount.number.unit?.measure
                else { continue }
                let count = later[countIndex]
                // `€96.00/m² compares with the 2019 job (120 m² for €11,340)`: a year between names another job.
                if later[..<countIndex].contains(where: \.isBareYear) { continue }
                // `0,62 €/km × 2 × 145 km = 179,80 €`: a written calculation is checked as written.
                // (`每周约 1.8 吨，共 14 周：2 × 1.8 × 14 = 50.4 吨`: a quantity worked out as written.)
                // (`£195/day and £85/day for 6 days: (195 + 85) × 6 = £1,680`: a result its calculation gives.)
                let written = CalculationChain.chains(in: run).contains { chain in
                    let columns = Set(chain.parts.flatMap(\.figures).map(\.column))
                    guard columns.contains(total.column) else { return false }
                    if columns.contains(unitAmount.column) || !total.isMoney { return true }
                    guard case let (part, computed, stated?)? = chain.computation, stated.column == total.column,
                        part.figures.contains(where: { $0.number.value == unitAmount.number.value })
                    else { return false }
                    return Agreement.compare(stated: stated.number, computed: computed.value).isAgreement
                }
                if written { continue }
                let product = unitAmount.number.value * count.number.value
                guard product > 0,
                    total.number.value >= product / 2 && total.number.value <= product * 2
                        || Self.isScaleSlip(total, of: product)
                else {
                    continue
                }
                report.compare(
                    total, computed: Quantity(product, total.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation: "\(unitAmount.number.text) for one × \(count.number.text)", what: "amount",
                    tolerance: Agreement.tolerance(operands: [unitAmount.number]))
            }
        }
    }

    /// `每亩 3,200 斤`, `30 亩共 96,000 斤`: an amount of money or of any measure, whole, for nothing in particular.
    /// (A bare count names what it counts only by its counter, which the rule reads apart.)
    private static func isQuantity(_ figure: LocatedFigure) -> Bool {
        figure.isPlainAmount
            || figure.number.unit?.measure != nil && figure.number.unit?.measure != .percent
                && figure.number.unit?.per == nil && figure.number.rangePart == .none && figure.number.value > 0
    }

    /// `每亩 3,200 斤，30 亩共 96 万斤`: a total written with a scale word that is the product's
    /// digits a power of ten off is the product with its scale slipped, not another quantity.
    private static func isScaleSlip(_ total: LocatedFigure, of product: Decimal) -> Bool {
        guard total.number.scale != nil else { return false }
        return [Decimal(10), Decimal(1) / 10].contains { factor in
            Agreement.compare(stated: total.number, computed: product * factor).isAgreement
        }
    }

    private static let eachWords = LanguageProfile.all.flatMap(\.eachWords).map { $0.lowercased() }
    private static let countLeads = LanguageProfile.all.flatMap(\.countLeadWords).map { $0.lowercased() }

    /// `Each full session earns a €277.80 margin, close to €34,500 over the year at 120 sessions`:
    /// the thing named after "each" before the amount, then an amount, then that many of the thing
    /// after "at".
    private func checkEach(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        for (index, unitAmount) in run.figures.enumerated() where unitAmount.isPlainAmount {
            let sentence = SentenceBounds.range(around: unitAmount, in: chars)
            let start = unitAmount.number.range.column - 1
            guard sentence.lowerBound <= start else { continue }
            let words = String(chars[sentence.lowerBound..<start]).lowercased()
                .split(whereSeparator: { !$0.isLetter }).map(String.init)
            guard let each = words.lastIndex(where: { Self.eachWords.contains($0) }) else { continue }
            let things = words[(each + 1)...].prefix(2).filter { $0.count >= 3 }
            let later = run.figures[(index + 1)...].filter { sentence.contains($0.number.range.column - 1) }
            guard let total = later.first, total.isPlainAmount,
                total.number.unit?.measure == unitAmount.number.unit?.measure,
                let count = later.dropFirst().first(where: { figure in
                    things.contains { Self.counts(figure, $0, in: chars) }
                }),
                !later.dropFirst().contains(where: { $0.isPlainAmount && $0.column < count.column })
            else { continue }
            let countStart = count.number.range.column - 1
            let before = String(chars[max(0, countStart - 6)..<countStart]).lowercased()
            guard Self.countLeads.contains(where: { before.hasSuffix($0) }) else { continue }
            let product = unitAmount.number.value * count.number.value
            guard product > 0, total.number.value >= product / 2, total.number.value <= product * 2 else { continue }
            report.compare(
                total, computed: Quantity(product, total.number.unit), rule: Self.id, file: file, locale: page.locale,
                explanation: "\(unitAmount.number.text) for each × \(count.number.text)", what: "amount",
                tolerance: Agreement.tolerance(operands: [unitAmount.number]))
        }
    }

    /// At most this many Characters between a quantity and its rate, and between the rate and the
    /// amount it makes: `277.2 小时，按 45 元/小时计，每月节省 12,744 元`.
    static let atRateGap = 30

    /// `即 277.2 小时，按 45 元/小时计，每月节省 12,744 元`, `310 hours at €38/hour, so €11,780`: a
    /// quantity of a thing, right before a price per that thing, then right after it the first
    /// amount in that price's currency, are the quantity at the price. A result neither within a
    /// factor of two of the product nor a power of ten off it (a scale slipped) is another amount.
    private func checkAtRate(
        _ run: TextRun, page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let figures = run.figures
        // Most runs with a price per a thing state no quantity of it right before: their
        // Characters are gathered only for one that does.
        var gathered: [Character]?
        for index in figures.indices.dropFirst().dropLast() {
            let rate = figures[index], quantity = figures[index - 1], amount = figures[index + 1]
            guard case .currency? = rate.number.unit?.measure, let per = rate.number.unit?.per, let thing = per.thing,
                per.amount > 0, rate.number.value > 0, rate.number.rangePart == .none,
                quantity.number.unit?.measure == .count(thing), quantity.number.unit?.per == nil,
                quantity.number.rangePart == .none, quantity.number.value > 0,
                // `11 870 € par mois`: the amount may be said for the period the quantity is counted over.
                amount.isMoney, amount.number.rangePart == .none, amount.number.value > 0,
                amount.number.unit?.per.map({ $0.thing?.isPeriod == true }) ?? true,
                amount.number.unit?.measure == rate.number.unit?.measure
            else { continue }
            let chars = gathered ?? run.characters
            gathered = chars
            guard let before = quantity.gap(to: rate, in: chars), before.count <= Self.atRateGap,
                let after = rate.gap(to: amount, in: chars), after.count <= Self.atRateGap,
                !before.contains(where: { "+＋×*÷/=＝".contains($0) }),
                !after.contains(where: { "+＋×*÷/=＝".contains($0) })
            else { continue }
            let sentence = SentenceBounds.range(around: rate, in: chars)
            guard sentence.contains(quantity.number.range.column - 1), sentence.contains(amount.number.range.column - 1)
            else { continue }
            let product = quantity.number.value * rate.number.value / per.amount
            guard product > 0, SlipDistance.isWithinScaleOrHalf(stated: amount.number.value, computed: product) else {
                continue
            }
            report.compare(
                amount, computed: Quantity(product, amount.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "\(quantity.number.text) at \(rate.number.text)", what: "amount",
                tolerance: Agreement.tolerance(operands: [quantity.number, rate.number]))
        }
    }

    /// Whether a counter said for one (`1日あたり`, `每天`, `per repair`) is said after a number
    /// elsewhere in the text (`8日間`, `12 天`, `240 repairs`): read from the text alone, before any
    /// figure's Characters are gathered, since most sentences with `每` or `per` count nothing twice.
    static func mayCountOne(_ text: Substring) -> Bool {
        var counters: Set<String> = []
        var previous: Character = " ", beforePrevious: Character = " "
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "每", next < text.endIndex, text[next].isUnifiedIdeograph {
                counters.insert(String(text[next]))
            }
            if character == "あ" || character == "当", text[next...].hasPrefix("たり"), previous.isUnifiedIdeograph,
                beforePrevious.isNumber
            {
                counters.insert(String(previous))
            }
            beforePrevious = previous
            previous = character
            index = next
        }
        for word in perWords where word.first?.isASCII == true {
            var rest = text[...]
            while let range = rest.range(of: " \(word) ") {
                let thing = rest[range.upperBound...].prefix { $0.isLetter }
                if thing.count >= 3 { counters.insert(String(thing).lowercased()) }
                rest = rest[range.upperBound...]
            }
        }
        guard !counters.isEmpty else { return false }
        let lowered = text.lowercased()
        return counters.contains { counter in
            var rest = lowered[...]
            while let range = rest.range(of: counter) {
                var before = range.lowerBound
                if before > lowered.startIndex { before = lowered.index(before: before) }
                if before > lowered.startIndex, lowered[before] == " " { before = lowered.index(before: before) }
                if lowered[before].isNumber,
                    lowered[before] != "1"
                        || before > lowered.startIndex
                            && lowered[lowered.index(before: before)].isNumber
                {
                    return true
                }
                rest = lowered[range.upperBound...]
            }
            return false
        }
    }

    /// `€18.50 per repair`: the thing a price is per, when the scanner read it as the price's unit.
    private static func perThing(_ figure: LocatedFigure) -> String? {
        guard case .currency? = figure.number.unit?.measure, let per = figure.number.unit?.per, per.amount == 1,
            let thing = per.thing, figure.number.value > 0
        else { return nil }
        return thing.description.lowercased()
    }

    /// The counter an amount is said for: `日` of `1日あたり約6.9万円`, `天` of `每天约 6.9 万元`, `repair`
    /// of `€24.50 per repair`.
    static func counter(of amount: LocatedFigure, in run: TextRun, chars: [Character]) -> String? {
        let start = amount.number.range.column - 1
        let clauseStart = SentenceBounds.range(around: amount, in: chars, commas: true).lowerBound
        // `1日あたり`, `1話あたり`: a one, its counter, then "per" in the clause before the amount.
        // (`1回` may be read as one time, its counter taken into its unit.)
        if let one = run.figures.last(where: {
            guard $0.column < amount.column, $0.number.value == 1, $0.number.range.column - 1 >= clauseStart else {
                return false
            }
            if $0.number.unit == nil { return true }
            if case .count? = $0.number.unit?.measure { return $0.number.text.last?.isUnifiedIdeograph == true }
            return false
        }) {
            let after = one.number.range.column - 1 + one.number.range.length
            let counted = one.number.unit == nil ? after : after - 1
            if counted < start, start <= chars.count, chars[counted].isUnifiedIdeograph,
                chars[counted..<start].contains(where: { "あ当每".contains($0) })
            {
                return String(chars[counted])
            }
        }
        // `每天约 6.9 万元`: a per word and its counter.
        guard clauseStart <= start, start <= chars.count else { return nil }
        let before = String(chars[clauseStart..<start])
        if let range = before.range(of: "每", options: .backwards), range.upperBound < before.endIndex {
            let first = before[range.upperBound]
            if first.isUnifiedIdeograph, first != "月", first != "年" { return String(first) }
        }
        // `€24.50 per repair`: a per word and a word after the amount.
        let end = min(chars.count, start + amount.number.range.length)
        let words = String(chars[end..<min(chars.count, end + 24)]).lowercased().split(separator: " ").map {
            $0.filter { !$0.isPunctuation }
        }
        if words.count >= 2, perWords.contains(String(words[0])), words[1].allSatisfy(\.isLetter), words[1].count >= 3 {
            return String(words[1])
        }
        return nil
    }

    /// Whether a figure is a number (more than one) of the counter: `8日間`, `8話`, `8 天`, `300 repairs`.
    static func counts(_ figure: LocatedFigure, _ counter: String, in chars: [Character]) -> Bool {
        let value = figure.number.value
        guard value > 1, RoundingRule.truncation.round(value, toPowerOfTen: 0) == value,
            figure.number.unit.map({ if case .count = $0.measure { return true } else { return false } }) ?? true
        else { return false }
        let end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        var after = String(chars[end..<min(chars.count, end + counter.count + 2)]).lowercased()
        if after.hasPrefix(" ") { after.removeFirst() }
        // A figure whose unit swallowed the counter (`8 days`) names it in its own text.
        let own = figure.number.text.lowercased()
        return after.hasPrefix(counter) || own.hasSuffix(counter) || own.hasSuffix(counter + "s")
    }

}
