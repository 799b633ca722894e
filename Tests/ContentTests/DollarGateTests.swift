import Testing

@testable import Content

/// The byte test that spares `MathSpanFinder` the paragraphs whose dollars are prices: it may let
/// a paragraph through that holds no formula, never hold one back that does.
@Suite struct DollarGateTests {
    /// The formulas found with the gate and without it.
    static func spans(_ text: String, tableRows: Set<Int> = []) -> (gated: [MathSpan], all: [MathSpan]) {
        let gated = MathSpanFinder.find(in: text, isTableRow: tableRows.contains)
        let all = MathSpanFinder.find(
            in: text, firstLine: 1, skip: { _ in false }, isTableRow: tableRows.contains, gated: false)
        return (gated, all)
    }

    static func gateOpens(_ text: String, tableRows: Set<Int> = []) -> Bool {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            (line: $0.offset + 1, text: $0.element)
        }
        return DollarGate.mayHoldFormula(lines, isTableRow: tableRows.contains)
    }

    @Test(arguments: [
        "| Service | Coût par appel ($) | Coût journalier ($) |",
        "- 3,180 calls × $0.213 = $677.34\n- $677.34 × 30 = $20,320.20",
        "- 3 180 appels × 0,213 $ = 677,34 $",
        "It costs $5 and $10 a month.",
        "from $20,000 to $30,000",
        "US$5 and US$10",
        "costs 5$ or 7$ each",
    ])
    func pricesStayClosed(text: String) {
        #expect(!Self.gateOpens(text, tableRows: [1]))
        #expect(Self.spans(text, tableRows: [1]).all.isEmpty)
    }

    @Test(arguments: [
        "cost $C = n \\times p$ per call", "$x$", "$$E = mc^2$$", "text $$a$b$$ text", #"$\$5$ is a dollar"#,
        "单价 $p$ 元", "$a\n+ b$ over two lines", "| $x$ | 5 |", #"| $a \| b$ |"#, "$x\\$5$",
    ])
    func formulasGetThrough(text: String) {
        #expect(Self.gateOpens(text, tableRows: text.hasPrefix("|") ? [1] : []))
        let (gated, all) = Self.spans(text, tableRows: text.hasPrefix("|") ? [1] : [])
        #expect(!all.isEmpty)
        #expect(gated == all)
    }

    /// Texts made of the Characters the rules turn on: whatever the search finds, the gate lets through.
    @Test func neverHoldsBackAFormula() {
        let alphabet: [String] = [
            "$", "$", "$", " ", "a", "5", "(", "[", "|", "\\", "\n", "\n\n", "`", "US", "\u{A0}", "é", "e\u{301}",
            "\u{600}", "\u{301}", "元", ")", "x", "-", "\t",
        ]
        var generator = SplitMix(seed: 17)
        for _ in 0..<50_000 {
            let count = Int(generator.next() % 12) + 2
            let text = (0..<count).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] }.joined()
            for rows in [Set<Int>(), Set(1...12)] {
                let (gated, all) = Self.spans(text, tableRows: rows)
                #expect(gated == all, "\(text.debugDescription) table: \(!rows.isEmpty)")
            }
        }
    }
}

/// A small seeded generator, so the texts are the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
