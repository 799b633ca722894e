import Numbers
import Testing

@Suite struct TextPatternTests {
    @Test func fillsEachGapOnceAndKeepsOtherBraces() {
        #expect(
            TextPattern.fill(
                "{figures} figures, {inconsistent} inconsistent", ["figures": "1,204", "inconsistent": "2"])
                == "1,204 figures, 2 inconsistent")
        // A value with braces is text, not another gap; unknown and unclosed gaps stay as written.
        #expect(TextPattern.fill("{a} and {b}", ["a": "{b}", "b": "B"]) == "{b} and B")
        #expect(TextPattern.fill("{unknown} {a", ["a": "A"]) == "{unknown} {a")
        #expect(TextPattern.fill("{year}年{month}月{day}日", ["year": "2025", "month": "9", "day": "6"]) == "2025年9月6日")
    }
}
