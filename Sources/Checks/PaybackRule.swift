import Foundation
import Numbers

/// A payback period said again (`un investissement rentabilisé en 3.2 ans environ` in the opening,
/// `Payback: about 14 months` in the bullets) agrees with the one the page works out
/// (`Retour sur investissement : 1,861.07 / 444 = 4.2 ans`, `18,500 / 25,260 × 12 = 8.8 months`).
///
/// A payback is a duration in years or months in a sentence with a payback word; the one the
/// page works out is a calculation's result there, taken as computed. Only a page that works out
/// exactly one payback is checked: with two options, which one a sentence restates is its own.
struct PaybackRule: PageRule {
    static let id = "payback"
    static let guessesRelation = true

    private static let paybackWords = LanguageProfile.all.flatMap(\.paybackWords).map { $0.lowercased() }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        var workedOut: [(months: Decimal, figure: LocatedFigure)] = []
        var said: [LocatedFigure] = []
        // `its payback down to about 1.3 years` once evening opening is counted: a payback the body
        // states in words, in months, which a summary may restate instead of the one worked out.
        var statedInBody: [Decimal] = []
        // Every payback of the body in page order, and summary sentences that restate several.
        var bodyPaybacks: [(months: Decimal, figure: LocatedFigure)] = []
        var saidTogether: [[LocatedFigure]] = []
        for run in page.runs where run.figures.contains(where: { Self.months(in: $0) != nil }) {
            let chars = run.characters
            // Each calculation's first stated result, in whose unit the calculation is worked out.
            let results = CalculationChain.chains(in: run).compactMap { chain -> (LocatedFigure, Quantity)? in
                guard let computation = chain.computation,
                    let index = chain.parts.firstIndex(where: { $0.isComputation }),
                    let stated = chain.parts[(index + 1)...].first(where: { !$0.isComputation })?.figures.first
                else { return nil }
                return (stated, computation.computed)
            }
            for figure in run.figures {
                guard let perMonth = Self.months(in: figure) else { continue }
                let bounds = SentenceBounds.range(around: figure, in: chars)
                let sentence = String(chars[bounds]).lowercased()
                guard Self.paybackWords.contains(where: sentence.containsLiteral) else { continue }
                if let (_, computed) = results.first(where: { $0.0.line == figure.line && $0.0.column == figure.column }
                ) {
                    // The calculation gives the figure's unit unless it names another duration.
                    let months = Self.months(in: computed) ?? perMonth
                    workedOut.append((computed.value * months, figure))
                    bodyPaybacks.append((computed.value * months, figure))
                    continue
                }
                // `payback ranges from 9.0 months down to 5.0 months`, `约 10 年，超过期望的 8 年`: the
                // sentence weighs several durations; only a summary's lone one restates the page's.
                let durations = run.figures.filter {
                    Self.months(in: $0) != nil && bounds.contains($0.number.range.column - 1)
                }
                guard page.summaryLines.contains(where: { $0.contains(figure.line) }) else {
                    statedInBody.append(figure.number.value * perMonth)
                    bodyPaybacks.append((figure.number.value * perMonth, figure))
                    continue
                }
                if durations.count >= 2, durations.first?.column == figure.column,
                    !results.contains(where: { $0.0.line == figure.line })
                {
                    saidTogether.append(durations)
                }
                guard durations.count == 1, !results.contains(where: { $0.0.line == figure.line }) else { continue }
                said.append(figure)
            }
        }
        checkInOrder(saidTogether, bodyPaybacks, page: page, file: file, into: &report)
        guard let first = workedOut.first,
            workedOut.allSatisfy({ ($0.months - first.months).magnitude <= first.months.magnitude / 100 })
        else { return }
        for figure in said {
            guard let perMonth = Self.months(in: figure), perMonth > 0 else { continue }
            let months = figure.number.value * perMonth
            // Far from it, the duration is another one (a lifetime, a contract).
            guard months >= first.months / 2, months <= first.months * 2 else { continue }
            // `rembourse la migration en moins de 6 mois`: a bound holds any payback on its side.
            if let isUpper = Self.boundDirection(of: figure, in: page),
                isUpper ? first.months <= months : first.months >= months
            {
                report.relationsChecked += 1
                continue
            }
            if statedInBody.contains(where: {
                Agreement.compare(stated: figure.number, computed: $0 / perMonth).isAgreement
            }) {
                report.relationsChecked += 1
                continue
            }
            report.compare(
                figure, computed: Quantity(first.months / perMonth, figure.number.unit), rule: Self.id, file: file,
                locale: page.locale, explanation: "the payback worked out at line \(first.figure.line)",
                what: "payback period")
        }
    }

    /// `amortisiert in rund 3,8 Jahren (3 Jahre nach dem Verkauf)` over a body that works out 3,4
    /// years and then 3,0: a summary sentence restating as many paybacks as the body gives them
    /// restates them in its order; where all but one agree, that one is off.
    private func checkInOrder(
        _ sentences: [[LocatedFigure]], _ body: [(months: Decimal, figure: LocatedFigure)], page: PageFigures,
        file: String, into report: inout RuleReport
    ) {
        for durations in sentences where durations.count == body.count {
            let pairs = zip(durations, body).compactMap { said, source -> (LocatedFigure, Decimal, LocatedFigure)? in
                guard let perMonth = Self.months(in: said), perMonth > 0 else { return nil }
                return (said, source.months / perMonth, source.figure)
            }
            guard pairs.count == durations.count else { continue }
            let off = pairs.filter { !Agreement.compare(stated: $0.0.number, computed: $0.1).isAgreement }
            guard off.count == 1, let (said, value, source) = off.first, Self.boundDirection(of: said, in: page) == nil
            else { continue }
            report.compare(
                said, computed: Quantity(value, said.number.unit), rule: Self.id, file: file, locale: page.locale,
                explanation: "the payback at line \(source.line), in the order the body gives them",
                what: "payback period")
        }
    }

    private static let upperBoundWords = LanguageProfile.all.flatMap(\.upperBoundLeadWords)
    private static let lowerBoundWords = LanguageProfile.all.flatMap(\.lowerBoundLeadWords)

    /// Whether the words right before the figure make it an upper bound (`en moins de`, `不到`),
    /// true, or a lower one (`more than`), false; nil for a figure said as a value.
    private static func boundDirection(of figure: LocatedFigure, in page: PageFigures) -> Bool? {
        guard let run = page.run(holding: figure) else { return nil }
        let lead = StaleTotalRule.leadIn(to: figure, in: run, chars: run.characters, reach: 16)
            .trimmingCharacters(in: .whitespaces)
        if upperBoundWords.contains(where: { lead.hasSuffix($0) }) { return true }
        if lowerBoundWords.contains(where: { lead.hasSuffix($0) }) { return false }
        return nil
    }

    /// How many months one of the figure's unit is: 12 for years, 1 for months.
    private static func months(in figure: LocatedFigure) -> Decimal? {
        guard figure.number.rangePart == .none, figure.number.value > 0, figure.number.value < 100, !figure.isBareYear
        else { return nil }
        return months(in: Quantity(figure.number.value, figure.number.unit))
    }

    private static func months(in quantity: Quantity) -> Decimal? {
        guard case .count(let thing)? = quantity.unit?.measure, quantity.unit?.per == nil else { return nil }
        switch thing {
        case .years: return 12
        case .months: return 1
        default: return nil
        }
    }
}
