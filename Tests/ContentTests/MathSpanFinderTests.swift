import Foundation
import GFM
import TestSupport
import Testing

@testable import Content

/// Pandoc's `tex_math_dollars` rules: which dollars open and close a formula, and which are prices.
@Suite struct MathSpanFinderTests {
    /// Each line and the formulas found in it, as `$tex$` or `$$tex$$`.
    static let cases: [(String, [String])] = [
        // Prices stay text.
        ("It costs $5 and $10 a month.", []),
        ("Input is $0.05/M tokens.", []),
        ("US$ 12 per seat", []),
        ("$0.05/M–$0.10/M depending on the tier", []),
        ("from $20,000 to $30,000", []),
        ("| $0.15 | $0.60 | $1.20 |", []),
        ("|$0.15|$0.60|", []),
        ("$5-$10 a day", []),
        ("$0.05/M tokens, or US$ 12 in total", []),
        ("US$5 and US$10", []),
        ("HK$ 80 or A$12", []),
        ("Un CDN facture 0,02 $/Go : pour 12 300 Go, cela ferait 2,46 k$ par mois", []),
        ("a lone $ sign", []),
        ("$ x$ opens on a space", []),
        ("$x $ closes after a space", []),
        ("$x$5 is followed by a digit", []),
        (#"an escaped \$x\$ pair"#, []),
        ("`$x$` inside a code span", []),
        ("``a ` $x$ ``", []),
        ("<!-- $x$ --> in a comment", []),
        ("$$", []),
        ("$$ $$x", []),
        ("Recettes ≈ 49,4 k$, charges ≈ 37,4 k$.", []),
        ("约120万NT$）与 NT$1,200,000", []),
        ("costs 5$ or x$y$ glued", []),
        ("quotes $0.000003 per token, yet the table lists Input ($/1M tokens)", []),
        // Formulas.
        ("cost $C = n \\times p$ per call", ["$C = n \\times p$"]),
        ("$x$", ["$x$"]),
        ("$x$, then $y$.", ["$x$", "$y$"]),
        ("$a_1 * b_1$ is no emphasis", ["$a_1 * b_1$"]),
        (#"$\$5$ is a dollar in TeX"#, [#"$\$5$"#]),
        ("it costs $5 and $x$ is math", ["$x$"]),
        ("$$E = mc^2$$", ["$$E = mc^2$$"]),
        ("text $$a$b$$ text", ["$$a$b$$"]),
        ("$x$. and `code $y$` and $z$", ["$x$", "$z$"]),
        ("单价 $p$ 元，共 $n$ 次", ["$p$", "$n$"]),
    ]

    @Test(arguments: cases.indices)
    func dollarRule(index: Int) {
        let (line, expected) = Self.cases[index]
        let found = MathSpanFinder.find(in: line).map { $0.display ? "$$\($0.tex)$$" : "$\($0.tex)$" }
        #expect(found == expected, "\(line)")
    }

    @Test func spansKeepLinesAndCharacterColumns() throws {
        let text = "价格 $5。\n\n公式 $C = n$ 与\n$$\na + b\n$$\n"
        let spans = MathSpanFinder.find(in: text, firstLine: 10)
        try #require(spans.count == 2)
        #expect(spans[0].span.description == "12:4-12:10")
        #expect(spans[1].span.description == "13:1-15:2")
        #expect(spans[1].display && spans[1].tex == "\na + b\n")
        #expect(
            spans.covers(line: 12, column: 5) && !spans.covers(line: 12, column: 3)
                && !spans.covers(line: 10, column: 4))
        #expect(spans.covers(line: 14, column: 3) && !spans.covers(line: 15, column: 3))
    }

    @Test func aFormulaStaysInItsTableCell() {
        let row = "| cost $a | b$ each | $x$ |"
        #expect(MathSpanFinder.find(in: row, isTableRow: { _ in true }).map(\.tex) == ["x"])
        #expect(MathSpanFinder.find(in: row).count == 2)
    }

    @Test func aFormulaDoesNotCrossABlankLine() {
        #expect(MathSpanFinder.find(in: "$x\n\ny$").isEmpty)
        #expect(MathSpanFinder.find(in: "$$x\n\ny$$").isEmpty)
        #expect(MathSpanFinder.find(in: "$x\ny$").count == 1)
    }

    @Test func codeBlocksAreSkipped() throws {
        let (page, _) = PageLoader(settings: SiteSettings()).load(
            file: "a.md",
            text: """
                ---
                title: t
                ---
                Price $x$ here.

                ```python
                s = "$a$"
                ```

                    indented $b$

                <div>$c$</div>
                """)
        let math = try #require(page?.math)
        #expect(math.map(\.tex) == ["x"])
        #expect(math[0].span.start == SourcePosition(line: 4, column: 7))
    }

    /// The masked parse keeps every other position: a table after a formula stays where it was,
    /// and the formula is one `.math` node with its exact span, not emphasis.
    @Test func formulasBecomeMathNodesWithPositionsKept() throws {
        let text = "A $a_1 * b_1$ and *b*.\n\n| 项目 | $p$ |\n|---|---|\n| x | 1 |\n\n$$\nx\n$$\n"
        let (page, _) = PageLoader(settings: SiteSettings()).load(file: "a.md", text: text)
        let document = try #require(page?.document)
        var math: [(String, Bool, String)] = []
        var emphasis = 0
        var tableLine = 0
        document.forEach { node in
            if case .math(let tex, let display) = node.kind { math.append((tex, display, node.span.description)) }
            if case .emphasis = node.kind { emphasis += 1 }
            if case .table = node.kind { tableLine = node.span.start.line }
        }
        #expect(math.map(\.0) == ["a_1 * b_1", "p", "\nx\n"])
        #expect(math.map(\.2) == ["1:3-1:13", "3:8-3:10", "7:1-9:2"])
        #expect(math.map(\.1) == [false, false, true])
        #expect(emphasis == 1)
        #expect(tableLine == 3)
        let unmasked = MarkdownParser.parse(text).document
        #expect(document.children.map(\.span) == unmasked.children.map(\.span))
    }

    /// No price of the sample site or of the evaluation reports (written by people who never
    /// heard of this feature) turns into math: the formulas found there are the TeX their
    /// authors wrote (`$E = P \times H$`, `$H$`), and the sample site has them only on the pages
    /// that show formulas.
    @Test func noPriceInTheRepositoryBecomesMath() throws {
        var spans: [String] = []
        for folder in ["Content", "Tests/Evaluation", "Tests/SitegenTests/Fixtures", "Tests/ChecksTests/Fixtures"] {
            let root = repositoryRoot.appendingPathComponent(folder)
            guard let files = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let file = files.nextObject() as? String {
                // The bad-input case plants formulas on purpose.
                guard file.hasSuffix(".md"), !file.hasPrefix("bad-input/math-and-code/"),
                    let text = try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
                else { continue }
                let (page, _) = PageLoader(settings: SiteSettings()).load(file: file, text: text)
                for span in page?.math ?? []
                where !(folder == "Content" ? Self.pagesWithFormulas.contains(file) : Self.readsAsTeX(span.tex)) {
                    spans.append("\(folder)/\(file):\(span.span.start): \(span.tex)")
                }
            }
        }
        #expect(spans == [])
    }

    /// TeX as the evaluation reports write it: a command, a script, an equation, a variable's name,
    /// or a number its author put between dollars (`$0.12$ to $0.16$ €/kWh`): by Pandoc's rules a
    /// price (`$0.12 to $0.16`) never closes a span right after its digits.
    static func readsAsTeX(_ tex: String) -> Bool {
        tex.contains { "\\^_=".contains($0) } || (tex.count <= 3 && tex.allSatisfy(\.isLetter))
            || (!tex.isEmpty && tex.allSatisfy { $0.isNumber || $0 == "." })
    }

    /// Sample pages that show formulas on purpose.
    static let pagesWithFormulas: Set<String> = [
        "reports/code-and-formulas.zh.md", "reports/code-and-formulas.ja.md", "reports/code-and-formulas.fr.md",
        "reports/model-selection.zh.md", "reports/model-selection.ja.md", "reports/model-selection.fr.md",
    ]
}
