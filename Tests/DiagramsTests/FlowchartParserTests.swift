import Foundation
import TestSupport
import Testing

@testable import Diagrams

/// Every supported Mermaid form parses to the model its golden dump shows; every unsupported or
/// broken form is a problem at its line and column inside the block.
@Suite struct FlowchartParserTests {
    @Test(arguments: ParserCases.forms.map(\.name))
    func form(_ name: String) throws {
        let source = try #require(ParserCases.forms.first { $0.name == name }).source
        let (diagram, problems) = MermaidParser.parse(source)
        #expect(problems.isEmpty, "\(problems)")
        guard case .flowchart(let chart)? = diagram else { Issue.record("not a flowchart"); return }
        assertGolden(chart.dump() + "\n", named: "parse/\(name.replacingOccurrences(of: " ", with: "-")).txt")
    }

    @Test(arguments: ParserCases.errors.map(\.name))
    func error(_ name: String) throws {
        let entry = try #require(ParserCases.errors.first { $0.name == name })
        let (_, problems) = MermaidParser.parse(entry.source)
        #expect(problems.first?.description == entry.first, "\(problems)")
    }

    @Test func anErrorKeepsTheBlockAsCodeAndAnIgnoredPartDoesNot() {
        #expect(MermaidParser.parse("graph TD\nA -->").1.keepsCode)
        let (diagram, problems) = MermaidParser.parse("graph TD\nA --> B\nstyle A fill:#fff,font-size:20px")
        #expect(!problems.keepsCode && problems.count == 1)
        guard case .flowchart(let chart)? = diagram else { Issue.record("not a flowchart"); return }
        #expect(chart.node("A")?.style.fill == RGBColour(css: "#fff"))
    }

    @Test func problemsOnSeveralLinesAreAllReported() {
        let (_, problems) = MermaidParser.parse("graph TD\nA -->\nB[oops\nC --> D")
        #expect(problems.map(\.position) == [BlockPosition(line: 2, column: 6), BlockPosition(line: 3, column: 2)])
    }

    @Test func laterShapeReplacesTheLabelButTheNodeStaysWhereItWasFirstWritten() throws {
        let chart = DiagramFixtures.flowchart("graph TD\nA --> B\nB{Decide}")
        let b = try #require(chart.node("B"))
        #expect(b.shape == .diamond && b.lines == ["Decide"] && b.position == BlockPosition(line: 2, column: 7))
    }

    @Test func pieBecomesSlices() throws {
        let (diagram, problems) = MermaidParser.parse("pie showData title 工时\n  \"基准\" : 10\n  \"人工\" : 35.5")
        #expect(problems.isEmpty)
        guard case .pie(let pie)? = diagram else { Issue.record("not a pie"); return }
        #expect(pie.title == "工时")
        #expect(pie.slices.map(\.label) == ["基准", "人工"] && pie.slices.map(\.text) == ["10", "35.5"])
    }
}
