import GFM
import TestSupport
import Testing

@Suite struct HTMLRendererTests {
    let sample = """
        # 预算 & 成本

        Text with *emphasis*, **strong**, ~~gone~~, `code <b>` and a [link](https://example.com/日本 "t").

        | 项目 | 金额 |
        |---|--:|
        | 电费 | $115 |

        - [x] checked
        - plain

        1. one
        2. two

        > quoted

        ```python
        print("<hi>")
        ```

        <div onclick="x()">raw</div>

        <!-- formula: 月成本 = 日成本 * 30 -->

        Note[^n].

        [^n]: The footnote.

        """

    @Test func rendersGFMAsHTML5() {
        assertGolden(HTMLRenderer().render(MarkdownParser.parse(sample).document), named: "sample.html")
    }

    @Test func rawHTMLPassesOnlyWhenAllowed() {
        let doc = MarkdownParser.parse("<script>alert(1)</script>\n\nx <b>y</b>\n").document
        let safe = HTMLRenderer().render(doc)
        #expect(!safe.contains("<script>") && safe.contains("&lt;script&gt;") && !safe.contains("<b>"))
        let unsafe = HTMLRenderer(allowRawHTML: true).render(doc)
        #expect(unsafe.contains("<script>alert(1)</script>") && unsafe.contains("<b>y</b>"))
    }

    @Test(arguments: ["javascript:alert(1)", " JavaScript:alert(1)", "vbscript:x", "data:text/html;base64,PHg+"])
    func dangerousLinksLoseTheirDestination(url: String) {
        let html = HTMLRenderer().render(MarkdownParser.parse("[click](<\(url)>)\n").document)
        #expect(html.contains("href=\"\""), "\(html)")
    }

    @Test func hooksReplaceCodeBlocksTablesAndHeadingIDs() {
        var hooks = RenderHooks()
        hooks.codeBlock = { info, literal, _ in info == "chart" ? "<svg>\(literal.count)</svg>\n" : nil }
        hooks.table = { node in "<div class=\"wrap\">" + HTMLRenderer().renderTableDefault(node) + "</div>\n" }
        hooks.headingID = { node in "h-\(node.span.start.line)" }
        let doc = MarkdownParser.parse("## 标题\n\n```chart\nabc\n```\n\n| a |\n|---|\n| 1 |\n").document
        let html = HTMLRenderer(hooks: hooks).render(doc)
        #expect(html.contains("<h2 id=\"h-1\">标题</h2>"))
        #expect(html.contains("<svg>4</svg>"))
        #expect(html.contains("<div class=\"wrap\"><table>"))
    }
}
