import Content

/// Which files of the site a render produces: every file, or only some pages plus the site-wide
/// files that list pages (language indexes, feeds, home, 404, sitemap).
///
/// A partial render lets the preview server re-render only what an edit can change; deciding
/// *which* pages that is belongs to the caller, which knows what changed.
public struct RenderSelection: Sendable, Hashable {
    /// Page files (`Page.file`) to render; nil renders every page.
    public var pages: Set<String>?
    /// Language indexes, feeds, the language picker, the 404 page and the sitemap.
    public var siteWide: Bool
    /// The theme's static files.
    public var assets: Bool
    /// The lists to render when `siteWide` is set; nil renders every list.
    public var lists: Set<ListKey>?

    public init(pages: Set<String>?, siteWide: Bool, assets: Bool, lists: Set<ListKey>? = nil) {
        self.pages = pages
        self.siteWide = siteWide
        self.assets = assets
        self.lists = lists
    }

    /// The whole site, as `sitegen build` writes it.
    public static let all = RenderSelection(pages: nil, siteWide: true, assets: true)

    /// `pages` and the site-wide files that list them; the theme's assets are left out.
    public static func pages(_ files: Set<String>) -> RenderSelection {
        RenderSelection(pages: files, siteWide: true, assets: false)
    }

    func includes(_ page: Page) -> Bool { pages?.contains(page.file) ?? true }
    func includes(_ list: ListKey) -> Bool { lists?.contains(list) ?? true }

    /// Whether a list other than a search index is chosen: the language picker, the 404 page
    /// and the sitemap show no page's text, so an edit to text alone leaves them as they are.
    var listsPages: Bool {
        lists?.contains { if case .search = $0 { false } else { true } } ?? true
    }
}
