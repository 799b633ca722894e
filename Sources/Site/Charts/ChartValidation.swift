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
}
