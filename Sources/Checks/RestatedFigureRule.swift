import Content
import Foundation
import GFM
import Numbers
import TextKit

/// A figure in a summary that restates a result of the body (the same item's total, such as a
/// model's monthly budget) agrees with what the body computes.
///
/// Body results are the totals of lists under a labelled item (`- **Llama-3.2-90B**：` with the
/// calculation lines below it). A restatement names the item right after the figure
/// (`160美元（Llama-3.2）`), or shares a sentence with the item's name and a word for budget.
struct RestatedFigureRule: PageRule {
    static let id = "restated-figure"
    static let guessesRelation = true

    static let budgetWords = [
        "预算", "每月", "月度", "合计", "总计", "予算", "月額", "毎月", "合計", "budget", "par mois", "mensuel",
        "per month", "monthly", "total",
    ]

    struct Result {
        var name: String
        var value: Quantity
        var lines: ClosedRange<Int>
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let results = Self.bodyResults(page)
        guard !results.isEmpty else { return }
        let names = results.map { $0.name.lowercased() }
        for run in page.runs where !results.contains(where: { $0.lines.contains(run.line) }) {
            let chars = run.characters
            // Which results the run's sentence names is the same for each of its figures; found
            // once per run, it no longer makes long pages quadratic in figures times results.
            var mentions: Mentions??
            for figure in run.figures where figure.number.unit?.per == nil {
                guard case .currency? = figure.number.unit?.measure else { continue }
                if mentions == nil { mentions = Self.mentions(in: String(run.text), names: names) }
                guard
                    let result = Self.restated(
                        figure, in: chars, mentions: mentions!, figures: run.figures, results: results)
                else { continue }
                report.compare(
                    figure, computed: result.value, rule: Self.id, file: file, locale: page.locale,
                    explanation:
                        "the body's result for \(result.name), lines \(result.lines.lowerBound)–\(result.lines.upperBound)",
                    what: "restated figure")
            }
        }
    }

    /// The body result a figure restates, by the name in brackets after it or in its sentence.
    /// A run's lowercased text and the results it names, when it speaks of a budget at all.
    struct Mentions {
        var lowered: String
        var named: [Int]
    }

    static func mentions(in runText: String, names: [String]) -> Mentions? {
        let lowered = runText.lowercased()
        guard budgetWords.contains(where: { lowered.contains($0) }) else { return nil }
        // Each distinct name is searched for once: long reports repeat the same few items.
        let found = Set(Set(names).filter { lowered.contains($0) })
        return Mentions(lowered: lowered, named: names.indices.filter { found.contains(names[$0]) })
    }

    static func restated(
        _ figure: LocatedFigure, in chars: [Character], mentions: Mentions?, figures: [LocatedFigure], results: [Result]
    ) -> Result? {
        var end = figure.number.range.column - 1 + figure.number.range.length
        while end < chars.count, chars[end] == " " || chars[end] == "\u{A0}" || chars[end] == "\u{202F}" { end += 1 }
        if end < chars.count, "（(".contains(chars[end]) {
            let inside = String(chars[(end + 1)...].prefix { !"）)".contains($0) })
            return results.first { matches(mention: inside, name: $0.name) }
        }
        guard let mentions, mentions.named.count == 1 else { return nil }
        let lowered = mentions.lowered
        let named = [results[mentions.named[0]]]
        guard let mention = lowered.range(of: named[0].name.lowercased()) else { return nil }
        // Only the first amount after the name restates it; later ones are its parts.
        let mentionEnd = lowered.distance(from: lowered.startIndex, to: mention.upperBound)
        let firstAfter = firstMoneyColumn(after: mentionEnd, in: figures)
        return firstAfter == figure.number.range.column ? named[0] : nil
    }

    private static func firstMoneyColumn(after offset: Int, in figures: [LocatedFigure]) -> Int? {
        figures.first { figure in
            guard case .currency? = figure.number.unit?.measure, figure.number.unit?.per == nil else { return false }
            return figure.number.range.column > offset
        }?.number.range.column
    }

    /// `Llama-3.2` mentions `Llama-3.2-90B-Vision-Instruct`; a mention needs five characters.
    static func matches(mention: String, name: String) -> Bool {
        let m = mention.trimmingSpaces.lowercased()
        let n = name.lowercased()
        return m.count >= 5 && (n.hasPrefix(m) || m.hasPrefix(n))
    }

    /// Items labelled by a name whose nested list ends in a total or a calculation.
    static func bodyResults(_ page: PageFigures) -> [Result] {
        let runsByLine = Dictionary(page.runs.map { ($0.line, $0) }, uniquingKeysWith: { a, _ in a })
        var results: [Result] = []
        page.page.document.forEachBlock { item in
            guard case .item = item.kind, let label = item.children.first(where: { $0.kind == .paragraph }),
                let nested = item.children.first(where: { if case .list = $0.kind { true } else { false } })
            else { return }
            let name = PageFigures.cleanLabel(label.plainText).trimmingCharacters(
                in: CharacterSet(charactersIn: ":：").union(.whitespaces))
            guard !name.isEmpty, name.count <= 60 else { return }
            let items = nested.children.map { ListTotalRule.runs(of: $0, runsByLine) }
            guard let value = total(of: items) else { return }
            results.append(
                Result(
                    name: name, value: value,
                    lines: item.span.start.line...max(item.span.start.line, item.span.end.line)))
        }
        return results
    }

    /// A list's result: its total item's computed sum, else its last calculation's value.
    private static func total(of items: [[TextRun]]) -> Quantity? {
        if let totalIndex = items.lastIndex(where: { runs in
            TotalWords.isTotal(runs.map { String($0.text) }.joined())
                && runs.allSatisfy { CalculationChain.chains(in: $0).isEmpty }
        }) {
            let addends = items[..<totalIndex].map { ListTotalRule.amount($0) }
            if addends.count >= 2, addends.allSatisfy({ $0 != nil }) {
                return TableTotalRule.sum(addends.compactMap { $0 })
            }
        }
        return items.reversed().lazy.compactMap { runs in
            runs.lazy.compactMap { CalculationChain.chains(in: $0).first?.parts.first(where: \.isComputation) }
                .compactMap(InlineCalculationRule.value(of:)).first
        }.first
    }
}
