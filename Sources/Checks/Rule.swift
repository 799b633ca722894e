import Content
import Foundation
import Numbers

/// A check over one page's figures; each rule has a stable id users can search for.
protocol PageRule: Sendable {
    static var id: String { get }
    /// Whether the rule guesses which figures relate (from a table's columns, a sentence's
    /// wording) instead of reading a relation the author wrote out (`a × b = c`, a total row).
    static var guessesRelation: Bool { get }
    func check(_ page: PageFigures, file: String, into report: inout RuleReport)
}

extension PageRule {
    static var guessesRelation: Bool { false }
}

/// What rules found: diagnostics, and how many relations they checked, for the summary line.
public struct RuleReport: Sendable {
    public var diagnostics: [Diagnostic] = []
    public var relationsChecked = 0

    /// Records one stated figure compared with its computed value; a disagreement becomes an error.
    /// The explanation is written only for a disagreement: most figures agree.
    mutating func compare(
        _ stated: LocatedFigure, computed: Quantity, rule: String, file: String, locale: NumberLocale,
        explanation: @autoclosure () -> String, severity: Diagnostic.Severity = .error, what: String,
        tolerance: Decimal = Agreement.defaultTolerance, knownSlip: Bool = false, mayBeCutOff: Bool = true
    ) {
        relationsChecked += 1
        let agreement = Agreement.compare(stated: stated.number, computed: computed.value, tolerance: tolerance)
        let isCutOff =
            mayBeCutOff && agreement == .agrees(rounding: .truncation)
            && Self.mayBeCutOff(stated.number, of: computed.value)
        if agreement.isAgreement && !isCutOff { return }
        // `Break-even is 1,422.40 ÷ 6 ≈ 238 tickets`: whole things needed are the next whole number up.
        if !agreement.isAgreement, Self.isWholeCount(stated.number), computed.value > 0,
            stated.number.value - 1 < computed.value, computed.value < stated.number.value
        {
            return
        }
        let expectedText = FigureText.computed(computed.value, like: stated.number, locale: locale)
        let reason = isCutOff ? "\(explanation()); cut off, not rounded" : explanation()
        var finding = Diagnostic(
            severity, rule: rule, "\(what): stated \(stated.number.text), computed \(expectedText) (\(reason))",
            at: stated.location(in: file), stated: stated.number.text, computed: expectedText,
            length: stated.number.range.length)
        finding.values = FigureValues(stated: stated.number.value, computed: computed.value)
        finding.values?.isKnownSlip = knownSlip
        finding.values?.isCutOff = isCutOff
        diagnostics.append(finding)
    }

    /// A figure stated exactly that only cutting off gives (`= 3.4 年` for 3.465) was not rounded:
    /// unless it is a whole count (`2,666本`, the bottles one can fill) or said to be about one.
    /// A value exactly halfway (`54 024,30 € ÷ 612 = 88,275`) is cut off by a spreadsheet's binary
    /// arithmetic as often as rounded; `5 億` of `5 億 8,320 万` is a whole number of its scale.
    static func mayBeCutOff(_ number: ScannedNumber, of computed: Decimal) -> Bool {
        guard !number.isApproximate, number.rangePart == .none,
            !(number.scale != nil && number.precision.fractionDigits == 0)
        else { return false }
        let half = Decimal(sign: .plus, exponent: number.quantumExponent, significand: 5) / 10
        let isHalfway = (computed.magnitude - number.value.magnitude) == half
        return !isWholeCount(number) && !isHalfway
    }

    /// A count of whole things: a whole number without a unit, or of things counted (not a ratio
    /// such as `3 fois`, nor a span of time such as a payback's years).
    static func isWholeCount(_ number: ScannedNumber) -> Bool {
        guard number.precision.fractionDigits == 0, number.scale == nil else { return false }
        if case .count(let thing)? = number.unit?.measure { return thing != .times && !thing.isPeriod }
        return number.unit == nil
    }

    /// Records a figure the sentence may mean several ways: agreeing with any of `readings` checks
    /// it; otherwise it is reported only when it is exactly one of `slipsOf` (the readings unless
    /// given) with two digits swapped or one changed, since which reading the author meant is theirs to say.
    mutating func compareAsSlip(
        _ stated: LocatedFigure, readings: [Decimal], slipsOf candidates: [Decimal]? = nil, rule: String, file: String,
        locale: NumberLocale,
        explanation: @autoclosure () -> String, what: String, tolerance: Decimal = Agreement.defaultTolerance
    ) {
        if readings.contains(where: {
            Agreement.compare(stated: stated.number, computed: $0, tolerance: tolerance).isAgreement
        }) {
            relationsChecked += 1
            return
        }
        let slips = Set((candidates ?? readings).filter { DigitSlip.isPreciseSlip(stated.number, of: $0) })
        guard slips.count == 1, let value = slips.first else { return }
        compare(
            stated, computed: Quantity(value, stated.number.unit), rule: rule, file: file, locale: locale,
            explanation: explanation(), what: what, tolerance: tolerance)
    }
}
