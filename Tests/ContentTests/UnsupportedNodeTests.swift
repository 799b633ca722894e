import GFM
import Testing

@testable import Content

/// A node cmark-gfm makes that the tree does not model becomes a warning where it stands.
@Suite struct UnsupportedNodeTests {
    @Test func eachUnsupportedNodeIsReportedAtItsPosition() {
        let span = SourceSpan(start: .init(line: 7, column: 3), end: .init(line: 7, column: 9))
        let node = Node(.unsupported(typeName: "spoiler"), span: span)
        let parsed = ParsedMarkdown(
            document: Node(.document, span: span, children: [node]), maxDepth: 1, unsupported: [node])
        let diagnostics = PageLoader.unsupportedNodes(parsed, file: "notes/a.md")
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location == SourceLocation(file: "notes/a.md", line: 7, column: 3))
        #expect(diagnostics.first?.severity == .warning && diagnostics.first?.message.contains("'spoiler'") == true)
    }

    @Test func theAttachedExtensionsMakeNoUnsupportedNode() {
        let text = "| a | b |\n|---|---|\n| ~~x~~ | [^1] |\n\n- [x] done\n\nhttps://example.com\n\n[^1]: note\n"
        #expect(MarkdownParser.parse(text).unsupported.isEmpty)
    }
}
