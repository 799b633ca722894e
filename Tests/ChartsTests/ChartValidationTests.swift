import Charts
import Foundation
import Numbers
import Testing

/// `sitegen check` asks a chart only whether it can be drawn (`validate()`); it must answer as
/// drawing it would, for every way data can fail and for data that draws.
@Suite struct ChartValidationTests {
    /// The chart error `body` throws, nil when it throws none.
    func outcome(_ body: () throws -> Void) -> ChartError? {
        do { try body() } catch let error as ChartError { return error } catch { Issue.record("\(error)") }
        return nil
    }

    func options(scale: AxisScale = .linear, stacked: Bool = false) -> ChartOptions {
        ChartOptions(id: "c", title: "Coûts", locale: .fr, scale: scale, stacked: stacked)
    }

    static func series(_ values: [Decimal?]) -> ChartData {
        ChartData(
            categories: values.indices.map { "m\($0)" },
            series: [
                ChartSeries(name: "a", points: values.map { $0.map { ChartPoint($0) } }),
                ChartSeries(name: "b", points: values.map { $0.map { ChartPoint($0 + 1) } }),
            ])
    }

    @Test(arguments: [[1, 2, 3], [0, 2, 3], [-1, 2, 3], [], [nil, nil]] as [[Decimal?]])
    func barsAndLinesAnswerAsDrawingDoes(values: [Decimal?]) {
        let data = Self.series(values)
        for scale in [AxisScale.linear, .log] {
            for stacked in [false, true] {
                let bars = BarChart(data: data, options: options(scale: scale, stacked: stacked))
                #expect(
                    outcome { try bars.validate() } == outcome { _ = try bars.svg() },
                    "\(values) \(scale) stacked \(stacked)")
            }
            let line = LineChart(data: data, options: options(scale: scale))
            #expect(outcome { try line.validate() } == outcome { _ = try line.svg() }, "\(values) \(scale) line")
        }
    }

    @Test func breakEvenAnswersAsDrawingDoes() {
        let fixed = [BreakEvenData.FixedCost(name: "serveur", value: 4337)]
        let cases = [
            BreakEvenData(
                fixed: fixed, variable: [.init(name: "API", rate: Decimal(string: "0.0465")!)], volumeTitle: "appels"),
            BreakEvenData(fixed: fixed, variable: [.init(name: "API", rate: 0)], volumeTitle: "appels"),
            BreakEvenData(fixed: [], variable: [.init(name: "API", rate: 1)], volumeTitle: "appels"),
        ]
        var failures = 0
        for data in cases {
            let chart = BreakEvenChart(data: data, options: options())
            let validated = outcome { try chart.validate() }
            #expect(validated == outcome { _ = try chart.svg() })
            if validated != nil { failures += 1 }
        }
        #expect(failures == 2)
    }
}
