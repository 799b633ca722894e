import Foundation
import TestSupport
import Testing

@testable import Charts

/// Author text reaches SVG only escaped, whatever it contains.
@Suite struct EscapingTests {
    static let hostile = [
        "<script>alert(1)</script>", "\"><svg onload=alert(1)>", "a & b < c", "it's \"quoted\"", "]]><!--",
        "bell\u{07}tab\tnul\u{0}",
    ]

    @Test func hostileLabelsStayText() throws {
        let data = ChartData(
            categories: Self.hostile,
            series: [
                ChartSeries(
                    name: "<b>series</b>",
                    points: Self.hostile.indices.map { ChartPoint(Decimal($0 + 1), text: "<\($0)>") }),
                ChartSeries(name: "\"><svg onload=x>", points: Self.hostile.indices.map { _ in ChartPoint(1) }),
            ])
        let options = ChartOptions(
            id: "x\"y", title: "<script>t</script>", locale: .en, valueTitle: "' onmouseover='x",
            summary: "</desc><script>")
        for svg in [
            try BarChart(data: data, options: options).svg(),
            try BarChart(data: data, options: options, horizontal: true).svg(),
            try LineChart(data: data, options: options).svg(),
        ] {
            #expect(XMLCheck.problem(svg) == nil, "\(XMLCheck.problem(svg) ?? "")")
            #expect(!svg.contains("<script"))
            #expect(!svg.contains("<svg onload"))
            #expect(!svg.contains("<b>"))
            #expect(!svg.contains("\u{07}") && !svg.contains("\u{0}"))
            #expect(svg.contains("&lt;script&gt;"))
            // Exactly one <svg element: the root.
            #expect(svg.components(separatedBy: "<svg").count == 2)
        }
    }

    @Test func coordinatesAreFixedAndLocaleFree() {
        #expect(Coordinate.format(12.345) == "12.3")
        #expect(Coordinate.format(-0.04) == "0")
        #expect(Coordinate.format(-1.25) == "-1.3" || Coordinate.format(-1.25) == "-1.2")
        #expect(Coordinate.format(640) == "640")
        #expect(Coordinate.format(.nan) == "0")
    }
}
