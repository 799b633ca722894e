import Content
import GFM

/// A page's Markdown rendered to HTML with the site's hooks, plus what the layout shows beside it.
struct PageBody {
    var html: String
    var anchors: HeadingAnchors
    var reading: ReadingTime

    init(page: Page, allowRawHTML: Bool) {
        let anchors = HeadingAnchors(document: page.document)
        var hooks = RenderHooks()
        hooks.headingID = { anchors.id(forLineOf: $0) }
        // Wide tables scroll inside a focusable region instead of widening the page on phones.
        hooks.table = { node in
            "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"table\">\n"
                + HTMLRenderer(allowRawHTML: allowRawHTML).renderTableDefault(node) + "</div>\n"
        }
        html = HTMLRenderer(allowRawHTML: allowRawHTML, hooks: hooks).render(page.document)
        self.anchors = anchors
        reading = ReadingTime(document: page.document, language: page.language)
    }
}
