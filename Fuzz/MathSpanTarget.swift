import Content
import GFM

/// libFuzzer entry point for the formula finder and the masked parse, linked against the Content
/// module by `Fuzz/run`. Besides crashes and hangs it checks what the checker and the renderer
/// rely on: spans are in order and apart, each starts and ends on a `$` of the text, and the page
/// tree holds each formula once, as a `.math` node with the span the finder gave it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMathSpans(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let lines = splitLines(text)
    let spans = MathSpanFinder.find(in: text)
    for (i, span) in spans.enumerated() {
        precondition(span.span.start < span.span.end, "a formula has an opening and a closing dollar")
        if i > 0 { precondition(spans[i - 1].span.end < span.span.start, "formulas are in order and apart") }
        precondition(character(lines, span.span.start) == "$" && character(lines, span.span.end) == "$", "a formula starts and ends on a dollar")
        precondition(spans.covers(line: span.span.start.line, column: span.span.start.column), "a formula covers its own dollar")
    }
    let (page, _) = PageLoader(settings: SiteSettings()).load(file: "fuzz.md", text: text)
    guard let page else { return 0 }
    var nodes: [SourceSpan] = []
    page.document.forEach { node in
        if case .math = node.kind { nodes.append(node.span) }
        if case .text(let s) = node.kind, !text.unicodeScalars.contains(where: { $0.value >= 0xE000 }) {
            precondition(!s.unicodeScalars.contains { $0.value == 0xE000 || $0.value >= 0xF0000 }, "no masked character is left in the tree")
        }
    }
    let found = Set(page.math.map(\.span))
    precondition(nodes.allSatisfy(found.contains), "every math node is a formula the finder found")
    precondition(Set(nodes).count == nodes.count, "each formula appears once")
    return 0
}

private func splitLines(_ text: String) -> [[Character]] {
    var lines: [[Character]] = [[]]
    for c in text {
        if c == "\n" || c == "\r\n" || c == "\r" { lines.append([]) } else { lines[lines.count - 1].append(c) }
    }
    return lines
}

private func character(_ lines: [[Character]], _ position: SourcePosition) -> Character? {
    guard position.line >= 1, position.line <= lines.count, position.column >= 1, position.column <= lines[position.line - 1].count else { return nil }
    return lines[position.line - 1][position.column - 1]
}
