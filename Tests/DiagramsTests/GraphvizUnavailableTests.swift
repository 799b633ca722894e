import Graphviz
import Testing

@testable import Diagrams

/// Without libgvc nothing crashes: the renderer says it cannot draw, and draws nothing.
@Suite struct GraphvizUnavailableTests {
    static let missing = GraphvizLibrary(names: ["libgvc-not-installed.so.99"])

    @Test func aLibraryThatCannotBeOpenedIsUnavailable() {
        #expect(!Self.missing.isAvailable)
        #expect(Self.missing.layout(dot: "digraph { a -> b }") { _, _ in 10 } == nil)
        let renderer = DiagramRenderer(graphviz: Self.missing)
        #expect(!renderer.isAvailable)
        #expect(renderer.svg(DiagramFixtures.flowchart("graph TD\nA --> B"), id: "x") == nil)
    }

    @Test(.enabled(if: GraphvizLibrary.system.isAvailable)) func graphvizRejectingTheGraphIsNilNotACrash() {
        #expect(GraphvizLibrary.system.layout(dot: "digraph { a -> }") { _, _ in 10 } == nil)
    }
}
