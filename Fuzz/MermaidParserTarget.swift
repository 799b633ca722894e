/// libFuzzer entry point for the Mermaid parser, compiled with the parser and DOT writer sources
/// of Diagrams by `Fuzz/run`. Every problem must point inside the block, a drawable flowchart's
/// edges must join its nodes or subgraphs, and the DOT for it (and for each subgraph with its own
/// direction) must be written.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMermaidParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
    let (diagram, problems) = MermaidParser.parse(text)
    for problem in problems {
        let line = problem.position.line
        precondition(line >= 1 && line <= lines.count, "problem on line \(line) of \(lines.count)")
        precondition(problem.position.column >= 1 && problem.position.column <= lines[line - 1].count + 1,
                     "problem at column \(problem.position.column) of a \(lines[line - 1].count)-character line")
    }
    if case .flowchart(let chart)? = diagram, !problems.keepsCode {
        let ids = Set(chart.nodes.map(\.id) + chart.subgraphs.map(\.id))
        for edge in chart.edges { precondition(ids.contains(edge.from) && ids.contains(edge.to), "edge \(edge.from) → \(edge.to) joins nothing") }
        precondition(!chart.nodes.isEmpty, "a drawable chart without nodes")
        _ = chart.dump()
        precondition(DOTWriter.dot(chart).hasSuffix("}\n"))
        // Each subgraph with its own direction is a graph of its own, with those inside it as boxes.
        let own = chart.ownLayout
        for k in own {
            precondition(chart.subgraphs[k].direction != nil, "subgraph \(k) laid out on its own without a direction")
            let boxes = Dictionary(uniqueKeysWithValues: own.filter { $0 != k }.map { ($0, (width: 40.0, height: 30.0)) })
            precondition(DOTWriter.dot(chart, scope: DOTWriter.Scope(subgraph: k, direction: chart.subgraphs[k].direction!, boxes: boxes)).hasSuffix("}\n"))
        }
    }
    return 0
}
