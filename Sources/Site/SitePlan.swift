import Content
import Foundation

/// Where every page of the site goes and how pages link: output paths, languages, translations.
public struct SitePlan: Sendable {
    public let content: ContentSet
    public let settings: SiteSettings
    private let lazyNavigation: MadeOnce<SiteNavigation>

    public init(content: ContentSet, settings: SiteSettings) {
        self.content = content
        self.settings = settings
        lazyNavigation = MadeOnce()
    }

    /// A plan for `content` that shares `earlier`'s navigation, for a rebuild whose pages are
    /// the same files, each listing as it did (title, date, summary, folder, terms: what
    /// sections, neighbours and terms show of a page): its navigation would show the same.
    public init(content: ContentSet, settings: SiteSettings, listingAs earlier: SitePlan) {
        self.content = content
        self.settings = settings
        lazyNavigation = earlier.lazyNavigation
    }

    /// Sections, neighbours and terms, worked out on first use and then shared by every list and
    /// page that shows them: a rebuild that lists nothing never pays for them.
    public var navigation: SiteNavigation {
        lazyNavigation.value { SiteNavigation(content: content, settings: settings) }
    }

    public static let rootIndex = "index.html"
    public static let notFound = "404.html"
    public static let sitemap = "sitemap.xml"
    public static let stylesheet = "assets/style.css"

    public func path(of page: Page) -> String { "\(page.language)/\(page.relativeFolder)/index.html" }
    public func indexPath(of language: String) -> String { "\(language)/index.html" }
    public func feedPath(of language: String) -> String { "\(language)/atom.xml" }

    /// The folder of a section's list: the language index for the top folder.
    public func sectionFolder(_ language: String, _ directory: String) -> String {
        directory.isEmpty ? language : "\(language)/\(directory)"
    }

    public func sectionPath(_ language: String, _ directory: String, page: Int = 1) -> String {
        Pagination.path(folder: sectionFolder(language, directory), page: page)
    }

    /// The page of all terms of a taxonomy, and each term's own list and feed.
    public func taxonomyPath(_ language: String, _ taxonomy: String) -> String { "\(language)/\(taxonomy)/index.html" }
    public func termPath(_ language: String, _ taxonomy: String, _ slug: String, page: Int = 1) -> String {
        Pagination.path(folder: "\(language)/\(taxonomy)/\(slug)", page: page)
    }
    public func termFeedPath(_ language: String, _ taxonomy: String, _ slug: String) -> String {
        "\(language)/\(taxonomy)/\(slug)/atom.xml"
    }

    /// The search script of the theme and the folder of a language's index shards.
    public static let searchScript = "assets/search.js"
    public func searchFolder(_ language: String) -> String { "search/\(language)" }

    /// The language versions of `page` in display order, the page itself included.
    public func versions(of page: Page) -> [Page] { content.translations(of: page) }

    /// The version readers without a matching language get: the default language's, else the first.
    public func defaultVersion(of page: Page) -> Page {
        let versions = versions(of: page)
        return versions.first { $0.language == settings.defaultLanguage } ?? versions.first ?? page
    }

    /// The pages of one language, newest first; undated pages follow, by title.
    public func pages(in language: String) -> [Page] {
        navigation.pagesByLanguage[language] ?? []
    }

    /// One page per translation group that has no version in `language`, newest first.
    public func missing(in language: String) -> [Page] {
        content.groups.keys.sorted().compactMap { key -> Page? in
            let members = content.groups[key]!.map { content.pages[$0] }
            guard !members.contains(where: { $0.language == language || $0.isSectionIndex }) else { return nil }
            return defaultVersion(of: members[0])
        }.sorted(by: Self.newestFirst)
    }

    static func newestFirst(_ a: Page, _ b: Page) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return (a.title, a.file) < (b.title, b.file)
        }
    }
}
