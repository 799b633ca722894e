import Content
import Site

/// The pages an edit can change, found by comparing the content last rendered with the content now.
///
/// A page's HTML depends on its own file, on its translation group (the language switcher and
/// `hreflang` links), on its section (breadcrumbs, previous and next) and on what `check` found on it. So a changed file re-renders itself and
/// every page of its old and new group, and so does each page whose check results moved. The
/// indexes, feeds and sitemap list every page, so they are always re-rendered alongside. Anything
/// wider (settings, theme, the set of languages) is the caller's cue for a full render.
struct RenderPlan: Equatable {
    /// Files (`Page.file`) of the pages to render again.
    var pages: Set<String>
    /// Output paths of pages that no longer exist or moved elsewhere.
    var removed: Set<String>
    /// Files of the pages that left the site.
    var removedFiles: Set<String>
    /// The lists the changed pages appear on, before and after.
    var lists: Set<ListKey> = []

    init(from old: ContentSet, to new: ContentSet, settings: SiteSettings, alsoRender: Set<String> = []) {
        let oldPages = Dictionary(old.pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        let newPages = Dictionary(new.pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        // A page that newly joins the site (or one a conflict no longer hides) counts as changed too.
        let changed = Set(oldPages.keys).union(newPages.keys).filter { oldPages[$0]?.source != newPages[$0]?.source }
        let groups = Set(changed.flatMap { [oldPages[$0]?.translationKey, newPages[$0]?.translationKey].compactMap { $0 } })
        let oldPlan = SitePlan(content: old, settings: settings)
        let newPlan = SitePlan(content: new, settings: settings)
        // Breadcrumbs and previous/next links show other pages' titles: a page whose section
        // neighbours or section titles moved is rendered again too.
        let moved = changed.isEmpty ? [] : Set(new.pages.filter { page in
            guard let before = oldPages[page.file] else { return false }
            return BuildFingerprint.navigation(of: before, plan: oldPlan) != BuildFingerprint.navigation(of: page, plan: newPlan)
        }.map(\.file))
        pages = Set(new.pages.filter {
            changed.contains($0.file) || groups.contains($0.translationKey) || alsoRender.contains($0.file) || moved.contains($0.file)
        }.map(\.file))
        removed = Set(old.pages.map(oldPlan.path(of:))).subtracting(new.pages.map(newPlan.path(of:)))
        removedFiles = Set(oldPages.keys).subtracting(newPages.keys)
        lists = Set(new.languages.map(ListKey.index))
        for (page, plan) in changed.flatMap({ [(oldPages[$0], oldPlan), (newPages[$0], newPlan)] }) {
            guard let page else { continue }
            let terms = settings.taxonomies.flatMap { t in page.frontMatter.terms(t).map { (taxonomy: t, term: $0) } }
            lists.formUnion(ListKey.lists(language: page.language, directory: page.directory, terms: terms, languages: new.languages))
            if page.isSectionIndex {
                lists.formUnion(ListKey.lists(ofSectionIndexIn: page.directory, language: page.language, plan: newPlan))
                lists.formUnion(ListKey.lists(ofSectionIndexIn: page.directory, language: page.language, plan: plan))
            }
        }
    }
}
