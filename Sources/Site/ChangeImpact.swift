import Content

/// Which outputs a change to some pages can alter, for builds that redo only part of a site
/// (`sitegen build` with its cache, and a live preview).
///
/// A page's output depends on its own source, on its translation group (the language switcher,
/// the hreflang links and the translation checks compare the versions), and on what is global
/// (settings, theme). The language indexes, feeds, sitemap and home page list every page; the
/// caller decides whether what they show of the pages changed.
public struct ChangeImpact: Sendable {
    /// The translation keys of the groups a change touches, before and after it.
    public var translationKeys: Set<String>

    /// `changed` are the pages as they are now; `previousKeys` the translation keys the changed
    /// or removed files had before (an edit can move a page to another group).
    public init(changed: [Page], previousKeys: some Sequence<String>) {
        translationKeys = Set(changed.map(\.translationKey)).union(previousKeys)
    }

    /// The pages of `content` whose output may differ: every version in a touched group.
    public func pages(in content: ContentSet) -> [Page] {
        translationKeys.sorted().flatMap { key in (content.groups[key] ?? []).map { content.pages[$0] } }
    }
}
