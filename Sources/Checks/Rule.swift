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
        tolerance: Decimal = Agreement.defaultTolerance, knownSlip: Bool = false
    ) {
        relationsChecked += 1
        guard case .disagrees = Agreement.compare(stated: stated.number, computed: computed.value, tolerance: tolerance)
        else { return }
        let expectedText = FigureText.computed(computed.value, like: stated.number, locale: locale)
        var finding = Diagnostic(
            severity, rule: rule, "\(what): stated \(stated.number.text), computed \(expectedText) (\(explanation()))",
            at: stated.location(in: file), stated: stated.number.text, computed: expectedText,
            length: stated.number.range.length)
        finding.values = FigureValues(stated: stated.number.value, computed: computed.value)
        finding.values?.isKnownSlip = knownSlip
        diagnostics.append(finding)
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
