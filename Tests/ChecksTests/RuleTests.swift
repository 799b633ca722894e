import Checks
import TestSupport
import Testing

/// Each rule finds its planted error in every language, and its clean twin passes.
@Suite struct RuleTests {
    static let rules: [(id: String, fixtures: [RuleFixture])] = [
        ("table-total", RuleFixtures.tableTotal), ("inline-calculation", RuleFixtures.inlineCalculation),
        ("list-total", RuleFixtures.listTotal), ("formula", RuleFixtures.formula),
        ("inferred-relation", RuleFixtures.inferredRelation), ("rate-scale", RuleFixtures.rateScale),
        ("restated-figure", RuleFixtures.restatedFigure),
    ]

    @Test(arguments: rules.map(\.id))
    func plantedErrorsAreFoundInEveryLanguage(rule: String) {
        let fixtures = Self.rules.first { $0.id == rule }!.fixtures
        var report = ""
        for fixture in fixtures {
            let found = check([fixture.name: fixture.planted]).diagnostics
            #expect(
                found.contains {
                    $0.rule == rule
                        && $0.stated.map { fixture.wrong.contains($0) || $0.contains(fixture.wrong) } == true
                },
                "\(rule) \(fixture.name): \(found)")
            report += describe(found)
        }
        assertGolden(report, named: "\(rule).txt")
    }

    @Test(arguments: rules.flatMap { rule in rule.fixtures.map { (rule.id, $0) } })
    func cleanTwinsHaveNoFindings(rule: String, fixture: RuleFixture) {
        #expect(fixture.clean != fixture.planted, "the fixture must plant something")
        let found = check([fixture.name: fixture.clean]).diagnostics
        #expect(found.isEmpty, "\(rule) \(fixture.name): \(describe(found))")
    }

    @Test func correctRoundingIsNeverAnError() {
        let text = """
            - $80,000 / 36 = $2,222.22
            - $80,000 / 36 = $2,222
            - 2 / 3 = 0.67
            - 2 / 3 = 0.66 (truncated)
            - 5.905 = 5.90 + 0.005
            - 1.6kW × 24h × 30天 = 1,152 kWh
            - 约 3,100次/天 = 4,337 / 30 / 0.0465
            """
        let found = check(["r.md": text]).diagnostics
        #expect(found.isEmpty, "\(describe(found))")
    }

    /// Cutting off is no rounding unless the line says so, or the figure counts whole things.
    @Test func cutOffFiguresAreErrorsUnlessTheLineSaysSo() {
        let found = check(["r.md": "- 2 / 3 = 0.66\n- 2,000 / 3 = 666 jars\n"]).diagnostics
        #expect(found.map(\.location.line) == [1], "\(describe(found))")
        #expect(found.first?.computed == "0.667")
        #expect(found.first?.message.contains("cut off, not rounded") == true)
    }

    @Test func formulaSyntaxErrorsAreReportedAtTheirColumn() {
        let text =
            "| x | a | b |\n|---|---|---|\n| r | 1 | 2 |\n\n<!-- formula: b = a × (2 -->\n<!-- formula: b = a × zz -->\n<!-- formula: b = a / 0 -->\n"
        let found = check(["f.md": text]).diagnostics
        assertGolden(describe(found), named: "formula-errors.txt")
        #expect(found.first?.location.description == "f.md:5:25")
    }

    @Test func formulaCyclesAreReported() {
        let text = "| x | a | b |\n|---|---|---|\n| r | 1 | 2 |\n\n<!-- formula: a = b × 2; b = a / 2 -->\n"
        let found = check(["c.md": text]).diagnostics
        #expect(found.map(\.rule) == ["formula"])
        #expect(found.first?.message.contains("a → b → a") == true)
    }

    @Test func translationThatDepartsIsReportedAtItsOwnPage() {
        let table = { (value: String) in "| 模型 | 价格 |\n|---|---:|\n| A | 5.00 |\n| B | \(value) |\n\n- 10 × 3 = 30\n" }
        let files = [
            "r.zh.md": table("16.00"), "r.ja.md": table("16.00"), "r.en.md": table("16.00"),
            "r.fr.md": table("1,6e-05").replacingOccurrences(of: "5.00", with: "5,00"),
        ]
        let found = check(files).diagnostics.filter { $0.rule == "translation" }
        #expect(found.count == 1)
        #expect(found.first?.location.file == "r.fr.md")
        #expect(
            found.first?.message.contains("r.zh.md:4:") == true && found.first?.message.contains("r.ja.md:4:") == true)
        #expect(found.first?.message.contains("r.en.md:4:") == true)
        let clean = [
            "r.zh.md": table("16.00"), "r.fr.md": table("16,00").replacingOccurrences(of: "5.00", with: "5,00"),
        ]
        #expect(check(clean).diagnostics.isEmpty)
    }

    @Test func ofTwoVersionsTheOneWhoseOwnCalculationIsWrongDeparts() {
        let fr =
            "---\ntitle: R\ntranslationKey: r\n---\n\nMarge − charges = 5 120 − 2 870 = 2 205 €.\n\nTotal : 2 × 3 = 7.\n"
        let en =
            "---\ntitle: R\ntranslationKey: r\n---\n\nMargin − costs = 5,120 − 2,870 = €2,250.\n\nTotal: 2 × 3 = 7.\n"
        let found = check(["r.fr.md": fr, "r.en.md": en]).diagnostics.filter { $0.severity == .error }
        #expect(!found.contains { $0.location.file == "r.en.md" && $0.location.line == 6 }, "\(found)")
        #expect(found.contains { $0.location.file == "r.fr.md" && $0.location.line == 6 }, "\(found)")
    }

    @Test func summaryCountsFiguresAndRelations() {
        let result = check(["a.md": "- 2 × 3 = 6\n- 4 + 4 = 9\n"])
        #expect(result.summary.files == 1 && result.summary.figures == 6)
        #expect(result.summary.relations == 2 && result.summary.errors == 1)
    }
}

@Suite struct CodeCommentTests {
    @Test func calculationsInCodeCommentsAreChecked() {
        let text = """
            ```python
            cost = (8000 * 3.00 + 1500 * 15.00) / 1_000_000
            # = $0.024 + $0.0225 = $0.0456 per call
            url = "http://x/#1 = 2"  // 1 + 1 = 3
            ```
            """
        let found = check(["c.md": text]).diagnostics
        #expect(found.map(\.location.description) == ["c.md:3:24", "c.md:4:37"], "\(describe(found))")
    }
}

@Suite struct MoreRuleTests {
    @Test func perTokenPriceOfPerMillionSizeIsAWarning() {
        let found = check(["p.en.md": "Input costs $2.50 per token, output $1e-05 per token.\n"]).diagnostics
        #expect(found.map(\.rule) == ["rate-scale"])
        #expect(found.first?.message.contains("per token it would be 0.0000025") == true, "\(describe(found))")
    }

    @Test func totalLineOfAParagraphSumsTheLinesAboveIt() {
        let text = "硬件摊销：$2,222\n电费：$115\n运维：$2,000\n合计：$4,339\n\n总计这一行只是一句话 $3。\n"
        let found = check(["t.zh.md": text]).diagnostics
        #expect(found.map(\.location.description) == ["t.zh.md:4:4"], "\(describe(found))")
    }
}
