import Content
import TextKit

/// `sitemap.xml` with every page and its language alternates, as search engines read them.
struct Sitemap {
    let plan: SitePlan

    var xml: String {
        let base = plan.settings.baseURL
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">

            """
        // Each page's address appears once for itself and once per version of its group.
        func address(_ page: Page) -> String {
            MarkupEscaping.escape(RelativeURL.absolute(base: base, path: plan.path(of: page)))
        }
        var urls: [String: String] = [:]
        for page in plan.content.pages { urls[page.file] = address(page) }
        func url(_ page: Page) -> String { urls[page.file] ?? address(page) }
        for page in plan.content.pages where !page.isSectionIndex {
            out += "  <url>\n    <loc>\(url(page))</loc>\n"
            if let date = page.date { out += "    <lastmod>\(date.isoDate)</lastmod>\n" }
            let versions = plan.versions(of: page)
            if versions.count > 1 {
                for v in versions {
                    out +=
                        "    <xhtml:link rel=\"alternate\" hreflang=\"\(MarkupEscaping.escape(v.language))\" href=\"\(url(v))\"/>\n"
                }
                let xDefault = url(plan.defaultVersion(of: page))
                out += "    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"\(xDefault)\"/>\n"
            }
            out += "  </url>\n"
        }
        return out + "</urlset>\n"
    }
}
