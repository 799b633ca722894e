import Testing

@testable import Charts

/// Long model names and CJK labels wrap at natural breaks and are shortened with an ellipsis.
@Suite struct LabelFitterTests {
    @Test func wrapsAtHyphens() {
        let lines = LabelFitter.lines("Llama-3.2-90B-Vision-Instruct", maxWidth: 110, fontSize: 12, maxLines: 3)
        #expect(lines.count > 1)
        #expect(lines.joined() == "Llama-3.2-90B-Vision-Instruct")
        #expect(lines.allSatisfy { TextMetrics.width($0, fontSize: 12) <= 110 })
    }

    @Test func wrapsCJKBetweenCharacters() {
        let lines = LabelFitter.lines("输入单价（美元/百万token）", maxWidth: 60, fontSize: 12, maxLines: 5)
        #expect(lines.count >= 2)
        #expect(lines.joined() == "输入单价（美元/百万token）")
    }

    @Test func shortensWhatDoesNotFit() {
        let lines = LabelFitter.lines("ローカル構成とクラウドAPIの月額費用の比較について", maxWidth: 60, fontSize: 12, maxLines: 2)
        #expect(lines.count == 2)
        #expect(lines[1].hasSuffix("…"))
        #expect(LabelFitter.shorten("short", maxWidth: 100, fontSize: 12) == "short")
    }

    @Test func cjkIsWide() {
        #expect(TextMetrics.width("模型", fontSize: 10) == 20)
        #expect(TextMetrics.width("ab", fontSize: 10) < 20)
    }
}
