import TextKit

/// What a ```` ```mermaid ```` block holds, when sitegen can draw it.
public enum MermaidDiagram: Sendable, Equatable {
    case flowchart(Flowchart)
    case pie(PieData)
}

/// Reads a Mermaid block: the header line picks the diagram type, the rest is that type's syntax.
public enum MermaidParser {
    /// The diagram and every problem found; with a problem that keeps the block as code the
    /// diagram may still be returned (for tests) but must not be drawn.
    public static func parse(_ text: String) -> (MermaidDiagram?, [DiagramProblem]) {
        // `\r\n` is one Character in Swift; a lone `\r` ends a line too, as everywhere in sitegen.
        let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
            .enumerated().map { index, line in
                (text: line, line: index + 1)
            }
        let isBlank = { (line: Substring) in line.trimmingSpaces.isEmpty || line.trimmingSpaces.hasPrefix("%%") }
        guard let headerIndex = lines.firstIndex(where: { !isBlank($0.text) }) else {
            return (
                nil, [DiagramProblem(.keepsCode, "the mermaid block is empty", at: BlockPosition(line: 1, column: 1))]
            )
        }
        var header = LineScanner(lines[headerIndex].text, line: lines[headerIndex].line)
        header.skipSpaces()
        let start = header.position
        let keyword = header.read { $0.isLetter || $0.isNumber || $0 == "-" }
        let rest = Array(lines[(headerIndex + 1)...])
        switch keyword {
        case "graph", "flowchart":
            let (chart, problems) = FlowchartParser.parse(header: header, lines: rest)
            return (.flowchart(chart), problems)
        case "pie":
            let (pie, problems) = PieParser.parse(header: header, lines: rest)
            return (pie.map(MermaidDiagram.pie), problems)
        default:
            let name = keyword.isEmpty ? String(header.current ?? " ") : keyword
            return (
                nil,
                [
                    DiagramProblem(
                        .keepsCode,
                        "'\(name)' diagrams are not supported; sitegen draws flowcharts (`graph`, `flowchart`) and `pie` charts",
                        at: start)
                ]
            )
        }
    }
}
