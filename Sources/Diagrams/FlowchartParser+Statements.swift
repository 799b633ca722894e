import TextKit

extension FlowchartParser {
    /// `subgraph id`, `subgraph id [title]`, `subgraph id["title"]`, `subgraph "title"` or
    /// `subgraph some title` (the title is then the id too).
    mutating func subgraph(_ scanner: inout LineScanner, at position: BlockPosition) {
        scanner.skipSpaces()
        let start = scanner.position
        var id = "", title: String?
        if scanner.current == "\"" {
            guard let quoted = quoted(&scanner) else { return }
            title = quoted
        } else {
            id = scanner.read(while: LineScanner.isIDCharacter)
            scanner.skipSpaces()
            if scanner.take("[") {
                scanner.skipSpaces()
                let text: String?
                if scanner.current == "\"" {
                    text = quoted(&scanner); scanner.skipSpaces(); _ = scanner.take("]")
                } else {
                    text = scanner.read(until: "]")
                }
                guard let text else { return fail("the subgraph title has no closing ']'", at: start) }
                title = text.trimmingSpaces
            } else if !scanner.atEnd, scanner.current != ";" {
                let words = scanner.read { $0 != ";" }.trimmingSpaces
                title = id + " " + words
                id = title!
            }
        }
        if id.isEmpty { id = title ?? "" }
        guard !id.isEmpty else { return fail("a subgraph needs an id or a title", at: start) }
        let index = chart.subgraphs.count
        chart.subgraphs.append(Subgraph(id: id, title: title ?? id, parent: open.last, position: position))
        if let parent = open.last { chart.subgraphs[parent].children.append(index) }
        open.append(index)
    }

    /// `classDef name[,name] fill:…,stroke:…`.
    mutating func classDefinition(_ scanner: inout LineScanner, at position: BlockPosition) {
        let names = idList(&scanner)
        guard !names.isEmpty else { return fail("`classDef` needs a class name and a style", at: position) }
        guard let style = styleValue(&scanner, at: position) else { return }
        for name in names { chart.classes[name] = (chart.classes[name] ?? NodeStyle()).overridden(by: style) }
    }

    /// `class id[,id] name`.
    mutating func classAssignment(_ scanner: inout LineScanner, at position: BlockPosition) {
        let ids = idList(&scanner)
        scanner.skipSpaces()
        let name = scanner.read { LineScanner.isIDCharacter($0) || $0 == "-" }
        guard !ids.isEmpty, !name.isEmpty else {
            return fail("`class` needs node ids and a class name, as in `class A,B done`", at: position)
        }
        deferred.append(
            (
                position,
                { parser in
                    for id in ids { parser.withNode(id, from: "class", at: position) { $0.classes.append(name) } }
                }
            ))
    }

    /// `style id fill:…`.
    mutating func nodeStyle(_ scanner: inout LineScanner, at position: BlockPosition) {
        let ids = idList(&scanner)
        guard ids.count == 1, let id = ids.first else {
            return fail("`style` needs one node id and a style", at: position)
        }
        guard let style = styleValue(&scanner, at: position) else { return }
        deferred.append(
            (
                position,
                { parser in
                    parser.withNode(id, from: "style", at: position) { $0.style = $0.style.overridden(by: style) }
                }
            ))
    }

    /// `linkStyle 0,2 stroke:…` or `linkStyle default stroke:…`; edges count from 0 in written order.
    mutating func linkStyle(_ scanner: inout LineScanner, at position: BlockPosition) {
        scanner.skipSpaces()
        let listStart = scanner.position
        let isDefault = scanner.take("default")
        let indexes = isDefault ? [] : idList(&scanner).map { Int($0) }
        guard isDefault || (!indexes.isEmpty && !indexes.contains(nil)) else {
            return fail("`linkStyle` needs edge numbers (from 0) or `default`, then a style", at: listStart)
        }
        guard let style = styleValue(&scanner, at: position) else { return }
        if isDefault { chart.defaultEdgeStyle = style; return }
        deferred.append(
            (
                position,
                { parser in
                    for index in indexes.compactMap({ $0 }) {
                        guard index < parser.edgeCount else {
                            parser.ignore(
                                "linkStyle \(index): the chart has \(parser.edgeCount) edges, numbered from 0",
                                at: listStart)
                            continue
                        }
                        parser.chart.edgeStyles[index] = (parser.chart.edgeStyles[index] ?? NodeStyle()).overridden(
                            by: style)
                    }
                }
            ))
    }

    private mutating func styleValue(_ scanner: inout LineScanner, at position: BlockPosition) -> NodeStyle? {
        let (text, start) = statementRest(&scanner)
        guard !text.isEmpty else {
            fail("a style is missing, such as `fill:#e3f2fd,stroke:#1565c0`", at: position); return nil
        }
        let (style, ignored) = NodeStyle.parse(text)
        for (property, offset) in ignored {
            ignore(
                "style property '\(property)' is not supported; fill, stroke, stroke-width, stroke-dasharray and color are",
                at: scanner.position(at: start + offset))
        }
        return style
    }

    private mutating func withNode(
        _ id: String, from statement: String, at position: BlockPosition, _ change: (inout FlowNode) -> Void
    ) {
        guard let index = chart.nodes.firstIndex(where: { $0.id == id }) else {
            return ignore("`\(statement)` names '\(id)', which is not a node of this chart", at: position)
        }
        change(&chart.nodes[index])
    }

    /// An id used as an edge end that names a subgraph is that subgraph, not a new node.
    mutating func resolveSubgraphEndpoints() {
        let subgraphIDs = Set(chart.subgraphs.map(\.id))
        let used = Set(chart.edges.flatMap { [$0.from, $0.to] })
        let stand = chart.nodes.filter {
            subgraphIDs.contains($0.id) && used.contains($0.id) && $0.lines == [$0.id] && $0.shape == .rectangle
        }
        guard !stand.isEmpty else { return }
        let ids = Set(stand.map(\.id))
        chart.nodes.removeAll { ids.contains($0.id) }
        for i in chart.subgraphs.indices { chart.subgraphs[i].nodeIDs.removeAll { ids.contains($0) } }
    }
}
