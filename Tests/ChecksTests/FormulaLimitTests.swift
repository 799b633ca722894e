import Checks
import TestSupport
import Testing

/// Formulas no parser, printer or evaluator walk can recurse through too deeply, and cycles
/// between bracketed column names (fuzzing and the bad-input corpus found both).
@Suite struct FormulaLimitTests {
    static let table = "| x | a | b |\n|---|---|---|\n| r | 1 | 2 |\n\n"

    /// Formulas a fuzzer or a runaway generator could write, by name so failures print short.
    static let hostile: [String: (expression: String, message: String)] = [
        "parentheses": (
            String(repeating: "(", count: 400) + "a" + String(repeating: ")", count: 400), "more than 32 levels deep"
        ),
        "signs": (String(repeating: "-", count: 900) + "a", "more than 32 levels deep"),
        "calls": (
            String(repeating: "sum(", count: 40) + "a" + String(repeating: ")", count: 40), "more than 32 levels deep"
        ),
        "long sum": (Array(repeating: "a", count: 600).joined(separator: " + "), "at most 1000 characters"),
        "huge": (String(repeating: "(", count: 100_000), "at most 1000 characters"),
    ]

    @Test(arguments: hostile.keys.sorted())
    func deepOrLongFormulasAreRefusedNotRecursed(_ name: String) throws {
        let (expression, message) = try #require(Self.hostile[name])
        let found = check(["f.md": Self.table + "<!-- formula: b = \(expression) -->\n"]).diagnostics
        #expect(found.map(\.rule) == ["formula-syntax"])
        #expect(found.first?.message.contains(message) == true, "\(found.first?.message.prefix(200) ?? "none")")
    }

    @Test func thirtyTwoLevelsStillParse() {
        let expression = String(repeating: "(", count: 30) + "a × 2" + String(repeating: ")", count: 30)
        #expect(check(["f.md": Self.table + "<!-- formula: b = \(expression) -->\n"]).diagnostics.isEmpty)
    }

    @Test func cyclesBetweenBracketedNamesAreFound() {
        let text =
            "| x | Daily ($) | Monthly ($) |\n|---|---|---|\n| r | 1 | 30 |\n\n<!-- formula: [Monthly ($)] = [Daily ($)] × 30; [Daily ($)] = [Monthly ($)] / 30 -->\n"
        let found = check(["c.md": text]).diagnostics
        #expect(found.map(\.rule) == ["formula"])
        #expect(found.first?.message.contains("Daily ($) → Monthly ($) → Daily ($)") == true, "\(describe(found))")
    }
}
