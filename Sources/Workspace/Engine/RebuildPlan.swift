import Content
import Site
import TextKit

/// What an earlier build knew of one page: enough to plan the next one without reading it.
struct RecordedPage: Sendable, Equatable {
    var summary: PageSummary
    /// Whether it was in the site (a draft left out was not).
    var included: Bool
}

/// What a rebuild's plan asks of the last build, whichever store kept it: `BuildCache` on disk
/// for `build`, `LiveSite` in memory for `serve`.
protocol RebuildStore {
    /// The last build's record of a file, nil for a file it did not know.
    func recorded(_ file: String) -> RecordedPage?
    /// What the last build's page of a file showed of its section (`BuildFingerprint.navigation`),
    /// zero for a page left out, nil for a file it did not know.
    func navigation(_ file: String) -> ContentHash?
}

/// What a rebuild redoes after a change: the one answer `build` with its cache and `serve` in
/// memory both follow, worked out from the last build's records and the pages read afresh.
///
/// A page's output depends on its own file, its translation group (the language switcher, the
/// `hreflang` links, and the translation checks, which compare the versions) and its section
/// (breadcrumbs, previous and next). So the groups of every changed or removed file, before
/// and after the change, are checked and rendered again. The indexes, feeds, sections, term
/// pages and sitemap show pages by their summary alone: when no changed page's summary moved,
/// they stay, and only the search indexes of languages whose search text changed are redone.
/// Pure: the caller reads the files and hands in what it found.
struct RebuildPlan: Equatable {
    /// Translation keys of the groups to check and render again.
    var groups: Set<String>
    /// Whether every list shows the pages as the last build did (then `lists` holds search
    /// indexes only, and no page moved or went).
    var keepsListings: Bool
    /// The lists to render again.
    var lists: Set<ListKey>

    /// - Parameters:
    ///   - store: what the last build recorded; its navigation is asked for every page once a
    ///     listing changed, its records only for the files read or removed.
    ///   - read: the files read afresh because they changed (some may have given no page).
    ///   - changed: the pages they gave, left-out drafts included.
    ///   - leftOut: files of drafts left out of the site now.
    ///   - removed: files the last build knew that are gone.
    ///   - content: the site now, with pages not read made from their summaries.
    init(
        store: some RebuildStore, read: [String], changed: [Page], leftOut: Set<String>, removed: [String],
        content: ContentSet, settings: SiteSettings
    ) {
        let previous = store.recorded
        let summaries = changed.map { PageSummary(of: $0, settings: settings, searchText: false) }
        groups = Set(changed.map(\.translationKey)).union(
            (read + removed).compactMap { previous($0)?.summary.translationKey })
        keepsListings =
            removed.isEmpty
            && zip(changed, summaries).allSatisfy { page, summary in
                guard let before = previous(page.file) else { return false }
                return before.included != leftOut.contains(page.file) && !page.isSectionIndex
                    && before.summary.listsAlike(summary)
            }
        guard !keepsListings else {
            let languages = changed.filter { page in
                previous(page.file)?.summary.searchText != SearchText.of(page, includeCode: settings.searchCode)
            }.map(\.language)
            lists = Set(languages.map(ListKey.search))
            return
        }
        // Pages whose breadcrumbs or neighbours moved are rendered again, and the sections' own
        // texts are read, since their lists are.
        let plan = SitePlan(content: content, settings: settings)
        for page in content.pages
        where page.isSectionIndex || BuildFingerprint.navigation(of: page, plan: plan) != store.navigation(page.file) {
            groups.insert(page.translationKey)
        }
        lists = Self.lists(
            showing: summaries, before: (removed + read).compactMap { previous($0)?.summary }, plan: plan)
    }

    /// The pages of `content` in the planned groups, group by group.
    func pages(in content: ContentSet) -> [Page] {
        groups.sorted().flatMap { key in (content.groups[key] ?? []).map { content.pages[$0] } }
    }

    /// The lists the changed pages appear on, as they are now and as they were; every language's
    /// index too, whose first page lists the reports missing in it.
    static func lists(showing now: [PageSummary], before: [PageSummary], plan: SitePlan) -> Set<ListKey> {
        let languages = plan.content.languages
        var keys = Set(languages.map(ListKey.index))
        for page in now + before {
            let terms = page.terms.map { (taxonomy: $0.taxonomy, term: $0.term) }
            keys.formUnion(
                ListKey.lists(language: page.language, directory: page.directory, terms: terms, languages: languages))
            if Page.isSectionIndex(file: page.file) {
                keys.formUnion(ListKey.lists(ofSectionIndexIn: page.directory, language: page.language, plan: plan))
            }
        }
        return keys
    }

    /// The pages to render of those planned: each whose render key differs from the recorded
    /// one (`recorded` answers nil for a page whose output is missing); a store that records no
    /// keys (`recorded` nil) renders them all.
    static func pagesToRender(
        _ planned: [Page], keys: [String: ContentHash],
        recorded: ((Page) -> ContentHash?)?
    ) -> Set<String> {
        guard let recorded else { return Set(planned.map(\.file)) }
        return Set(planned.filter { keys[$0.file] == nil || keys[$0.file] != recorded($0) }.map(\.file))
    }

    /// The output paths of the last build this one no longer makes. Unchanged listings mean no
    /// page moved or went, so only search shards can have gone (a language's index may need
    /// fewer of them). Otherwise the lists not rendered again are still the site's, and so are
    /// the search shards of languages whose search was not rebuilt; `kept` are paths the caller
    /// keeps without rendering them (the theme's assets).
    func staleOutputs(_ previous: some Sequence<String>, written: Set<String>, kept: Set<String> = [], plan: SitePlan)
        -> [String]
    {
        if keepsListings {
            let folders = lists.compactMap { key -> String? in
                if case .search(let language) = key { plan.searchFolder(language) + "/" } else { nil }
            }
            return previous.filter { path in !written.contains(path) && folders.contains { path.hasPrefix($0) } }
                .sorted()
        }
        guard !lists.isEmpty else { return [] }
        var expected = written.union(kept).union(plan.listPaths)
        for page in plan.content.pages { expected.insert(plan.path(of: page)) }
        return previous.filter { path in
            guard !expected.contains(path) else { return false }
            guard path.hasPrefix("search/") else { return true }
            let language = path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
            return lists.contains(.search(language))
        }.sorted()
    }
}
