import Foundation
import GFM
import TestSupport
import Testing

@Suite struct MarkdownParserTests {
    let cjkTable = """
        # 成本对比

        | 模型 | 每百万输入token成本（美元） | 月成本 |
        |:---|---:|:---:|
        | Qwen2.5-Coder | 6e-08 | $0.0006 |
        | 日本語モデル | 5e-06 | **0.05** |

        """

    @Test func cjkTableDumpWithCharacterColumns() {
        let parsed = MarkdownParser.parse(cjkTable, lineOffset: 10)
        assertGolden(dump(parsed.document) + "\n", named: "cjk-table.txt")
    }

    @Test func tableCellsCarryTextAlignmentAndPositions() throws {
        let doc = MarkdownParser.parse(cjkTable).document
        let node = try #require(doc.children.first { if case .table = $0.kind { true } else { false } })
        let table = try #require(Table(node))
        #expect(table.alignments == [.left, .right, .center])
        #expect(table.header.map(\.text) == ["模型", "每百万输入token成本（美元）", "月成本"])
        #expect(
            table.rows.map { $0.map(\.text) } == [["Qwen2.5-Coder", "6e-08", "$0.0006"], ["日本語モデル", "5e-06", "0.05"]])
        // "| 日本語モデル | " is 10 Characters but 24 bytes: the cell must start at column 11, not 25.
        #expect(table.rows[1][1].span.start == SourcePosition(line: 6, column: 11))
        #expect(table.header[1].span.start.line == 3)
    }

    @Test func tableInterruptingParagraphGetsHeaderLineFromItsBody() throws {
        let text = "预算如下：\n| 项目 | 金额 |\n|---|---|\n| 电费 | $115 |\n"
        let doc = MarkdownParser.parse(text, lineOffset: 3).document
        let node = try #require(doc.children.first { if case .table = $0.kind { true } else { false } })
        let table = try #require(Table(node))
        #expect(table.header.map(\.text) == ["项目", "金额"])
        #expect(table.header[0].span.start == SourcePosition(line: 5, column: 3))
        #expect(table.header[1].span.start == SourcePosition(line: 5, column: 8))
        #expect(table.rows[0][1].span.start.line == 7)
    }

    @Test func crlfInputKeepsLinesAndColumns() {
        let parsed = MarkdownParser.parse("# 标题\r\n\r\n段落 **粗体** 文字\r\n")
        assertGolden(dump(parsed.document) + "\n", named: "crlf.txt")
    }

    @Test func extensionsAndFootnotes() {
        let text = "- [x] done ~~old~~ www.example.com\n- [ ] todo[^1]\n\n[^1]: 注释\n"
        assertGolden(dump(MarkdownParser.parse(text).document) + "\n", named: "extensions.txt")
    }

    @Test func deepNestingIsMeasuredNotRecursed() {
        let text = String(repeating: "> ", count: 5000) + "deep\n"
        let parsed = MarkdownParser.parse(text)
        #expect(parsed.maxDepth > 1000)
    }

    /// cmark-gfm edits global state while parsing; without the lock, autolinks and strikethrough
    /// go missing in some of these parses.
    @Test func parallelParsesAgree() async {
        let text = "See www.example.com and ~~old~~ text: https://example.org/x\n"
        let expected = MarkdownParser.parse(text).document
        let mismatches = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<8 {
                group.addTask { (0..<150).filter { _ in MarkdownParser.parse(text).document != expected }.count }
            }
            return await group.reduce(0, +)
        }
        #expect(mismatches == 0)
    }
}

/// However deep the input nests, the tree stays shallow enough for every recursive walk.
@Suite struct DeepNestingTreeTests {
    static func treeDepth(_ node: Node) -> Int {
        var deepest = 0
        var stack = [(node, 1)]
        while let (n, depth) = stack.popLast() {
            deepest = max(deepest, depth)
            stack += n.children.map { ($0, depth + 1) }
        }
        return deepest
    }

    @Test(arguments: [
        String(repeating: "> ", count: 200_000) + "deep\n",
        String(repeating: "*a ", count: 50_000) + "x" + String(repeating: " b*", count: 50_000) + "\n",
        (0..<400).map { String(repeating: "  ", count: $0) + "- item\n" }.joined(),
    ])
    func deepInputGivesAShallowTreeAndItsTrueDepth(_ text: String) {
        let parsed = MarkdownParser.parse(text)
        #expect(parsed.maxDepth > 200)
        #expect(Self.treeDepth(parsed.document) <= MarkdownParser.treeDepthLimit + 1)
        // The recursive walks callers use: none may exhaust the stack.
        _ = parsed.document.plainText
        var count = 0
        parsed.document.forEach { _ in count += 1 }
        _ = HTMLRenderer().render(parsed.document)
        #expect(count > 0)
    }

    /// The head of a block's plain text is the head of `plainText`, however its inline nodes cut it,
    /// and the walks that look for blocks see every list, item and table that `forEach` sees.
    @Test func blockHeadsAndBlockWalksAgreeWithTheFullWalks() {
        let markdown = """
            **Fazit:** e\u{301} `code` 合计 *au total* $x$ [link](u) 🇫🇷 and more words to pass the limit

            - item one
              - nested **2**

            | a | b |
            | - | - |
            | 1 | 2 |

            > quoted list:
            > 1. first
            """
        let document = MarkdownParser.parse(markdown).document
        for block in document.children {
            let full = block.plainText
            for limit in [0, 1, 5, 11, 24, 200] {
                let head = block.plainTextPrefix(moreThan: limit)
                #expect(full.hasPrefix(head))
                #expect(head.count > limit || head == full)
                #expect(Array(head.prefix(limit)) == Array(full.prefix(limit)))
            }
        }
        var all: [Node] = [], blocks: [Node] = []
        document.forEach { all.append($0) }
        document.forEachBlock { blocks.append($0) }
        func structural(_ node: Node) -> Bool {
            switch node.kind {
            case .list, .item, .table, .heading, .paragraph, .codeBlock, .htmlBlock, .blockQuote: true
            default: false
            }
        }
        #expect(all.filter(structural) == blocks.filter(structural))
        #expect(blocks.count < all.count)
    }

    @Test func nestingBelowTheLimitIsKeptWhole() {
        let parsed = MarkdownParser.parse(String(repeating: "> ", count: 50) + "text\n")
        #expect(parsed.maxDepth == 52)
        #expect(parsed.document.plainText == "text")
    }
}
