/// One line per direction, node, edge, subgraph and style, for tests and `sitegen dump`-style debugging.
extension Flowchart {
    public func dump() -> String {
        var lines = ["direction \(direction.rawValue)"]
        for node in nodes {
            var line =
                "node \(node.id) \(node.shape.rawValue) \(node.lines.map { "\"\($0)\"" }.joined(separator: "/")) @\(node.position)"
            if !node.classes.isEmpty { line += " class=\(node.classes.joined(separator: ","))" }
            if !node.style.isEmpty { line += " style=\(node.style.dump)" }
            lines.append(line)
        }
        for edge in edges {
            var line =
                "edge \(edge.from) \(edge.tail.rawValue)-\(edge.stroke.rawValue)-\(edge.head.rawValue) \(edge.to) @\(edge.position)"
            if let label = edge.label { line += " label=\"\(label.replacingNewlines)\"" }
            if edge.extraLength > 0 { line += " extra=\(edge.extraLength)" }
            lines.append(line)
        }
        for subgraph in subgraphs {
            lines.append(
                "subgraph \(subgraph.id) \"\(subgraph.title)\" nodes=\(subgraph.nodeIDs.joined(separator: ",")) parent=\(subgraph.parent.map(String.init) ?? "-")"
                    + (subgraph.direction.map { " direction=\($0.rawValue)" } ?? "") + " @\(subgraph.position)")
        }
        for name in classes.keys.sorted() { lines.append("classDef \(name) \(classes[name]!.dump)") }
        for index in edgeStyles.keys.sorted() { lines.append("linkStyle \(index) \(edgeStyles[index]!.dump)") }
        if let style = defaultEdgeStyle { lines.append("linkStyle default \(style.dump)") }
        return lines.joined(separator: "\n")
    }
}

extension NodeStyle {
    var dump: String {
        [
            fill.map { "fill:\($0.hex)" }, stroke.map { "stroke:\($0.hex)" }, strokeWidth.map { "width:\($0)" },
            text.map { "color:\($0.hex)" }, dashArray.map { "dash:\($0)" },
        ].compactMap { $0 }.joined(separator: ",")
    }
}

extension String {
    var replacingNewlines: String { split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\\n") }
}
