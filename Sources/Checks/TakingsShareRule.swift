import Foundation
import Numbers

/// What is left of the takings once the costs are paid, as a share of the takings: `1 475,00 −
/// 756,50 = 718,50 € de bénéfice … représente 95,0 % du chiffre d'affaires` (48,7 %), `共 3,500 元，
/// 结余 330 元，约占收入的 10.4%` after `总支出 3,170 元` (9.4 %).
///
/// The percentage's clause names the takings (`chiffre d'affaires`, `收入`, `revenue`, `売上`), and
/// its sentence or the one before states three amounts, the last the first less the second. Only
/// the slip is reported: the share taken on the costs, where it is not also the one on the takings.
struct TakingsShareRule: PageRule {
    static let id = "takings-share"
    static let guessesRelation = true

    private static let takingsWords = LiteralSet(
        LanguageProfile.all.flatMap(\.takingsWords).map { $0.lowercased() }, foldingASCIICase: true)

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 4 && run.figures.contains(where: \.isPercent) {
            let chars = run.characters
            for percent in run.figures
            where percent.isPercent && percent.number.unit?.per == nil && percent.number.rangePart == .none
                && percent.number.value > 0
            {
                let clause = SentenceBounds.range(around: percent, in: chars, commas: true)
                guard Self.takingsWords.occurs(in: String(chars[clause]).lowercased()),
                    let (whole, costs, left) = Self.difference(before: percent, in: run, chars: chars)
                else { continue }
                let onWhole = left.number.value / whole.number.value * 100
                let onCosts = left.number.value / costs.number.value * 100
                if Agreement.compare(stated: percent.number, computed: onWhole).isAgreement {
                    report.relationsChecked += 1
                    continue
                }
                guard Agreement.compare(stated: percent.number, computed: onCosts).isAgreement else { continue }
                report.compare(
                    percent, computed: Quantity(onWhole, percent.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation:
                        "\(left.number.text) on the takings \(whole.number.text), not on the costs \(costs.number.text)",
                    what: "share of the takings", knownSlip: true)
            }
        }
    }

    /// The one set of three amounts before the percentage, in its sentence or the one before, one
    /// of them the whole less another said before it.
    private static func difference(before percent: LocatedFigure, in run: TextRun, chars: [Character])
        -> (whole: LocatedFigure, costs: LocatedFigure, left: LocatedFigure)?
    {
        let sentence = SentenceBounds.range(around: percent, in: chars)
        // The sentence before opens after the stop before its own stop.
        var opening = max(0, sentence.lowerBound - 1)
        while opening > 0, !SentenceBounds.isEnd(chars, at: opening - 1), chars[opening - 1] != "\n" { opening -= 1 }
        let amounts = run.figures.filter { figure in
            let start = figure.number.range.column - 1
            return start >= opening && start < percent.number.range.column - 1
                && figure.number.rangePart == .none && figure.number.value > 0 && !figure.isBareYear
                && (figure.isPlainAmount || figure.number.unit == nil && figure.number.scale == nil)
        }
        guard amounts.count >= 3 else { return nil }
        var found: [(LocatedFigure, LocatedFigure, LocatedFigure)] = []
        for left in amounts {
            for whole in amounts where whole.number.value > left.number.value {
                for costs in amounts
                where costs.column != whole.column
                    // What is left is said after the costs (`− 756,50 = 718,50`, `支出 3,170 元，结余 330 元`).
                    && costs.number.range.column < left.number.range.column
                    && whole.number.value - costs.number.value == left.number.value
                {
                    guard [whole, costs, left].contains(where: \.isMoney) else { continue }
                    found.append((whole, costs, left))
                }
            }
        }
        // `300 − 150 = 150`: the costs and what is left are the same amount; no base is wrong there.
        let distinct = Set(found.map { [$0.0.number.value, $0.1.number.value, $0.2.number.value] })
        guard distinct.count == 1, let triple = found.first, triple.1.number.value != triple.2.number.value else {
            return nil
        }
        return triple
    }
}
