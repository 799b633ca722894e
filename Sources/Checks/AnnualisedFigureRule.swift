import Foundation
import Numbers

/// An amount said for a whole year right after an amount for a month, a quarter, a week or a
/// day (`GPU 月费为 … 46,800 元，全年约 56.2万元`, `四半期の材料費は約66万円…年間では約264万円`)
/// is that amount × 12, 4, 52 or 365. Only a slip is reported: digits swapped or one changed, or
/// the scale off by ten; a yearly figure no period explains is left alone.
struct AnnualisedFigureRule: PageRule {
    static let id = "annualised-figure"

    static let periods: [Decimal] = [12, 4, 52, 365]
    private static let annualWords = LanguageProfile.all.flatMap(\.annualWords).map { $0.lowercased() }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 2 {
            let lowered = Array(run.text)
            let amounts = run.figures.filter { figure in
                guard case .currency? = figure.number.unit?.measure else { return false }
                return figure.number.unit?.per == nil && figure.number.rangePart == .none && figure.number.value > 0
            }
            guard amounts.count >= 2 else { continue }
            for (index, yearly) in amounts.enumerated().dropFirst() where Self.isAnnual(yearly, in: lowered) {
                let base = amounts[index - 1]
                guard base.number.unit?.measure == yearly.number.unit?.measure, !Self.isAnnual(base, in: lowered),
                      yearly.number.value != base.number.value else { continue }
                let tolerance = Agreement.tolerance(operands: [base.number])
                let products = Self.periods.map { base.number.value * $0 }
                if products.contains(where: { Agreement.compare(stated: yearly.number, computed: $0, tolerance: tolerance).isAgreement }) {
                    report.relationsChecked += 1
                    continue
                }
                let slipped = products.first { product in
                    FigureAlignment.isSlipOfPrecise(yearly.number, of: product)
                        || [Decimal(10), Decimal(1) / 10].contains { Agreement.compare(stated: yearly.number, computed: product * $0, tolerance: tolerance).isAgreement }
                }
                guard let product = slipped else { continue }
                let period = Self.periods[products.firstIndex(of: product)!]
                report.compare(yearly, computed: Quantity(product, yearly.number.unit), rule: Self.id, file: file, locale: page.locale,
                               explanation: "\(base.number.text) × \(period) for the year", what: "yearly figure", tolerance: tolerance)
            }
        }
    }

    /// Whether a year word stands right before the figure (`全年约`, `par an :`) or right after it (`… a year`).
    static func isAnnual(_ figure: LocatedFigure, in text: [Character]) -> Bool {
        // Lowercased one Character at a time, so the figure's columns still index it.
        let text = text.map { character -> Character in
            let lowered = character.lowercased()
            return lowered.count == 1 ? lowered.first! : character
        }
        let start = figure.number.range.column - 1, end = start + figure.number.range.length
        let before = String(text[max(0, start - 10)..<max(0, min(start, text.count))])
        let after = String(text[min(end, text.count)..<min(text.count, end + 12)])
        return annualWords.contains { word in
            before.hasSuffix(word) || before.trimmingCharacters(in: .whitespaces).hasSuffix(word)
                || Self.endsWithWordThenQualifier(before, word) || after.trimmingCharacters(in: .whitespaces).hasPrefix(word)
        }
    }

    /// `全年约`, `年間では約`: the year word, then an approximation or a particle before the figure.
    private static func endsWithWordThenQualifier(_ text: String, _ word: String) -> Bool {
        guard let range = text.range(of: word, options: .backwards) else { return false }
        let rest = text[range.upperBound...].filter { !$0.isWhitespace }
        return rest.count <= 4 && !rest.contains(where: \.isNumber)
    }
}
