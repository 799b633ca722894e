import Foundation
import Numbers

/// An amount, then a percentage, then an amount in the same currency right after it: the second
/// is that share of the first (`180 576 € par an, dont 20 % pour la commune : 36 151,20 €`,
/// `营收 86.4 万元，其中 35% 为广告收入，即 30.24 万元`).
///
/// The sentence may as well add the percentage (`68 180 € HT, TVA 20 %, soit 81 816 € TTC`) or
/// take it away, so a second amount that is the share with two digits swapped or one changed is
/// reported, and nothing else.
struct PercentOfAmountRule: PageRule {
    static let id = "percent-of-amount"
    static let guessesRelation = true

    /// At most this many Characters between the percentage and the share it gives.
    static let reach = 30

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 2 {
            let chars = run.characters
            // A share a calculation states (`× 20 % = 36 115,20 €`) is the calculation rules' to check; its whole may be a result.
            lazy var operands = Set(
                CalculationChain.chains(in: run).flatMap { chain in
                    chain.parts.filter(\.isComputation).flatMap(\.figures)
                }.map { [$0.line, $0.column] })
            let figures = run.figures.filter { $0.number.rangePart == .none }
            if figures.count >= 2, figures[0].number.unit?.measure == .percent, figures[0].number.unit?.per == nil {
                checkShareOfTotalAbove(
                    figures[0], figures[1], operands: operands, run: run, chars: chars, page: page, file: file,
                    into: &report)
            }
            guard run.figures.count >= 3 else { continue }
            checkResultShares(run, chars: chars, page: page, file: file, into: &report)
            for (index, percent) in figures.enumerated()
            where percent.number.unit?.measure == .percent && percent.number.unit?.per == nil {
                guard index > 0, index + 1 < figures.count, percent.number.value > 0, percent.number.value < 100 else {
                    continue
                }
                let whole = figures[index - 1], share = figures[index + 1]
                guard !operands.contains([percent.line, percent.column]),
                    !operands.contains([share.line, share.column]),
                    // `180 576 € par an, dont … 36 151,20 €`: the share is of the same period.
                    case .currency? = whole.number.unit?.measure,
                    whole.number.unit?.measure == share.number.unit?.measure,
                    share.number.unit?.per == nil || share.number.unit?.per == whole.number.unit?.per,
                    whole.number.value > 0, share.number.value > 0, share.significantDigits >= 3,
                    Self.sameSentence(whole, percent, share, in: chars),
                    share.number.range.column - (percent.number.range.column + percent.number.range.length)
                        <= Self.reach
                else { continue }
                let p = percent.number.value / 100
                let part = whole.number.value * p
                let tolerance = Agreement.tolerance(operands: [whole.number, percent.number])
                report.compareAsSlip(
                    share, readings: [part, whole.number.value * (1 + p), whole.number.value * (1 - p)],
                    slipsOf: [part],
                    rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(percent.number.text) of \(whole.number.text)", what: "share", tolerance: tolerance)
            }
        }
    }

    /// `Überschuss: 26.000 − 16.390 − 3.600 = 6.010 €, also 32,1 % der Einnahmen`: a percentage
    /// right after a calculation's result is that result's share of one of its operands. Only a
    /// slip of the pen against exactly one operand is reported; a lone difference (`A − B = D,
    /// p %`) is the change rule's.
    private func checkResultShares(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        let chains = CalculationChain.chains(in: run)
        let used = Set(chains.flatMap { $0.parts.flatMap(\.figures) }.map { [$0.line, $0.column] })
        for chain in chains {
            guard case let (part, computed, stated?)? = chain.computation, computed.value > 0,
                let index = run.figures.firstIndex(where: { $0.line == stated.line && $0.column == stated.column }),
                index + 1 < run.figures.count
            else { continue }
            let percent = run.figures[index + 1]
            guard percent.number.unit?.measure == .percent, percent.number.unit?.per == nil,
                !used.contains([percent.line, percent.column]),
                percent.number.value > 0, percent.number.value < 100, percent.significantDigits >= 3,
                percent.number.range.column - (stated.number.range.column + stated.number.range.length) <= Self.reach,
                Self.sameSentence(stated, percent, percent, in: chars)
            else { continue }
            // `€4,363.97 − €3,000 = €1,363.97, which is 45.5 % of the total`: the operand the page
            // states as a total is the base the sentence names.
            if Self.namesTotal(after: percent, in: chars) {
                let totals = Self.statedTotals(page)
                let bases = part.figures.filter { $0.number.value > 0 && totals.contains($0.number.value) }
                if bases.count == 1, let base = bases.first {
                    report.compare(
                        percent, computed: Quantity(computed.value / base.number.value * 100, percent.number.unit),
                        rule: Self.id, file: file, locale: page.locale,
                        explanation: "\(stated.number.text) of the total \(base.number.text)", what: "share")
                    continue
                }
            }
            guard part.operators != ["−"] else { continue }
            let shares = part.figures.filter { $0.number.value > 0 }.map { computed.value / $0.number.value * 100 }
            report.compareAsSlip(
                percent, readings: shares, rule: Self.id, file: file, locale: page.locale,
                explanation: "\(stated.number.text) as a share of an amount it is worked out from", what: "share")
        }
    }

    /// Whether the words right after the percentage, in its sentence, name the total (`of the
    /// total`, `du total`).
    static func namesTotal(after percent: LocatedFigure, in chars: [Character]) -> Bool {
        let start = min(chars.count, percent.number.range.column - 1 + percent.number.range.length)
        var end = start
        while end < chars.count, end - start < 20, !SentenceBounds.isEnd(chars, at: end) { end += 1 }
        let words = String(chars[start..<end]).lowercased().split { !$0.isLetter }.prefix(4)
        return words.contains { TotalWords.isLatinTotal(String($0)) }
    }

    /// The amounts the page's tables state in their total rows.
    static func statedTotals(_ page: PageFigures) -> Set<Decimal> {
        Set(
            page.tables.flatMap { table in
                table.cells.indices.filter(table.isTotalRow).flatMap { table.cells[$0].compactMap { $0?.number.value } }
            })
    }

    /// `| **Summe** | … | **13.170,00 €** |` then `Das Musikhaus gewährt 8 % Rabatt, also 1.035,60 €`:
    /// a percentage that opens a paragraph's figures, an amount right after it, is a share of the
    /// total of a table that ends just above. Only a slip of the pen is reported: the sentence may
    /// take its percentage of something else.
    private func checkShareOfTotalAbove(
        _ percent: LocatedFigure, _ share: LocatedFigure, operands: Set<[Int]>, run: TextRun, chars: [Character],
        page: PageFigures, file: String, into report: inout RuleReport
    ) {
        guard percent.number.value > 0, percent.number.value < 100, share.isPlainAmount, share.significantDigits >= 3,
            !operands.contains([share.line, share.column]),
            Self.sameSentence(percent, percent, share, in: chars),
            share.number.range.column - (percent.number.range.column + percent.number.range.length) <= Self.reach
        else { return }
        // Each total cell, with what the rows above it add up to in its column.
        let totals = page.tables.filter { table in
            let end = table.table.span.end.line
            return end < run.line && run.line - end <= 3
        }.flatMap { table in
            table.cells.indices.filter(table.isTotalRow).flatMap { row in
                table.cells[row].indices.compactMap { column -> (LocatedFigure, Decimal?)? in
                    guard let cell = table.cells[row][column], cell.isPlainAmount,
                        cell.number.unit == share.number.unit
                    else { return nil }
                    let above = table.cells[..<row].compactMap { $0.indices.contains(column) ? $0[column] : nil }
                    return (cell, above.count >= 2 ? above.reduce(0) { $0 + $1.number.value } : nil)
                }
            }
        }
        guard totals.count == 1, let (whole, rowsSum) = totals.first else { return }
        let p = percent.number.value / 100
        let part = whole.number.value * p
        // `TVA à 20 % : 11 208,00 €` under a total that does not add up is taken of what the rows add up to.
        let ofRows = rowsSum.map { [$0 * p] } ?? []
        report.compareAsSlip(
            share, readings: [part, whole.number.value * (1 + p), whole.number.value * (1 - p)] + ofRows,
            slipsOf: [part],
            rule: Self.id, file: file, locale: page.locale,
            explanation: "\(percent.number.text) of the total \(whole.number.text) at line \(whole.line)",
            what: "share",
            tolerance: Agreement.tolerance(operands: [whole.number, percent.number]))
    }

    /// Whether no sentence ends between the first figure and the last.
    static func sameSentence(
        _ first: LocatedFigure, _ middle: LocatedFigure, _ last: LocatedFigure, in chars: [Character]
    ) -> Bool {
        let from = max(0, first.number.range.column - 1 + first.number.range.length),
            to = min(chars.count, last.number.range.column - 1)
        guard from < to else { return false }
        return !(from..<to).contains { SentenceBounds.isEnd(chars, at: $0) }
    }
}
