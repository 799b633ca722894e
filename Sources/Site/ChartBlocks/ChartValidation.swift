import Content
import GFM

/// The chart-block problems of a page without rendering it, so `sitegen check` reports what
/// `sitegen build` would fail on.
public enum ChartValidation {
    public static func diagnostics(for page: Page) -> [Diagnostic] {
        var blocks: [(literal: String, node: Node)] = []
        // Code blocks are blocks: the walk need not visit the inline nodes of every paragraph.
        page.document.forEachBlock { node in
            guard case .codeBlock(let info, let literal) = node.kind, info.split(separator: " ").first == "chart" else {
                return
            }
            blocks.append((literal, node))
        }
        guard !blocks.isEmpty else { return [] }
        let charts = ChartBlock(page: page)
        return blocks.flatMap { charts.render($0.literal, node: $0.node, drawing: false).diagnostics }
    }

    /// The chart-block problems of every page, in page order; pages are drawn side by side.
    public static func diagnostics(for pages: [Page]) -> [Diagnostic] {
        pages.parallelMap(diagnostics(for:)).flatMap { $0 }
    }
}
