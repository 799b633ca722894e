import Content
import Foundation
import TestSupport
import Testing

@testable import Site

/// Chart blocks in a page: drawn from the page's own tables, or reported at the block.
@Suite struct ChartBlockTests {
    static let report = """
        ---
        title: Coûts
        lang: fr
        ---
        ## Tarifs

        | Modèle | Coût par appel ($) | Coût mensuel ($) | Note |
        | --- | --- | --- | --- |
        | GPT-4o | 0,035 | 1 050,00 | ok |
        | Claude 3.5 Sonnet | 0,0465 | 1 395,00 | — |
        | **Total** | | **2 445,00** | |

        ## Local

        Coût fixe des serveurs

        | Configuration | Coût fixe mensuel ($) |
        | --- | --- |
        | RTX 4090 | 636,00 |
        | A100 80GB | 4 337,42 |

        """

    private func body(_ chart: String, autoCharts: Bool = false, findings: [Diagnostic] = []) throws -> PageBody {
        let text = Self.report + "```chart\n" + chart + "\n```\n"
        let (page, diagnostics) = PageLoader(settings: SiteSettings()).load(file: "reports/r.fr.md", text: text)
        #expect(diagnostics.isEmpty)
        return PageBody(page: try #require(page), allowRawHTML: false, autoCharts: autoCharts, findings: findings)
    }

    /// The line of the block's first spec line: after the report and the opening fence.
    private var firstSpecLine: Int { Self.report.split(separator: "\n", omittingEmptySubsequences: false).count + 1 }

    @Test func drawsBarsFromATableNamedByHeading() throws {
        let page = try body("type: hbar\ntable: Tarifs\nvalue: Coût mensuel ($)\nsort: desc")
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        let svgs = XMLCheck.svgElements(in: page.html)
        #expect(svgs.count == 1)
        let svg = try #require(svgs.first)
        #expect(XMLCheck.problem(svg) == nil)
        #expect(svg.contains("role=\"img\"") && svg.contains("<desc"))
        #expect(svg.contains(">1 395,00<"), "values are labelled as the table writes them")
        #expect(!svg.contains("2 445,00"), "the bold total row is left out")
        #expect(page.html.contains("<table>"), "the data table stays in the page")
        #expect(page.html.contains("<figure class=\"chart\" tabindex=\"0\">"))
    }

    @Test func defaultsToTheTableAboveAndItsLastColumnOfFigures() throws {
        let page = try body("type: bar")
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        #expect(page.html.contains(">4 337,42<"))
    }

    @Test func unknownTableIsReportedAtItsKey() throws {
        let page = try body("type: bar\ntable: 7")
        let d = try #require(page.diagnostics.first)
        #expect(d.rule == "chart" && d.severity == .error)
        #expect(d.location == SourceLocation(file: "reports/r.fr.md", line: firstSpecLine + 1, column: 8))
        #expect(d.message.contains("no table 7"))
        #expect(page.html.contains("<pre><code class=\"language-chart\">"), "an undrawable block stays visible as code")
    }

    @Test func unknownColumnListsTheColumns() throws {
        let page = try body("table: 1\nvalues: [Coût annuel ($)]")
        let d = try #require(page.diagnostics.first)
        #expect(d.location.line == firstSpecLine + 1)
        #expect(d.message.contains("no column 'Coût annuel ($)'") && d.message.contains("'Coût mensuel ($)'"))
    }

    @Test func nonNumericCellIsReported() throws {
        let page = try body("table: 1\nvalue: Note")
        let d = try #require(page.diagnostics.first)
        #expect(d.message.contains("'ok' is not a number"))
        #expect(d.location.line == firstSpecLine + 1)
    }

    @Test func unknownSettingAndBadValuesAreReported() throws {
        let page = try body("type: pie\ncolour: red\nscale: log\nstacked: true\nvalues: [2, 3]")
        let messages = page.diagnostics.map(\.message)
        #expect(messages.contains { $0.contains("'type': expected one of bar, hbar, line, break-even") })
        #expect(messages.contains { $0.contains("unknown chart setting 'colour'") })
    }

    @Test func stackedLogScaleIsReportedAtStacked() throws {
        let page = try body("table: 1\nvalues: [2, 3]\nscale: log\nstacked: true")
        let d = try #require(page.diagnostics.first)
        #expect(d.message.contains("stacked bars cannot use a log scale"))
        #expect(d.location.line == firstSpecLine + 3)
    }

    @Test func breakEvenFromCellsOfTwoTables() throws {
        let spec = """
            type: break-even
            title: A100 face aux API
            fixed:
              table: Local
              row: A100 80GB
              column: Coût fixe mensuel ($)
            variable:
              table: 1
              rows: [Claude 3.5 Sonnet, GPT-4o]
              column: Coût par appel ($)
              times: 30
            volume: appels par jour
            """
        let page = try body(spec)
        #expect(page.diagnostics.isEmpty, "\(page.diagnostics)")
        let svg = try #require(XMLCheck.svgElements(in: page.html).first)
        #expect(XMLCheck.problem(svg) == nil)
        #expect(svg.components(separatedBy: "class=\"chart-crossing\"").count == 3)
        #expect(svg.contains("seuil 3\u{202F}109"))
        #expect(svg.contains(">4 337,42<") || svg.contains("4 337,42"))
    }

    @Test func breakEvenNeedsARow() throws {
        let page = try body("type: break-even\nfixed:\n  column: 2\nvariable:\n  column: 2\n  row: 1")
        let d = try #require(page.diagnostics.first)
        #expect(d.message.contains("needs `row:`"))
        #expect(d.location.line == firstSpecLine + 2)
    }

    @Test func autoChartsDrawUnderCurrencyTablesOnlyWhenChosen() throws {
        let off = try body("type: bar", autoCharts: false)
        #expect(XMLCheck.svgElements(in: off.html).count == 1)
        let on = try body("type: bar", autoCharts: true)
        // Both tables name a currency column; the chart block adds the third.
        #expect(XMLCheck.svgElements(in: on.html).count == 3)
        #expect(on.html.contains("id=\"chart-table-"))
    }

    @Test func autoChartsSetting() throws {
        var settings = SiteSettings()
        let (page, _) = PageLoader(settings: settings).load(file: "a.md", text: "---\ncharts: auto\n---\n")
        #expect(AutoChart.isEnabled(page: try #require(page), settings: settings))
        let (plain, _) = PageLoader(settings: settings).load(file: "b.md", text: "x\n")
        #expect(!AutoChart.isEnabled(page: try #require(plain), settings: settings))
        settings.extra = [("charts", .scalar("auto", isPlain: true, line: 1, column: 9))]
        #expect(AutoChart.isEnabled(page: try #require(plain), settings: settings))
    }

    @Test func aFigureCheckDisagreesWithIsMarkedOnTheChart() throws {
        let lines = Self.report.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.hasPrefix("| GPT-4o |") })
        let column = try #require(lines[row].range(of: "1 050,00")).lowerBound
        let at = SourceLocation(
            file: "Content/reports/r.fr.md", line: row + 1,
            column: lines[row].distance(from: lines[row].startIndex, to: column) + 1)
        let finding = Diagnostic(
            .error, rule: "inferred-relation", "table cell", at: at, stated: "1 050,00", computed: "1 155,00")
        let page = try body("type: hbar\ntable: 1\nvalue: Coût mensuel ($)", findings: [finding])
        let svg = try #require(XMLCheck.svgElements(in: page.html).first)
        #expect(svg.contains("class=\"chart-bar chart-mismatch\""))
        #expect(svg.contains("class=\"chart-expected\""))
        #expect(svg.contains("calculé 1 155,00"))
        // Other bars are not marked.
        #expect(svg.components(separatedBy: "chart-mismatch").count == 2)
    }

    @Test func settingsOfAnotherChartTypeAreWarnings() throws {
        let page = try body("type: bar\ntable: 1\nvolume: appels par jour")
        let d = try #require(page.diagnostics.first)
        #expect(d.severity == .warning && d.message == "'volume' does nothing in a bar chart")
        #expect(d.location.line == firstSpecLine + 2)
        #expect(XMLCheck.svgElements(in: page.html).count == 1, "a warning still draws the chart")
    }

    @Test func autoChartsSkipColumnsWhoseHeaderQuotesAPrice() throws {
        let text =
            "| Configuration | Face à GPT-4o (0,035 $/appel) |\n| --- | --- |\n| RTX 4090 | 606 |\n| A100 80GB | 4 131 |\n"
        let (page, _) = PageLoader(settings: SiteSettings()).load(file: "r.fr.md", text: text)
        let body = PageBody(page: try #require(page), allowRawHTML: false, autoCharts: true)
        #expect(XMLCheck.svgElements(in: body.html).isEmpty)
    }

    @Test func numbersInSettingsMustBeWholeNumbers() throws {
        let page = try body(
            "type: break-even\nvolume-max: 6 000\nfixed:\n  column: 2\n  row: 1\nvariable:\n  column: 2\n  row: 2\n  times: 30x"
        )
        let messages = page.diagnostics.map(\.message)
        #expect(messages.filter { $0.contains("expected a positive number") }.count == 2, "\(messages)")
    }
}
