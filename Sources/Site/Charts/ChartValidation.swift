import Content
import GFM

/// The chart-block problems of a page without rendering it, so `sitegen check` reports what
/// `sitegen build` would fail on.
public enum ChartValidation {
    public static func diagnostics(for page: Page) -> [Diagnostic] {
        let charts = ChartBlock(page: page)
        var found: [Diagnostic] = []
        page.document.forEach { node in
            guard case .codeBlock(let info, let literal) = node.kind, info.split(separator: " ").first == "chart" else { return }
            found += charts.render(literal, node: node).diagnostics
        }
        return found
    }

    /// The chart-block problems of every page, in page order; pages are drawn side by side.
    public static func diagnostics(for pages: [Page]) -> [Diagnostic] {
        pages.parallelMap(diagnostics(for:)).flatMap { $0 }
    }
}
