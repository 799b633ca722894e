import GFM

/// A page body's formulas, and its tree with them as `.math` nodes.
enum PageMath {
    /// `document` is `body` parsed as it is; it is parsed again, masked, only when a formula was found.
    static func read(body: String, document: Node, lineOffset: Int) -> (document: Node, math: [MathSpan]) {
        guard DollarGate.containsDollar(body) else { return (document, []) }
        var codeLines = LineSet()
        var tableLines = LineSet()
        document.forEachBlock { node in
            guard node.span.start.line > 0 else { return }
            let lines = node.span.start.line...max(node.span.start.line, node.span.end.line)
            switch node.kind {
            case .codeBlock, .htmlBlock: codeLines.insert(lines)
            case .table: tableLines.insert(lines)
            default: break
            }
        }
        let spans = MathSpanFinder.find(
            in: body, firstLine: lineOffset + 1, skip: codeLines.contains, isTableRow: tableLines.contains)
        guard !spans.isEmpty, spans.count <= MathMasking.maxFormulas, !MathMasking.clashes(with: body) else {
            return (document, spans)
        }
        let masked = MathMasking.mask(body, spans: spans, firstLine: lineOffset + 1)
        return (MathMasking.restore(MarkdownParser.parse(masked, lineOffset: lineOffset).document, spans: spans), spans)
    }
}

/// Line numbers as a sorted list of closed ranges; code blocks are few, so a linear search will do.
struct LineSet {
    private var ranges: [ClosedRange<Int>] = []

    mutating func insert(_ range: ClosedRange<Int>) { ranges.append(range) }

    func contains(_ line: Int) -> Bool { ranges.contains { $0.contains(line) } }
}
