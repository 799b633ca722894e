import Foundation
import Numbers

extension PercentChangeRule {
    /// `Last season gig income was £4,700, so it is up £850, or 18.1%`, `去年演出收入 4,700 英镑，今年增加
    /// 850 英镑，增幅 18.1%`: an earlier period's amount, then the change in the same measure after a
    /// change word, then the percentage right after it: the change over the earlier amount. Taken
    /// over the new amount (850 / 5,550 = 15.3 %) is the slip this catches.
    func checkEarlierAmountAndChange(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for percent in run.figures
        where percent.number.unit?.measure == .percent && percent.number.unit?.per == nil
            && percent.number.rangePart == .none && percent.number.value > 0
        {
            let sentence = Self.sentence(around: percent, in: chars)
            // (Ordered by their place in the run: a wrapped sentence's figures stand on several lines.)
            let at = percent.number.range.column
            let inSentence = run.figures.filter {
                sentence.contains($0.number.range.column - 1) && !$0.isBareYear && $0.number.range.column != at
            }
            guard inSentence.allSatisfy({ $0.number.range.column < at }),
                let (earlier, opening) = Self.earlierAmount(
                    before: inSentence, in: run, sentence: sentence, chars: chars, page: page)
            else { continue }
            let change = inSentence[inSentence.count - 1]
            // A sentence that works the change out itself is the calculation rules' to check.
            let said = String(chars[opening.lowerBound..<(change.number.range.column - 1)])
            guard
                Self.sameMeasure(earlier.number, change.number)
                    || earlier.number.unit == nil && change.number.unit == nil,
                earlier.number.rangePart == .none, change.number.rangePart == .none,
                earlier.number.value > change.number.value, change.number.value > 0,
                !said.contains(where: { "=＝÷×".contains($0) }),
                let word = Self.changeWord(before: change, after: earlier, in: chars),
                // `, or 18.1%`, `，增幅 18.1%`, `(18.1 %)`: the percentage follows the change closely.
                let gap = Self.text(between: change, and: percent, in: chars), gap.count <= 16,
                !gap.contains(where: { "=＝÷/×".contains($0) })
            else { continue }
            let isDecrease = Self.decreaseWords.contains(word)
            let d = change.number.value, e = earlier.number.value
            let share = d / e * 100
            let overNew = d / (isDecrease ? e - d : e + d) * 100
            report.compare(
                percent, computed: Quantity(share, percent.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "the change \(change.number.text) on the earlier \(earlier.number.text)",
                what: "percentage change",
                knownSlip: Agreement.compare(stated: percent.number, computed: overNew).isAgreement)
        }
    }

    /// The amount a change is taken from, and the text from where it is said up to the change:
    /// the other figure of the sentence, or, when the sentence states the change alone (`La hausse
    /// est de 57 t, soit +7,1 %`), the one figure of the sentence before it (`En 2023-2024, la
    /// flottille avait débarqué 745 t.`). Either way the text names an earlier period.
    private static func earlierAmount(
        before figures: [LocatedFigure], in run: TextRun, sentence: Range<Int>, chars: [Character],
        page: PageFigures
    ) -> (LocatedFigure, Range<Int>)? {
        var from = sentence
        let earlier: LocatedFigure
        if figures.count == 2 {
            earlier = figures[0]
        } else if figures.count == 1,
            let last = run.figures.last(where: { $0.number.range.column - 1 < sentence.lowerBound })
        {
            let previous = Self.sentence(around: last, in: chars)
            let before = run.figures.filter {
                previous.contains($0.number.range.column - 1) && !$0.isBareYear && $0.number.rangePart == .none
            }
            guard before.count == 1 else { return nil }
            earlier = before[0]
            from = previous.lowerBound..<sentence.upperBound
        } else {
            return nil
        }
        let end = figures[figures.count - 1].number.range.column - 1
        let opening = String(chars[from.lowerBound..<end]).lowercased()
        guard
            earlierPeriodWords.contains(where: { opening.containsLiteral($0) })
                || namesAnEarlierYear(from.lowerBound..<end, in: chars, before: page.page.date?.year)
        else { return nil }
        return (earlier, from)
    }

    /// A Latin link word is a word of its own: ` by`, not the end of `abby`.
    private static let changeLinkWords = LanguageProfile.all.flatMap(\.changeLinkWords).map { word in
        word.first?.isASCII == true ? " " + word.lowercased() : word
    }

    /// The change word that stands right before `figure` (`up £850`, `增加 850`, `progressent de
    /// 850 €`), after `earlier`'s end, lowercased; nil when none does.
    static func changeWord(before figure: LocatedFigure, after earlier: LocatedFigure, in chars: [Character])
        -> String?
    {
        guard let gap = text(between: earlier, and: figure, in: chars) else { return nil }
        var said = String(gap.suffix(14)).lowercased()
        while let last = said.last, last == " " || "$£€¥".contains(last) { said.removeLast() }
        // `今年多了 290 盒`: a change word may end in a link word itself.
        if let word = changeWords.first(where: { $0.first?.isASCII == false && said.hasSuffix($0) }) { return word }
        // `rose by`, `La hausse est de`, `增加了`: the words that link the change word to its amount.
        var linked = true
        while linked {
            linked = false
            for link in changeLinkWords where said.hasSuffix(link) {
                said.removeLast(link.count)
                linked = true
            }
        }
        return changeWords.first { word in
            guard said.hasSuffix(word) else { return false }
            // Latin words whole: the `up` of `backup`.
            guard word.first?.isASCII == true else { return true }
            let before = said.dropLast(word.count).last
            return before.map { !$0.isLetter } ?? true
        }
    }
}
