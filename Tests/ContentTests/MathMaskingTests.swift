import GFM
import Testing

@testable import Content

/// `MathMasking.mask` copies the lines without a formula whole and walks the others by Character;
/// it must mask exactly what a walk of every Character masks.
@Suite struct MathMaskingTests {
    /// The walk of every Character, as `mask` was first written.
    private func maskByCharacter(_ body: String, spans: [MathSpan], firstLine: Int) -> String {
        var out = ""
        var line = firstLine, column = 1, current = 0
        for character in body {
            let isBreak = character == "\n" || character == "\r\n" || character == "\r"
            while current < spans.count, spans[current].span.end < SourcePosition(line: line, column: column) {
                current += 1
            }
            if !isBreak, current < spans.count, spans[current].covers(line: line, column: column) {
                let start = spans[current].span.start
                out.unicodeScalars.append(
                    line == start.line && column == start.column
                        ? Unicode.Scalar(MathMasking.openerBase + UInt32(current))! : "\u{E000}")
            } else {
                out.append(character)
            }
            if isBreak {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return out
    }

    @Test(arguments: [
        "Cost is $a_1 * b_1$ and $c$.\n\nNo formula here, $5 and $10.\n",
        "Line one\r\nwith $x^2$ after a CRLF\r\n\r\n$$\r\n\\sum_i x_i\r\n$$\r\nend",
        "A lone CR\rthen $y$ here\rand more",
        "$$\n\\frac{a}{b}\n$$\n\n成本为 $\\alpha$ 元，共 $n$ 次。\n",
        "e\u{301}t\u{E9} $z$ with combining marks, 👍🏽 and $w$ at the end",
        "no trailing break $q$",
        "",
        "\n\n\n$x$\n\n",
    ])
    func maskAgreesWithWalkingEveryCharacter(_ body: String) {
        for firstLine in [1, 4] {
            let spans = MathSpanFinder.find(
                in: body, firstLine: firstLine, skip: { _ in false }, isTableRow: { _ in false })
            #expect(
                MathMasking.mask(body, spans: spans, firstLine: firstLine)
                    == maskByCharacter(body, spans: spans, firstLine: firstLine))
        }
    }

    @Test func aMaskedFormulaKeepsItsPlace() {
        let body = "a\r\nb $x+y$ c\n"
        let spans = MathSpanFinder.find(in: body, firstLine: 1, skip: { _ in false }, isTableRow: { _ in false })
        #expect(spans.count == 1)
        let masked = MathMasking.mask(body, spans: spans, firstLine: 1)
        #expect(masked == "a\r\nb \u{F0000}\u{E000}\u{E000}\u{E000}\u{E000} c\n")
    }
}
