import Content
import TextKit

/// An Atom feed of dated pages, newest first: one per language, and one per taxonomy term.
struct AtomFeed {
    let plan: SitePlan
    let language: String
    let theme: Theme
    var title: String?
    var listed: [Page]?
    var selfPath: String?
    var alternatePath: String?

    init(plan: SitePlan, language: String, theme: Theme) {
        self.plan = plan
        self.language = language
        self.theme = theme
    }

    /// A term's feed: its pages, titled after the term, pointing at the term's list.
    init(
        plan: SitePlan, language: String, theme: Theme, title: String, pages: [Page], selfPath: String,
        alternatePath: String
    ) {
        self.init(plan: plan, language: language, theme: theme)
        self.title = title
        listed = pages
        self.selfPath = selfPath
        self.alternatePath = alternatePath
    }

    var xml: String {
        let base = plan.settings.baseURL
        let pages = (listed ?? plan.pages(in: language)).filter { $0.date != nil }
        let updated = pages.compactMap(\.date).max()?.rfc3339 ?? "2000-01-01T00:00:00Z"
        let selfURL = RelativeURL.absolute(base: base, path: selfPath ?? plan.feedPath(of: language))
        let indexURL = RelativeURL.absolute(base: base, path: alternatePath ?? plan.indexPath(of: language))
        var out = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(MarkupEscaping.escape(language))">
              <title>\(MarkupEscaping.escape(title ?? plan.settings.title(for: language)))</title>
              <id>\(MarkupEscaping.escape(indexURL))</id>
              <link rel="self" href="\(MarkupEscaping.escape(selfURL))"/>
              <link rel="alternate" type="text/html" href="\(MarkupEscaping.escape(indexURL))"/>
              <updated>\(updated)</updated>

            """
        for page in pages {
            let url = MarkupEscaping.escape(RelativeURL.absolute(base: base, path: plan.path(of: page)))
            out += """
                  <entry>
                    <title>\(MarkupEscaping.escape(page.title))</title>
                    <id>\(url)</id>
                    <link rel="alternate" type="text/html" href="\(url)"/>
                    <updated>\(page.date!.rfc3339)</updated>
                    <author><name>\(MarkupEscaping.escape(plan.settings.title(for: language)))</name></author>

                """
            if let summary = page.frontMatter.summary {
                out += "      <summary>\(MarkupEscaping.escape(summary))</summary>\n"
            }
            out += "  </entry>\n"
        }
        return out + "</feed>\n"
    }
}
