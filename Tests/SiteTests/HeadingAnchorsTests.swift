import GFM
import Site
import Testing

/// Heading ids: CJK kept, unique on the page, never one the layout or the footnotes use.
@Suite struct HeadingAnchorsTests {
    func ids(_ markdown: String) -> [String] {
        HeadingAnchors(document: MarkdownParser.parse(markdown).document).entries.map(\.id)
    }

    @Test func repeatedHeadingsCountUpPastTakenIds() {
        #expect(ids("## a\n\n## a\n\n## a-1\n\n## a\n") == ["a", "a-1", "a-1-1", "a-2"])
    }

    @Test func cjkHeadingsKeepTheirText() {
        #expect(ids("## 成本 & 预算\n\n## 損益分岐点\n\n## 成本 & 预算\n") == ["成本-预算", "損益分岐点", "成本-预算-1"])
    }

    @Test func layoutAndFootnoteIdsAreNotTaken() {
        #expect(
            ids("## Main\n\n## TOC title\n\n## fn 1\n\n## fnref-2\n") == [
                "main-1", "toc-title-1", "fn-1-1", "fnref-2-1",
            ])
    }

    @Test func headingsWithoutLettersGetAName() {
        #expect(ids("## !!!\n\n## ???\n") == ["section", "section-1"])
    }

    @Test func idsDoNotDependOnOtherPages() {
        // The same heading gives the same id whatever came before it on another page.
        #expect(ids("## 模型与单价\n") == ids("## 模型与单价\n"))
        #expect(ids("intro\n\n## 模型与单价\n") == ["模型与单价"])
    }
}
