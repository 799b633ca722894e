import Content
import GFM

/// A page's Markdown rendered to HTML with the site's hooks, plus what the layout shows beside it.
struct PageBody {
    var html: String
    var anchors: HeadingAnchors
    var reading: ReadingTime

    /// `tableLabel` names a table that has no heading above it ("Table", "表格").
    init(page: Page, allowRawHTML: Bool, tableLabel: String = "Table") {
        let anchors = HeadingAnchors(document: page.document)
        var labels = TableLabels(anchors: anchors, fallback: tableLabel)
        var hooks = RenderHooks()
        hooks.headingID = { anchors.id(forLineOf: $0) }
        // Wide tables scroll inside a focusable region instead of widening the page on phones;
        // the region is named after its section so a screen reader's landmark list says which.
        hooks.table = { node in
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(labels.next(for: node)))\">\n"
                + HTMLRenderer(allowRawHTML: allowRawHTML).renderTableDefault(node) + "</div>\n"
        }
        html = HTMLRenderer(allowRawHTML: allowRawHTML, hooks: hooks).render(page.document)
        self.anchors = anchors
        reading = ReadingTime(document: page.document, language: page.language)
    }
}
