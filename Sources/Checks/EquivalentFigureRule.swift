import Foundation
import Numbers

/// A figure said again right after itself in another scale or unit (`1 856 kg, soit 1,856 t`,
/// `988,400 (0.99M)`, `35,916L、つまり約 35.9m³`, `NT$107,800，約 10.8 萬`) agrees with it.
///
/// The second figure must follow the first with only a bracket or a word for "that is" between
/// them, be in the first's unit or one it converts into (kg and t, L, hL and m³, m² and ha), and
/// differ from it in scale or unit. Only a restatement a power of ten away, or one with two digits
/// swapped or one changed, is reported: a figure in brackets may be something else.
struct EquivalentFigureRule: PageRule {
    static let id = "equivalent-figure"

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs where run.figures.count >= 2 {
            var chars: [Character]?
            for (first, second) in zip(run.figures, run.figures.dropFirst()) {
                guard Self.mayRestate(second, first), first.line == second.line else { continue }
                if chars == nil { chars = run.characters }
                guard Self.saysSameThing(between: first, and: second, in: chars!),
                    let factor = Self.factor(from: first.number.unit, to: second.number.unit),
                    factor != 1 || first.number.scale != second.number.scale
                else { continue }
                let value = first.number.value * factor
                if Agreement.compare(stated: second.number, computed: value).isAgreement {
                    report.relationsChecked += 1
                    continue
                }
                let powers: [Decimal] = [10, 100, 1000, Decimal(1) / 10, Decimal(1) / 100, Decimal(1) / 1000]
                let isScaleSlip = powers.contains {
                    Agreement.compare(stated: second.number, computed: value * $0).isAgreement
                }
                guard isScaleSlip || DigitSlip.isPreciseSlip(second.number, of: value) else { continue }
                report.compare(
                    second, computed: Quantity(value, second.number.unit ?? first.number.unit), rule: Self.id,
                    file: file, locale: page.locale,
                    explanation: "the same as \(first.number.text) right before it", what: "restated figure")
            }
        }
    }

    /// Two amounts of one kind, neither a percentage, a range end or a bare figure without a scale.
    private static func mayRestate(_ second: LocatedFigure, _ first: LocatedFigure) -> Bool {
        second.number.rangePart == .none && first.number.rangePart == .none
            && first.number.value > 0 && second.number.value > 0
            && first.number.unit?.measure != .percent && second.number.unit?.measure != .percent
            // (`153 000 L par an, soit 15 300 hL`: the period is said once.)
            && (first.number.unit?.per == second.number.unit?.per || second.number.unit?.per == nil)
            && (second.number.scale != nil || second.number.unit != nil) && !first.isBareYear
    }

    /// Whether only a bracket or a word for "that is" stands between the two figures.
    private static func saysSameThing(between first: LocatedFigure, and second: LocatedFigure, in chars: [Character])
        -> Bool
    {
        let end = first.number.range.column - 1 + first.number.range.length
        let start = second.number.range.column - 1
        guard end <= start, start <= chars.count, start - end <= 24 else { return false }
        var between = String(chars[end..<start]).lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: " ,，、:：").union(.whitespaces))
        for mark in approximationWords where between.hasSuffix(mark) {
            between = String(between.dropLast(mark.count)).trimmingCharacters(in: .whitespaces)
            break
        }
        between = between.trimmingCharacters(in: CharacterSet(charactersIn: " ,，、").union(.whitespaces))
        return connectives.contains(between)
    }

    private static let connectives: Set<String> = [
        "(", "（", "soit", "i.e.", "or", "that is", "that's", "つまり", "即", "也就是", "合", "合计", "約", "约", "c.-à-d.",
        "das sind", "also",
    ]
    private static let approximationWords = [
        "約", "约", "about", "around", "roughly", "environ", "≈", "~", "～", "rund", "etwa", "ca.", "près de", "大约",
        "大約",
    ]

    /// What an amount in `from` is multiplied by to be in `to`; nil when one does not convert into the other.
    static func factor(from: FigureUnit?, to: FigureUnit?) -> Decimal? {
        guard let from, let to else { return 1 }
        if from.measure == to.measure { return 1 }
        // (`1,5 t` of a price per kg is no weight.)
        guard to.per == nil || from.per == to.per else { return nil }
        guard case .count(let a) = from.measure, case .count(let b) = to.measure,
            let x = family(of: a), let y = family(of: b), x.family == y.family
        else { return nil }
        return Decimal(sign: .plus, exponent: x.power - y.power, significand: 1)
    }

    /// A unit's family and power of ten, areas and volumes among them (`ha` is 10⁴ m², `m³` 10³ L).
    private static func family(of thing: CountedThing) -> (family: String, power: Int)? {
        switch thing {
        case .other("m³"): ("L", 3)
        case .other("ha"): ("m²", 4)
        case .other("km²"): ("m²", 6)
        case .other("m²"): ("m²", 0)
        default: thing.perPrefixed
        }
    }
}
