import Charts
import Foundation
import Numbers
import TestSupport
import Testing

/// One golden SVG per chart type, each checked to be well-formed XML before it is compared.
@Suite struct ChartGoldenTests {
    private func check(_ svg: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(XMLCheck.problem(svg) == nil, "\(XMLCheck.problem(svg) ?? "")", sourceLocation: sourceLocation)
        assertGolden(svg, named: name, sourceLocation: sourceLocation)
    }

    @Test func verticalBarsInFrench() throws {
        let options = ChartOptions(
            id: "c1", title: "Coût mensuel des API cloud à 1 000 appels par jour", locale: .fr,
            reference: ChartFixtures.reference("1 050,00", .fr), valueTitle: "Coût mensuel ($)")
        check(try BarChart(data: ChartFixtures.monthly, options: options).svg(), "bar-fr.svg")
    }

    @Test func horizontalBarsSortedDescending() throws {
        let options = ChartOptions(
            id: "c2", title: "Coût mensuel ($)", locale: .fr, reference: ChartFixtures.reference("1 050,00", .fr))
        check(
            try BarChart(data: ChartFixtures.monthly.sorted(.descending), options: options, horizontal: true).svg(),
            "hbar-fr.svg")
    }

    @Test func groupedBarsOnLogScale() throws {
        let options = ChartOptions(
            id: "c3", title: "每百万token单价（对数刻度）", locale: .zh, reference: ChartFixtures.reference("0.05", .zh),
            scale: .log, valueTitle: "美元/百万token")
        check(try BarChart(data: ChartFixtures.prices, options: options).svg(), "grouped-log-zh.svg")
    }

    @Test func stackedBars() throws {
        let options = ChartOptions(
            id: "c4", title: "月額費用の内訳", locale: .ja, reference: ChartFixtures.reference("50.00", .ja), stacked: true,
            valueTitle: "ドル")
        check(try BarChart(data: ChartFixtures.split, options: options).svg(), "stacked-ja.svg")
    }

    @Test func stackedHorizontalBars() throws {
        let options = ChartOptions(
            id: "c5", title: "月額費用の内訳", locale: .ja, reference: ChartFixtures.reference("50.00", .ja), stacked: true)
        check(try BarChart(data: ChartFixtures.split, options: options, horizontal: true).svg(), "stacked-hbar-ja.svg")
    }

    @Test func lines() throws {
        let options = ChartOptions(
            id: "c6", title: "Price per million tokens", locale: .en, reference: ChartFixtures.reference("0.05", .en),
            scale: .log)
        check(try LineChart(data: ChartFixtures.prices, options: options).svg(), "line-en.svg")
    }

    @Test func breakEven() throws {
        let options = ChartOptions(
            id: "c7", title: "Quatre A100 face aux API cloud", locale: .fr,
            reference: ChartFixtures.reference("4 337,42", .fr),
            valueTitle: "Coût mensuel ($)")
        check(try BreakEvenChart(data: ChartFixtures.breakEven, options: options).svg(), "break-even-fr.svg")
    }

    @Test func inconsistentFigureIsMarked() throws {
        var data = ChartFixtures.monthly
        data.series[0].points[1] = ChartFixtures.point("1 050,00", .fr, expected: "1155")
        let options = ChartOptions(
            id: "c8", title: "Coût mensuel", locale: .fr, reference: ChartFixtures.reference("1 050,00", .fr))
        let svg = try BarChart(data: data, options: options).svg()
        check(svg, "mismatch-bar-fr.svg")
        #expect(svg.contains("class=\"chart-bar chart-mismatch\""))
        #expect(svg.contains("calculé 1 155,00"))
        #expect(svg.contains("GPT-4o : indiqué 1 050,00, calculé 1 155,00."))
        let hbar = try BarChart(data: data, options: options, horizontal: true).svg()
        check(hbar, "mismatch-hbar-fr.svg")
        let line = try LineChart(data: data, options: options).svg()
        check(line, "mismatch-line-fr.svg")
        #expect(line.contains("class=\"chart-expected\""))
    }

    @Test func sameInputSameBytes() throws {
        let options = ChartOptions(id: "c", title: "t", locale: .zh, scale: .log)
        let a = try BarChart(data: ChartFixtures.prices, options: options).svg()
        let b = try BarChart(data: ChartFixtures.prices, options: options).svg()
        #expect(a == b)
    }
}
