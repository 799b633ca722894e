import Foundation
import Numbers

/// A change between two percentages stated in points: `歩留まり：91.2% → 94.0%（2.8 ポイント改善）`,
/// `30.3%, down 3.8 percentage points from 34.1%`, `由 18% 升到 41%，提高 23 个百分点`.
///
/// Only a sentence with exactly two percentages besides the points figure counts: the points are
/// the gap between them.
struct PercentagePointRule: PageRule {
    static let id = "percentage-points"
    static let guessesRelation = true

    private static let pointWords = LanguageProfile.all.flatMap(\.pointWords).map { $0.lowercased() }
        .sorted { $0.count > $1.count }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 3 {
            // Most runs have fewer than two percentages: their Characters are not gathered.
            guard run.figures.filter({ $0.number.unit?.measure == .percent }).count >= 2 else { continue }
            let chars = run.characters
            for points in run.figures where points.number.unit == nil && points.number.rangePart == .none {
                guard Self.isFollowedByPointWord(points, chars: chars) else { continue }
                // `＝ 23.6%；去年是 26.1%，下降 9.6 個百分點`: the percentage compared may stand past a semicolon
                // when the points' own clause states only the other.
                var sentence = SentenceBounds.range(around: points, in: chars)
                let ownPercentages = run.figures.filter {
                    $0.isPercent && sentence.contains($0.number.range.column - 1)
                }
                if ownPercentages.count == 1 {
                    sentence = SentenceBounds.range(around: points, in: chars, semicolons: false)
                }
                // `今年下降 2.4 个百分点，主要是住宿从 88 元涨到 95 元（涨幅 8.0%）`: a percentage in a bracket
                // after the points says why, another change.
                let pointsEnd = points.number.range.column - 1 + points.number.range.length
                let percentages = run.figures.filter {
                    $0.number.unit?.measure == .percent && $0.number.rangePart == .none && $0.number.unit?.per == nil
                        && sentence.contains($0.number.range.column - 1)
                        && !($0.column > points.column
                            && chars[pointsEnd..<max(pointsEnd, $0.number.range.column - 1)].contains {
                                $0 == "(" || $0 == "（"
                            })
                }
                guard percentages.count == 2 else { continue }
                let (a, b) = (percentages[0].number.value, percentages[1].number.value)
                // `40,9 % …, contre 43,5 % en 2023 (−2,6 points)`: a signed gap says which way.
                let gap = (a > b ? a - b : b - a) * (points.number.value < 0 ? -1 : 1)
                // `Marge : 7,9 % contre 8,4 %, soit 0,6 point de moins`: each percentage rounds a value
                // up to half its last digit away, and the points are the gap of those values. (Whole
                // percentages, `80 % … 76 %`, are as often exact as rounded: a point off is a slip.)
                let slack = percentages[0].number.halfQuantum + percentages[1].number.halfQuantum
                if percentages.allSatisfy({ $0.number.precision.fractionDigits > 0 }),
                    (points.number.value - gap).magnitude <= slack
                {
                    report.relationsChecked += 1
                    continue
                }
                // `26.1% … 23.6%，下降 9.6 個百分點`: the relative change, 2.5 on 26.1, called points.
                let isRelativeChange = [a, b].contains { base in
                    base != 0
                        && Agreement.compare(stated: points.number, computed: gap.magnitude / base * 100).isAgreement
                }
                report.compare(
                    points, computed: Quantity(gap, nil), rule: Self.id, file: file, locale: page.locale,
                    explanation: "\(percentages[0].number.text) against \(percentages[1].number.text)",
                    what: "percentage points", knownSlip: isRelativeChange)
            }
        }
    }

    private static func isFollowedByPointWord(_ figure: LocatedFigure, chars: [Character]) -> Bool {
        let end = figure.number.range.column - 1 + figure.number.range.length
        guard end >= 0, end < chars.count else { return false }
        let after = String(chars[end..<min(chars.count, end + 24)]).lowercased().drop { $0 == " " || $0 == "\u{a0}" }
        return pointWords.contains { word in
            guard after.hasPrefix(word) else { return false }
            // `4 points` but not `4 pointers`: a Latin word ends where a letter does not follow.
            let next = after.dropFirst(word.count).first
            return next.map { !($0.isLetter && $0.isASCII) } ?? true
        }
    }
}
