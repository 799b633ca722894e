import Content

extension PageSummary {
    /// What `page` shows on lists and in search under `settings` (its terms in the order of the
    /// site's taxonomies); a page made from a summary gives that summary back. Without
    /// `searchText` the search text is left empty, for a caller comparing listings alone.
    public init(of page: Page, settings: SiteSettings, searchText: Bool = true) {
        if let unread = page.unreadSummary {
            self = unread
            return
        }
        self.init(
            file: page.file, language: page.language, translationKey: page.translationKey, directory: page.directory,
            slug: page.slug, title: page.title, date: page.date, summary: page.frontMatter.summary, draft: page.isDraft,
            weight: page.frontMatter.weight,
            terms: settings.taxonomies.flatMap { t in page.frontMatter.terms(t).map { Term(taxonomy: t, term: $0) } },
            searchText: searchText ? SearchText.of(page, includeCode: settings.searchCode) : "")
    }
}
