import GFM

/// Hides formulas from cmark-gfm and puts them back as `.math` nodes.
///
/// cmark-gfm has no math, and would read `$a_1 * b_1$` as emphasis. Each formula is replaced,
/// character for character, by private-use characters before parsing, so every line and column
/// of the rest of the page stays where it was; the first character names the formula.
enum MathMasking {
    /// Plane 15's private-use area: the first character of formula n is `openerBase + n`.
    static let openerBase: UInt32 = 0xF0000
    static let maxFormulas = 0xFFFD
    /// Every other character of a formula, except line breaks, which cmark-gfm must still see.
    static let filler: Character = "\u{E000}"

    /// Whether `text` uses the characters masking relies on, so masking it would be ambiguous.
    static func clashes(with text: String) -> Bool {
        text.unicodeScalars.contains {
            $0.value == 0xE000 || ($0.value >= openerBase && $0.value <= openerBase + UInt32(maxFormulas))
        }
    }

    /// `body` with each of `spans` masked; `firstLine` is the file line of its first line.
    ///
    /// Lines no formula touches are copied whole: a line break is always a Character of its own
    /// (`\n`, `\r`, or `\r\n`), so the lines are found from the bytes; only the few lines with a
    /// formula are walked Character by Character, for the columns.
    static func mask(_ body: String, spans: [MathSpan], firstLine: Int) -> String {
        var touched = Set<Int>()
        for span in spans where span.span.start.line <= span.span.end.line {
            touched.formUnion(span.span.start.line...span.span.end.line)
        }
        var out = ""
        out.reserveCapacity(body.utf8.count)
        var current = 0
        var line = firstLine
        let bytes = body.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex {
            var end = start
            while end < bytes.endIndex, bytes[end] != 0x0A, bytes[end] != 0x0D { end = bytes.index(after: end) }
            if end < bytes.endIndex {
                let isCRLF =
                    bytes[end] == 0x0D && bytes.index(after: end) < bytes.endIndex
                    && bytes[bytes.index(after: end)] == 0x0A
                end = bytes.index(end, offsetBy: isCRLF ? 2 : 1)
            }
            let text = body[start..<end]
            if touched.contains(line) {
                maskLine(text, line: line, spans: spans, current: &current, into: &out)
            } else {
                out += text
            }
            line += 1
            start = end
        }
        return out
    }

    /// One line of `mask`, with its line break, walked by Character; `current` is the first
    /// formula that does not end before the position, carried from line to line.
    private static func maskLine(
        _ text: Substring, line: Int, spans: [MathSpan], current: inout Int, into out: inout String
    ) {
        var column = 1
        for character in text {
            let isBreak = character == "\n" || character == "\r\n" || character == "\r"
            while current < spans.count, spans[current].span.end < SourcePosition(line: line, column: column) {
                current += 1
            }
            if !isBreak, current < spans.count, spans[current].covers(line: line, column: column) {
                let start = spans[current].span.start
                out.unicodeScalars.append(
                    line == start.line && column == start.column
                        ? Unicode.Scalar(openerBase + UInt32(current))! : "\u{E000}")
            } else {
                out.append(character)
            }
            column += 1
        }
    }

    /// `node` with the masked formulas turned back into `.math` nodes.
    static func restore(_ node: Node, spans: [MathSpan]) -> Node {
        guard !node.children.isEmpty else { return node }
        var node = node
        var children: [Node] = []
        children.reserveCapacity(node.children.count)
        let old = node.children
        for (i, child) in old.enumerated() {
            switch child.kind {
            case .text(let text) where text.unicodeScalars.contains(where: isMasked):
                children += split(text, span: child.span, spans: spans)
            case .softBreak, .lineBreak:
                // A line break inside a display formula: the next line goes on with masked characters.
                if i + 1 < old.count, case .text(let next) = old[i + 1].kind, next.unicodeScalars.first?.value == 0xE000
                {
                    continue
                }
                children.append(child)
            default:
                children.append(restore(child, spans: spans))
            }
        }
        node.children = children
        return node
    }

    private static func isMasked(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xE000 || (scalar.value >= openerBase && scalar.value <= openerBase + UInt32(maxFormulas))
    }

    private static func split(_ text: String, span: SourceSpan, spans: [MathSpan]) -> [Node] {
        var nodes: [Node] = []
        var plain = ""
        func flush() {
            if !plain.isEmpty { nodes.append(Node(.text(plain), span: span)) }
            plain = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.value == 0xE000 { continue }
            if scalar.value >= openerBase, scalar.value <= openerBase + UInt32(maxFormulas) {
                flush()
                let index = Int(scalar.value - openerBase)
                guard index < spans.count else { continue }
                nodes.append(Node(.math(tex: spans[index].tex, display: spans[index].display), span: spans[index].span))
            } else {
                plain.unicodeScalars.append(scalar)
            }
        }
        flush()
        return nodes
    }
}
