import Content
import Foundation
import GFM
import TestSupport
import Testing
import TextKit

@testable import Site

/// Code blocks and formulas in a page, with stand-in tools so no process runs: what Site does
/// with a highlighter's and a math renderer's answers.
@Suite struct CodeAndMathTests {
    /// Marks every word as a keyword, one output line per input line, escaping as Pygments does.
    struct WordHighlighter: CodeHighlighter {
        func highlight(_ code: String, language: String) -> HighlightResult {
            guard language != "unknown" else { return .unknownLanguage }
            let lines = code.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                line.split(separator: " ", omittingEmptySubsequences: false)
                    .map { $0.isEmpty ? "" : "<span class=\"k\">\(MarkupEscaping.escape(String($0)))</span>" }.joined(
                        separator: " ")
            }
            return .highlighted(lines.joined(separator: "\n"))
        }
    }

    /// Typesets `x` and `\mathbb{R}`-style input as KaTeX would shape it; `\bad` is an error.
    struct TinyMath: MathRenderer {
        func render(_ tex: String, display: Bool) -> MathResult {
            if tex.contains("\\bad") {
                return .error("KaTeX parse error: Undefined control sequence: \\bad at position 1")
            }
            let block = display ? " display=\"block\"" : ""
            if tex.hasPrefix("\\mathbb{") {
                return .mathML(
                    "<math\(block)><mi mathvariant=\"double-struck\">\(tex.dropFirst(8).prefix(1))</mi></math>")
            }
            return .mathML("<math\(block)><mi>\(MarkupEscaping.escape(tex))</mi></math>")
        }
    }

    struct Unavailable: CodeHighlighter, MathRenderer {
        func highlight(_ code: String, language: String) -> HighlightResult { .unavailable }
        func render(_ tex: String, display: Bool) -> MathResult { .unavailable }
    }

    static let page = """
        ---
        title: Code
        ---
        Cost $C = n$ and $\\mathbb{R}$, not $5 or $10.

        ```python {linenos=true, hl_lines=[2,"4-5"], linenostart=9}
        a = 1
        b = 2
        c = 3
        d = 4
        e = 5
        ```

        ```unknown
        <b>kept as text</b>
        ```

        ```math
        x
        ```

        Broken $\\bad{x}$ here.

        ```python {hl_lines=[x], colour=red}
        z
        ```
        """

    static func render(_ text: String = page, tools: RenderTools) throws -> PageBody {
        let (page, _) = PageLoader(settings: SiteSettings()).load(file: "code.en.md", text: text)
        return PageBody(page: try #require(page), allowRawHTML: false, tools: tools)
    }

    @Test func codeAndMathMatchGolden() throws {
        let body = try Self.render(tools: RenderTools(highlighter: WordHighlighter(), math: TinyMath()))
        assertGolden(body.html, named: "code-and-math.html")
    }

    @Test func texErrorIsReportedAtTheFormula() throws {
        let body = try Self.render(tools: RenderTools(highlighter: WordHighlighter(), math: TinyMath()))
        let math = body.diagnostics.filter { $0.rule == "math" }
        #expect(math.count == 1)
        #expect(math.first?.location == SourceLocation(file: "code.en.md", line: 22, column: 8))
        #expect(math.first?.length == 9)
        #expect(math.first?.message.contains("Undefined control sequence") == true)
        #expect(body.html.contains("<code class=\"math\">$\\bad{x}$</code>"))
    }

    @Test func badOptionsAreReportedAtTheInfoString() throws {
        let body = try Self.render(tools: RenderTools())
        let options = body.diagnostics.filter { $0.rule == "code-block" }.map {
            "\($0.location.line):\($0.location.column) \($0.message)"
        }
        #expect(
            options == [
                "24:12 hl_lines must list lines and ranges, as in hl_lines=[2,\"4-5\"], not '[x]'",
                "24:26 unknown code block option 'colour'; sitegen knows linenos, linenostart and hl_lines",
            ])
    }

    /// Without tools (not installed), code is plain and TeX is code, and nothing is reported.
    @Test(arguments: [RenderTools(), RenderTools(highlighter: Unavailable(), math: Unavailable())])
    func withoutToolsCodeIsPlainAndMathIsCode(tools: RenderTools) throws {
        let body = try Self.render(tools: tools)
        #expect(!body.html.contains("<math"))
        #expect(!body.html.contains("class=\"k\""))
        #expect(body.html.contains("<code class=\"math\">$C = n$</code>"))
        #expect(body.html.contains("<pre><code class=\"language-math\">x\n</code></pre>"))
        #expect(body.diagnostics.allSatisfy { $0.rule == "code-block" })
    }

    @Test func doubleStruckLettersBecomeUnicode() {
        #expect(
            DoubleStruck.replace(
                in: "<mi mathvariant=\"double-struck\">R</mi><mi mathvariant=\"double-struck\">Ex1</mi>")
                == "<mi>ℝ</mi><mi>𝔼𝕩𝟙</mi>")
        #expect(DoubleStruck.replace(in: "<mi>R</mi>") == "<mi>R</mi>")
    }

    @Test(arguments: [
        ("python", CodeInfo.Expect(language: "python")),
        ("python {linenos=true}", .init(language: "python", lineNumbers: true)),
        ("go {linenos=table,hl_lines=[2,\"4-5\"]}", .init(language: "go", lineNumbers: true, lines: [2, 4, 5])),
        ("sql{hl_lines=\"1 3-4\" linenostart=10}", .init(language: "sql", first: 10, lines: [1, 3, 4])),
        ("js {linenos=maybe}", .init(language: "js", problems: 1)),
        ("js {hl_lines=[5-2]}", .init(language: "js", problems: 1)),
        ("js {linenos", .init(language: "js", problems: 1)),
        ("", .init(language: "")),
    ])
    func infoStrings(info: String, expected: CodeInfo.Expect) {
        let read = CodeInfo(info)
        #expect(read.language == expected.language)
        #expect(read.lineNumbers == expected.lineNumbers)
        #expect(read.firstLineNumber == expected.first)
        #expect(read.highlightedLines == expected.lines)
        #expect(read.problems.count == expected.problems)
    }
}

extension CodeInfo {
    struct Expect: Sendable {
        var language: String
        var lineNumbers = false
        var first = 1
        var lines: Set<Int> = []
        var problems = 0
    }
}

extension RenderTools: CustomTestStringConvertible {
    public var testDescription: String { highlighter == nil ? "no tools" : "unavailable tools" }
}
