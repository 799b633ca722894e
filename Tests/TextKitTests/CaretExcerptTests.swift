import Testing
import TextKit

@Suite struct CaretExcerptTests {
    @Test func caretSitsUnderTheColumnInTerminalCells() {
        let excerpt = CaretExcerpt("成本 $5", column: 4, length: 2)
        #expect(excerpt.line == "成本 $5")
        #expect(excerpt.caret == "     ^^")
    }

    @Test func wideMarkedCharactersGetTwoCaretsEach() {
        #expect(CaretExcerpt("a 一百", column: 3, length: 2).caret == "  ^^^^")
        #expect(CaretExcerpt("一百", column: 2, length: 1, wideSpacer: "\u{3000}").caret == "\u{3000}^^")
    }

    @Test func tabsStayTabs() {
        #expect(CaretExcerpt("\tx", column: 2, length: 1).caret == "\t^")
    }

    @Test func noColumnNoCaret() {
        #expect(CaretExcerpt("text", column: 0, length: 3).caret == "")
    }

    @Test func longLinesAreCutAroundTheColumn() {
        let line = String(repeating: "a", count: 300) + "X" + String(repeating: "b", count: 300)
        let excerpt = CaretExcerpt(line, column: 301, length: 1)
        #expect(excerpt.line.hasPrefix("…") && excerpt.line.hasSuffix("…"))
        #expect(excerpt.line.count == CaretExcerpt.maxLength + 2)
        let caretColumn = excerpt.caret.count
        #expect(Array(excerpt.line)[caretColumn - 1] == "X")
    }

    @Test func cellWidths() {
        #expect(CellWidth.cells("a成ｂ한𠀀") == 9)
        #expect(CellWidth.cells("e\u{301}") == 1)
        #expect(!CellWidth.isWide("😀"))
    }
}
