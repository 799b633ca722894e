import Foundation
import Numbers

/// Two amounts joined by "and" and the amount they come to, written without a plus sign:
/// `1 回分の 73.44 $ と増強 2,100 $ で 2,173.44 $`, `材料 3,200 元和人工 1,850 元，共 5,050 元`,
/// `€420 and €1,380, €1,800 in all`.
///
/// Only a third amount that is the sum with two digits swapped or one changed is reported: a
/// sentence may set a third amount beside two others for many reasons, a slip of their sum is
/// rarely one of them.
struct ConjoinedSumRule: PageRule {
    static let id = "conjoined-sum"

    private static let conjunctions: Set<String> = ["と", "和", "与", "與", "及", "and", "et", "und", "plus"]

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 3 {
            var chars: [Character]?
            let (items, starts) = Self.items(of: run)
            guard items.count >= 3 else { continue }
            for index in 0..<(items.count - 2) {
                let a = items[index], b = items[index + 1], sum = items[index + 2]
                guard a.isPlainAmount, b.isPlainAmount, sum.isPlainAmount,
                    SummaryFigureRule.sameMeasure(a.number, b.number),
                    SummaryFigureRule.sameMeasure(b.number, sum.number)
                else { continue }
                let text = chars ?? run.characters
                chars = text
                // `$14.40, plus 10 M × $0.60 = $6.00, so $24.40`: a worked-out amount is joined where its calculation starts.
                guard Self.joins(between: a, and: starts[index + 1] ?? b, in: text),
                    Self.isPlain(between: b, and: starts[index + 2] ?? sum, in: text)
                else {
                    continue
                }
                let added = a.number.value + b.number.value
                if Agreement.compare(stated: sum.number, computed: added).isAgreement {
                    report.relationsChecked += 1
                    continue
                }
                guard DigitSlip.isPreciseSlip(sum.number, of: added) else { continue }
                report.compare(
                    sum, computed: Quantity(added, sum.number.unit), rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(a.number.text) and \(b.number.text)", what: "sum")
            }
        }
    }

    /// The run's amounts as a reader adds them: each calculation's stated result stands for the
    /// calculation (with the figure it starts at), its operands drop out.
    private static func items(of run: TextRun) -> (items: [LocatedFigure], starts: [Int: LocatedFigure]) {
        var operands: Set<[Int]> = []
        var startOfResult: [[Int]: LocatedFigure] = [:]
        for chain in CalculationChain.chains(in: run) {
            guard case let (_, _, stated?)? = chain.computation, let first = chain.parts.first?.figures.first else {
                continue
            }
            for figure in chain.parts.flatMap(\.figures) where figure.column != stated.column {
                operands.insert([figure.line, figure.column])
            }
            startOfResult[[stated.line, stated.column]] = first
        }
        let items = run.figures.filter { !operands.contains([$0.line, $0.column]) }
        var starts: [Int: LocatedFigure] = [:]
        for (index, item) in items.enumerated() {
            if let start = startOfResult[[item.line, item.column]] { starts[index] = start }
        }
        return (items, starts)
    }

    /// Whether the words between the two amounts hold one conjunction and no sentence break.
    private static func joins(between a: LocatedFigure, and b: LocatedFigure, in chars: [Character]) -> Bool {
        guard let gap = a.gap(to: b, in: chars), gap.count <= 20,
            !gap.contains(where: { "。.;；!?！？=＝×÷/+-−".contains($0) })
        else { return false }
        let lowered = String(gap).lowercased()
        let words = Set(lowered.split { !$0.isLetter }.map(String.init))
        return conjunctions.contains { word in
            word.first?.isASCII == true ? words.contains(word) : lowered.contains(word)
        }
    }

    /// Whether the words between the second amount and the third are few and hold no operator.
    private static func isPlain(between b: LocatedFigure, and sum: LocatedFigure, in chars: [Character]) -> Bool {
        guard let gap = b.gap(to: sum, in: chars), gap.count <= 12 else { return false }
        return !gap.contains(where: { "。.;；!?！？=＝×÷/+-−（(".contains($0) })
    }
}
