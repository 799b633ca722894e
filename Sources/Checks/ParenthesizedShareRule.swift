import Foundation
import Numbers

/// `On 400 lines … Gemini got 352 right (88.0 %) and GPT-4.1 mini got 371 right (93.8 %)`: counts
/// each followed by its share in brackets, of one base the sentence states. The base is the one
/// figure that makes a share right; every other bracketed share of the run must agree with it too.
struct ParenthesizedShareRule: PageRule {
    static let id = "bracketed-share"
    static let guessesRelation = true

    typealias Pair = (part: LocatedFigure, percent: LocatedFigure)

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 5 {
            // Most runs have no bracketed percentage: their Characters are not gathered.
            guard run.figures.filter({ $0.number.unit?.measure == .percent }).count >= 2 else { continue }
            let pairs = Self.bracketedShares(in: run, chars: run.characters)
            guard pairs.count >= 2 else { continue }
            let bases = run.figures.filter { figure in
                figure.number.unit?.measure != .percent && figure.number.rangePart == .none && figure.number.value > 0
                    && !pairs.contains { $0.part.column == figure.column && $0.part.line == figure.line }
            }
            let agreeing = bases.filter { base in pairs.contains { Self.agrees($0, base: base) } }
            guard agreeing.count == 1, let base = agreeing.first else { continue }
            for pair in pairs where base.number.value > pair.part.number.value {
                report.compare(
                    pair.percent,
                    computed: Quantity(pair.part.number.value / base.number.value * 100, pair.percent.number.unit),
                    rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(pair.part.number.text) of \(base.number.text)", what: "share")
            }
        }
    }

    private static func agrees(_ pair: Pair, base: LocatedFigure) -> Bool {
        guard base.number.value > pair.part.number.value,
            base.number.unit?.measure == pair.part.number.unit?.measure
        else { return false }
        return Agreement.compare(
            stated: pair.percent.number, computed: pair.part.number.value / base.number.value * 100
        )
        .isAgreement
    }

    private static let comparisonWords = (PercentChangeRule.comparisonDecrease + PercentChangeRule.comparisonIncrease)
        .map { $0.lowercased() }

    /// Each figure right before a bracket holding only a percentage (and a word after the figure at
    /// most: `352 right (88.0 %)`).
    static func bracketedShares(in run: TextRun, chars: [Character]) -> [Pair] {
        var pairs: [Pair] = []
        for (part, percent) in zip(run.figures, run.figures.dropFirst())
        where percent.number.unit?.measure == .percent && part.number.unit?.measure != .percent
            && part.number.rangePart == .none && percent.number.rangePart == .none
        {
            let start = part.number.range.column - 1 + part.number.range.length
            let end = percent.number.range.column - 1
            guard start <= end, end <= chars.count else { continue }
            let gap = String(chars[start..<end])
            guard let open = gap.lastIndex(where: { $0 == "(" || $0 == "（" }),
                gap[gap.index(after: open)...].allSatisfy(\.isWhitespace),
                gap[..<open].split(whereSeparator: \.isWhitespace).count <= 1
            else { continue }
            let after = percent.number.range.column - 1 + percent.number.range.length
            guard let closeIndex = chars[after...].firstIndex(where: { !$0.isWhitespace }),
                chars[closeIndex] == ")" || chars[closeIndex] == "）"
            else { continue }
            // `10,200 € (6.0 %) less than Northfield`: a difference, as a share of what it is less than.
            let following = String(chars[(closeIndex + 1)..<min(chars.count, closeIndex + 16)]).lowercased()
            guard !comparisonWords.contains(where: { following.containsLiteral($0) }) else { continue }
            pairs.append((part, percent))
        }
        return pairs
    }
}
