import GFM
import Testing

@Suite struct MarkupWalkerTests {
    /// Records the walk as `+kind` on entering and `-kind` on leaving.
    struct Recorder: MarkupWalker {
        var events: [String] = []
        var skip: (Node) -> Bool = { _ in false }

        mutating func enter(_ node: Node) -> WalkDecision {
            events.append("+\(name(node))")
            return skip(node) ? .skipChildren : .visitChildren
        }

        mutating func exit(_ node: Node) { events.append("-\(name(node))") }

        func name(_ node: Node) -> String {
            switch node.kind {
            case .document: "doc"
            case .heading: "h"
            case .paragraph: "p"
            case .text(let s): s
            case .emphasis: "em"
            default: "?"
            }
        }
    }

    @Test func entersAndExitsInDocumentOrder() {
        var recorder = Recorder()
        recorder.walk(MarkdownParser.parse("# A\n\nb *c*\n").document)
        #expect(
            recorder.events == [
                "+doc", "+h", "+A", "-A", "-h", "+p", "+b ", "-b ", "+em", "+c", "-c", "-em", "-p", "-doc",
            ])
    }

    @Test func skippedChildrenAreNotVisitedButTheNodeIsExited() {
        var recorder = Recorder(skip: { if case .paragraph = $0.kind { true } else { false } })
        recorder.walk(MarkdownParser.parse("# A\n\nb *c*\n").document)
        #expect(recorder.events == ["+doc", "+h", "+A", "-A", "-h", "+p", "-p", "-doc"])
    }

    @Test func unsupportedNodesAreLeftOutOfTheHTML() {
        let span = SourceSpan(start: .init(line: 1, column: 1), end: .init(line: 1, column: 5))
        let unknown = Node(.unsupported(typeName: "spoiler"), span: span, children: [Node(.text("secret"), span: span)])
        let document = Node(
            .document, span: span,
            children: [Node(.paragraph, span: span, children: [Node(.text("shown "), span: span), unknown])])
        #expect(HTMLRenderer().render(document) == "<p>shown </p>\n")
    }
}
