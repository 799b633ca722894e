import TextKit

extension FlowchartParser {
    /// Opening and closing brackets of each shape, longest opening first so `((` wins over `(`.
    /// `[/` and `[\` close with either slash: the pair decides parallelogram or trapezoid.
    private static let shapes: [(open: String, close: [(String, FlowNode.Shape)])] = [
        ("(((", [(")))", .doubleCircle)]), ("((", [("))", .circle)]), ("([", [("])", .stadium)]),
        ("[[", [("]]", .subroutine)]), ("[(", [(")]", .cylinder)]), ("{{", [("}}", .hexagon)]),
        ("[/", [("/]", .parallelogram), ("\\]", .trapezoid)]),
        ("[\\", [("\\]", .parallelogramAlt), ("/]", .trapezoidAlt)]),
        ("(", [(")", .rounded)]), ("[", [("]", .rectangle)]), ("{", [("}", .diamond)]), (">", [("]", .asymmetric)]),
    ]

    /// `A & B --> C & D` and chains `A --> B --> C`: every edge between neighbouring groups.
    mutating func nodesAndEdges(_ scanner: inout LineScanner) {
        guard var left = nodeGroup(&scanner) else { return }
        while true {
            scanner.skipSpaces()
            let before = problems.count
            guard let edge = edge(&scanner) else { return }
            guard problems.count == before || !problems[before...].keepsCode else { return }
            scanner.skipSpaces()
            let before2 = problems.count
            guard let right = nodeGroup(&scanner) else {
                if problems.count == before2 { fail("the edge has no node to point to", at: scanner.position) }
                return
            }
            for from in left {
                for to in right {
                    var made = edge
                    (made.from, made.to) = (from, to)
                    chart.edges.append(made)
                    edgeCount += 1
                }
            }
            left = right
        }
    }

    /// Nodes joined by `&`; nil when no node starts here (a problem says why when it is not obvious).
    private mutating func nodeGroup(_ scanner: inout LineScanner) -> [String]? {
        var ids: [String] = []
        repeat {
            scanner.skipSpaces()
            guard let id = node(&scanner) else { return nil }
            ids.append(id)
            scanner.skipSpaces()
        } while scanner.take("&")
        return ids
    }

    /// One node reference, perhaps with a shape and label and a `:::class`.
    private mutating func node(_ scanner: inout LineScanner) -> String? {
        let start = scanner.position
        let id = scanner.read(while: LineScanner.isIDCharacter)
        guard !id.isEmpty else {
            if let c = scanner.current { fail("expected a node id, found '\(c)'", at: start) }
            return nil
        }
        if scanner.current == "@" {
            fail(
                "`@{ … }` node attributes are not supported; use a bracket shape such as `\(id)[text]`",
                at: scanner.position);
            return nil
        }
        let index = touch(id, at: start)
        let before = problems.count
        if let (shape, lines) = shapeAndLabel(&scanner) {
            chart.nodes[index].shape = shape
            chart.nodes[index].lines = lines
        } else if problems.count > before {
            return nil
        }
        while scanner.take(":::") {
            let name = scanner.read { LineScanner.isIDCharacter($0) || $0 == "-" }
            guard !name.isEmpty else { fail("`:::` needs a class name", at: scanner.position); return nil }
            chart.nodes[index].classes.append(name)
        }
        return id
    }

    /// The node with `id`, written first here if it is new (so it joins the open subgraph).
    private mutating func touch(_ id: String, at position: BlockPosition) -> Int {
        if let index = chart.nodes.firstIndex(where: { $0.id == id }) { return index }
        chart.nodes.append(FlowNode(id: id, lines: [id], position: position))
        if let subgraph = open.last { chart.subgraphs[subgraph].nodeIDs.append(id) }
        return chart.nodes.count - 1
    }

    private mutating func shapeAndLabel(_ scanner: inout LineScanner) -> (FlowNode.Shape, [String])? {
        let start = scanner.position
        guard let (open, closers) = Self.shapes.first(where: { scanner.starts(with: $0.open) }) else { return nil }
        _ = scanner.take(open)
        var text: String
        if scanner.current == "\"" {
            guard let quoted = quoted(&scanner) else { return nil }
            text = quoted
        } else {
            let ends = closers.compactMap { closer -> Int? in
                var probe = scanner
                return probe.read(until: closer.0).map { $0.count }
            }
            guard let length = ends.min() else {
                fail(
                    "the label opened with '\(open)' is not closed with '\(closers.map(\.0).joined(separator: "' or '"))'",
                    at: start)
                return nil
            }
            text = String(scanner.characters[scanner.index..<(scanner.index + length)])
            scanner.index += length
        }
        for (closer, shape) in closers where scanner.take(closer) {
            return (shape, Self.lines(of: text))
        }
        fail(
            "the label opened with '\(open)' is not closed with '\(closers.map(\.0).joined(separator: "' or '"))'",
            at: start)
        return nil
    }

    /// A `"…"` string (the scanner is on the opening quote); quotes let labels hold brackets.
    mutating func quoted(_ scanner: inout LineScanner) -> String? {
        let start = scanner.position
        _ = scanner.take("\"")
        guard let text = scanner.read(until: "\"") else {
            fail("the quoted text has no closing '\"'", at: start)
            return nil
        }
        return text
    }

    /// A label's lines: `<br>`, `<br/>` and `<br />` break it, as in Mermaid.
    static func lines(of label: String) -> [String] {
        var lines: [String] = [], current = ""
        var rest = Substring(label)
        while let c = rest.first {
            let lower = rest.prefix(6).lowercased()
            if let br = ["<br />", "<br/>", "<br>"].first(where: { lower.hasPrefix($0) }) {
                lines.append(current.trimmingSpaces)
                current = ""
                rest = rest.dropFirst(br.count)
            } else {
                current.append(c)
                rest = rest.dropFirst()
            }
        }
        lines.append(current.trimmingSpaces)
        return lines
    }
}
