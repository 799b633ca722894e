import Numbers

/// Recomputes calculations written in prose and list items: `1000万 tokens × 5e-06 $ = 0.05 $`.
struct InlineCalculationRule: PageRule {
    static let id = "inline-calculation"

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for run in page.runs {
            for chain in CalculationChain.chains(in: run) {
                check(chain, page: page, file: file, into: &report)
            }
        }
    }

    private func check(_ chain: CalculationChain, page: PageFigures, file: String, into report: inout RuleReport) {
        let parts = chain.parts
        // `X = A + B`: the lone figure before the computation is the claim.
        if !parts[0].isComputation, parts.count == 2, let computed = Self.value(of: parts[1]) {
            compare(parts[0].figures[0], computed, parts[1], page: page, file: file, into: &report)
            return
        }
        guard let start = parts.firstIndex(where: \.isComputation), var computed = Self.value(of: parts[start]) else { return }
        var source = parts[start]
        for part in parts[(start + 1)...] {
            if !part.isComputation {
                let stated = part.figures[0]
                compare(stated, computed, source, page: page, file: file, into: &report)
                computed = stated.quantity
            } else if let value = Self.value(of: part) {
                // `A × B = C + D = E`: each step is checked against the one before it.
                computed = value
            }
            source = part
        }
    }

    private func compare(
        _ stated: LocatedFigure, _ computed: Quantity, _ source: CalculationChain.Part, page: PageFigures, file: String,
        into report: inout RuleReport
    ) {
        let computed = Self.asStated(computed, by: stated.number.unit)
        guard Self.unitsComparable(stated.number.unit, computed.unit) else { return }
        var figure = stated
        if source.isApproximate { figure.number.isApproximate = true }
        report.compare(figure, computed: computed, rule: Self.id, file: file, locale: page.locale,
                       explanation: Self.explain(source), what: "calculation")
    }

    /// The value of a part, or nil when its units cannot be combined or it divides by zero.
    static func value(of part: CalculationChain.Part) -> Quantity? {
        try? LenientArithmetic.evaluate(part.tokens, operands: part.figures.map(\.quantity))?.get()
    }

    /// A plain ratio stated as a percentage (`41,400 / 276,000 = 15.0%`) is the ratio × 100.
    static func asStated(_ computed: Quantity, by unit: Unit?) -> Quantity {
        guard unit?.measure == .percent, unit?.per == nil, computed.unit == nil,
              case .success(let percent) = Quantity(computed.value) * Quantity(100) else { return computed }
        return Quantity(percent.value, unit)
    }

    /// A stated figure in tokens cannot be the result of a computation in dollars: a misreading.
    static func unitsComparable(_ stated: Unit?, _ computed: Unit?) -> Bool {
        guard let stated, let computed else { return true }
        return stated.measure == computed.measure
    }

    static func explain(_ part: CalculationChain.Part) -> String {
        var text = ""
        for token in part.tokens {
            switch token {
            case .operand(let index): text += FigureText.operand(part.figures[index])
            case .operator(let op): text += " \(op) "
            case .open: text += "("
            case .close: text += ")"
            }
        }
        return text
    }
}
