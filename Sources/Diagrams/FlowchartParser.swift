import TextKit

/// Reads a Mermaid flowchart (`graph`/`flowchart` blocks) into a `Flowchart`, with every problem
/// at its line and column inside the block.
///
/// Statements end at a line end or `;`. Node, edge, style and subgraph statements follow
/// Mermaid's flow grammar for the forms listed in the README; anything else is a problem that
/// keeps the block as code, never a guess.
struct FlowchartParser {
    var chart = Flowchart()
    var problems: [DiagramProblem] = []
    /// Open subgraphs, innermost last, as indexes into `chart.subgraphs`.
    var open: [Int] = []
    /// `style`, `class` and `linkStyle` may name things written later, so they apply at the end.
    var deferred: [(position: BlockPosition, apply: (inout FlowchartParser) -> Void)] = []
    var edgeCount = 0

    /// Parses `lines`, the block's lines after the header; `header` is the header line's scanner
    /// positioned after the keyword.
    static func parse(header: LineScanner, lines: [(text: Substring, line: Int)]) -> (Flowchart, [DiagramProblem]) {
        var parser = FlowchartParser()
        var scanner = header
        parser.readDirection(&scanner)
        parser.statements(&scanner)
        for (text, line) in lines {
            var scanner = LineScanner(text, line: line)
            parser.statements(&scanner)
        }
        for subgraph in parser.open.reversed() {
            parser.fail(
                "subgraph '\(parser.chart.subgraphs[subgraph].id)' has no `end`",
                at: parser.chart.subgraphs[subgraph].position)
        }
        for (_, apply) in parser.deferred { apply(&parser) }
        parser.resolveSubgraphEndpoints()
        for (subgraph, reason) in parser.chart.ownLayoutAndIgnored().ignored {
            let declared = parser.chart.subgraphs[subgraph]
            parser.ignore(
                "subgraph '\(declared.id)' follows the chart's direction: \(reason)",
                at: declared.directionPosition ?? declared.position)
        }
        if parser.chart.nodes.isEmpty, !parser.problems.keepsCode {
            parser.fail("the flowchart has no nodes", at: header.position(at: 0))
        }
        return (parser.chart, parser.problems)
    }

    mutating func fail(_ message: String, at position: BlockPosition) {
        problems.append(DiagramProblem(.keepsCode, message, at: position))
    }

    mutating func ignore(_ message: String, at position: BlockPosition) {
        problems.append(DiagramProblem(.ignored, message, at: position))
    }

    private mutating func readDirection(_ scanner: inout LineScanner) {
        scanner.skipSpaces()
        let start = scanner.index
        let word = scanner.read { $0.isLetter }
        guard !word.isEmpty else { return }
        if word == "TD" { chart.direction = .topToBottom; return }
        guard let direction = Flowchart.Direction(rawValue: word) else {
            return fail("unknown direction '\(word)'; use TB, TD, BT, LR or RL", at: scanner.position(at: start))
        }
        chart.direction = direction
    }

    /// Every statement on the rest of the line.
    private mutating func statements(_ scanner: inout LineScanner) {
        while true {
            scanner.skipSpaces()
            while scanner.take(";") { scanner.skipSpaces() }
            guard !scanner.atEnd, !scanner.starts(with: "%%") else { return }
            let before = problems.count
            statement(&scanner)
            guard problems.count == before || !problems[before...].keepsCode else { return }
            scanner.skipSpaces()
            guard scanner.atEnd || scanner.current == ";" || scanner.starts(with: "%%") else {
                return fail(
                    "unexpected '\(scanner.current!)'; a statement ends at the line's end or at ';'",
                    at: scanner.position)
            }
        }
    }

    private mutating func statement(_ scanner: inout LineScanner) {
        let start = scanner.index
        let word = scanner.read { $0.isLetter }
        let position = scanner.position(at: start)
        let keywordEnds = scanner.atEnd || scanner.current == " " || scanner.current == "\t" || scanner.current == ";"
        switch word {
        case "subgraph" where keywordEnds: subgraph(&scanner, at: position)
        case "end" where keywordEnds:
            guard let last = open.popLast() else { return fail("`end` without an open subgraph", at: position) }
            _ = last
        case "direction" where keywordEnds && !open.isEmpty:
            scanner.skipSpaces()
            let at = scanner.position
            let word = scanner.read { $0.isLetter }
            guard let direction = word == "TD" ? .topToBottom : Flowchart.Direction(rawValue: word) else {
                return ignore("unknown direction '\(word)'; use TB, TD, BT, LR or RL", at: at)
            }
            chart.subgraphs[open.last!].direction = direction
            chart.subgraphs[open.last!].directionPosition = at
        case "classDef" where keywordEnds: classDefinition(&scanner, at: position)
        case "class" where keywordEnds: classAssignment(&scanner, at: position)
        case "style" where keywordEnds: nodeStyle(&scanner, at: position)
        case "linkStyle" where keywordEnds: linkStyle(&scanner, at: position)
        case "click" where keywordEnds:
            // Links and callbacks need a browser's script; the node is drawn, the click is dropped.
            _ = scanner.read { $0 != ";" }
        default:
            scanner.index = start
            nodesAndEdges(&scanner)
        }
    }

    /// A comma-separated list of ids, such as `A,B,C` in `class A,B,C name`.
    func idList(_ scanner: inout LineScanner) -> [String] {
        scanner.skipSpaces()
        var ids: [String] = []
        repeat {
            scanner.skipSpaces()
            let id = scanner.read(while: LineScanner.isIDCharacter)
            guard !id.isEmpty else { break }
            ids.append(id)
            scanner.skipSpaces()
        } while scanner.take(",")
        return ids
    }

    /// The rest of the statement, up to `;` or the line's end.
    func statementRest(_ scanner: inout LineScanner) -> (text: String, start: Int) {
        scanner.skipSpaces()
        let start = scanner.index
        let text = scanner.read { $0 != ";" }
        return (text.trimmingSpaces, start)
    }
}
