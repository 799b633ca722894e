import Foundation
import Numbers

extension PercentChangeRule {
    /// `Sales were 6.2 % above budget` under a table whose row `Donated goods sales` has a budget
    /// column and an actual one: the variance is taken on the budget. The row is the one the
    /// paragraph names in the most words (two at least, and no other row in as many). Only a
    /// percentage taken on the actual amount (the wrong base) is reported: the sentence may weigh
    /// something else the row does not hold.
    func checkBudgetVariance(
        _ run: TextRun, chars: [Character], page: PageFigures, file: String, into report: inout RuleReport
    ) {
        for percent in run.figures where percent.number.unit?.measure == .percent && percent.number.rangePart == .none {
            let sentence = String(chars[Self.sentence(around: percent, in: chars)]).lowercased()
            guard Self.budgetWords.contains(where: sentence.containsLiteral) else { continue }
            let named = ClauseTerms(String(run.text))
            for table in page.tables {
                let headers = table.header.map { PageFigures.cleanLabel($0).lowercased() }
                guard
                    let budget = headers.firstIndex(where: { header in
                        Self.budgetWords.contains(where: header.containsLiteral)
                    }),
                    let actual = headers.firstIndex(where: { header in
                        Self.actualWords.contains(where: header.containsLiteral)
                    }),
                    budget != actual,
                    // `2025 实际` against `2026 预算`: next year's budget grows from this year's actual.
                    Self.year(in: headers[budget]) == Self.year(in: headers[actual])
                else { continue }
                let shared = table.rowLabels.map { ClauseTerms($0).shared(with: named) }
                let namedRow = shared.max().flatMap { most in
                    most >= 2 && shared.count(where: { $0 == most }) == 1 ? shared.firstIndex(of: most) : nil
                }
                // `Le dépassement atteint donc 13,5 % du budget voté`: naming no row, the whole overran.
                let saying = ClauseTerms(sentence)
                let nothingNamed =
                    namedRow == nil && table.rowLabels.allSatisfy { ClauseTerms($0).shared(with: saying) == 0 }
                guard
                    let row = namedRow
                        ?? (nothingNamed ? table.rowLabels.indices.last(where: { table.isTotalRow($0) }) : nil),
                    let planned = (table.cells[safe: row]?[safe: budget] ?? nil)?.number.value,
                    let spent = (table.cells[safe: row]?[safe: actual] ?? nil)?.number.value,
                    planned > 0, spent > 0, planned != spent
                else { continue }
                _ = Self.judgeBase(
                    percent, right: (spent - planned).magnitude / planned * 100,
                    wrong: (spent - planned).magnitude / spent * 100,
                    explanation:
                        "the row '\(table.rowLabels[row])' of table \(table.index), '\(table.header[actual])' against '\(table.header[budget])'",
                    what: "variance against the budget", page: page, file: file, into: &report)
                break
            }
        }
    }

    /// The first four-digit year a header names, if any.
    private static func year(in header: String) -> Substring? {
        header.split { !$0.isASCII || !$0.isNumber }.first {
            $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20"))
        }
    }

    private static let budgetWords = LanguageProfile.all.flatMap(\.budgetWords).map { $0.lowercased() }
    private static let actualWords = LanguageProfile.all.flatMap(\.actualWords).map { $0.lowercased() }
}
