import Content
import Site
import TextKit

/// The last good site `serve` keeps in memory, and its store for `RebuildPlan`: what
/// `.sitegen-cache/` records for `build` (each page's summary and navigation, each group's
/// findings, the output files) is here the pages themselves, kept from the last render.
struct LiveSite {
    /// The site as last rendered, and its plan (nil before the first render).
    private(set) var content: ContentSet
    private var plan: SitePlan?
    private var settings: SiteSettings
    /// Every page parsed for the last render by file, drafts left out included.
    private var pages: [String: Page] = [:]
    /// The files of the pages in the site (`content`).
    private var included: Set<String> = []
    /// `check`'s results per page file, and its findings per translation group.
    private var checks: [String: PageCheck] = [:]
    private var groupFindings: [String: [Diagnostic]] = [:]
    /// Every file of the site by output path.
    private(set) var files: [String: [UInt8]] = [:]
    /// What rendering found (chart blocks), by the page file it concerns.
    private(set) var renderFindings: [String: [Diagnostic]] = [:]

    /// What one render did.
    struct Rendered {
        var outcome: LiveBuildResult.Outcome
        var changedPaths: Set<String>
        var pages: Int
    }

    init(content: ContentSet, settings: SiteSettings) {
        self.content = content
        self.settings = settings
    }

    /// Every check finding, in the order of their places.
    var checkFindings: [Diagnostic] {
        groupFindings.values.flatMap { $0 }.sorted { $0.location < $1.location }
    }

    /// What to redo to go from this site to `content` (made of `pages`, drafts left out included);
    /// nil when the languages differ, which changes every page.
    func rebuildPlan(for content: ContentSet, pages now: [Page], settings: SiteSettings) -> RebuildPlan? {
        guard plan != nil, content.languages == self.content.languages else { return nil }
        let inSite = Set(content.pages.map(\.file))
        // A page that joins or leaves the site without an edit (a draft while drafts show) counts as changed.
        let changed = now.filter { page in
            pages[page.file]?.source != page.source || included.contains(page.file) != inSite.contains(page.file)
        }
        let listed = Set(now.map(\.file))
        return RebuildPlan(
            store: self, read: changed.map(\.file), changed: changed, leftOut: listed.subtracting(inSite),
            removed: pages.keys.filter { !listed.contains($0) }.sorted(), content: content, settings: settings)
    }

    /// Checks the pages of the planned groups (`planned`), keeping every other group's results;
    /// every page when nothing is planned.
    mutating func check(_ content: ContentSet, planned: [Page]?, checking: SiteChecks, settings: SiteSettings) {
        let pages = planned ?? content.pages
        let (checks, findings) =
            planned.map { checking.groups($0, of: content, settings: settings) }
            ?? checking.run(content, settings: settings)
        let checkedGroups = Set(pages.map(\.translationKey))
        let inSite = Set(content.pages.map(\.file))
        if planned == nil {
            self.checks = [:]
            groupFindings = [:]
        }
        self.checks = self.checks.filter { inSite.contains($0.key) }.merging(checks) { _, new in new }
        groupFindings = groupFindings.filter { content.groups[$0.key] != nil && !checkedGroups.contains($0.key) }
        let groupOfFile = Dictionary(
            pages.map { (ProjectFiles.join(checking.contentPath, $0.file), $0.translationKey) },
            uniquingKeysWith: { a, _ in a })
        for key in checkedGroups { groupFindings[key] = [] }
        for finding in findings {
            guard let key = groupOfFile[finding.location.file] else { continue }
            groupFindings[key, default: []].append(finding)
        }
    }

    /// Renders every page and list of `content`.
    mutating func renderAll(_ content: ContentSet, pages: [Page], builder: SiteBuilder) throws(TemplateErrors)
        -> Rendered
    {
        let plan = SitePlan(content: content, settings: builder.settings)
        let site = try builder.build(content, checks: checks, plan: plan)
        let before = files
        files = Dictionary(site.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, b in b })
        renderFindings = Dictionary(grouping: site.diagnostics) { $0.location.file }
        adopt(content, pages: pages, plan: plan)
        let changed = Set(files.keys).union(before.keys).filter { files[$0] != before[$0] }
        return Rendered(outcome: .full, changedPaths: changed, pages: content.pages.count)
    }

    /// Renders what `rebuild` plans, keeping every other file; `assets` are the theme's files,
    /// which only a full render writes.
    mutating func render(
        _ content: ContentSet, pages: [Page], plan rebuild: RebuildPlan, builder: SiteBuilder,
        assets: Set<String>
    ) throws(TemplateErrors) -> Rendered {
        let toRender = RebuildPlan.pagesToRender(rebuild.pages(in: content), keys: [:], recorded: nil)
        guard !toRender.isEmpty || !rebuild.lists.isEmpty else {
            adopt(content, pages: pages, plan: plan ?? SitePlan(content: content, settings: builder.settings))
            return Rendered(outcome: .unchanged, changedPaths: [], pages: 0)
        }
        let plan = SitePlan(content: content, settings: builder.settings)
        let selection = RenderSelection(
            pages: toRender, siteWide: !rebuild.lists.isEmpty, assets: false, lists: rebuild.lists)
        let site = try builder.build(content, checks: checks, only: selection, plan: plan)
        // Only what was written or dropped can differ, so the rest of the site is not compared.
        var changed: Set<String> = []
        for file in site.files where files.updateValue(file.contents, forKey: file.path) != file.contents {
            changed.insert(file.path)
        }
        for path in rebuild.staleOutputs(files.keys, written: Set(site.files.map(\.path)), kept: assets, plan: plan)
        where files.removeValue(forKey: path) != nil {
            changed.insert(path)
        }
        let inSite = Set(content.pages.map(\.file))
        for file in toRender.union(included.subtracting(inSite)) { renderFindings[file] = nil }
        renderFindings.merge(Dictionary(grouping: site.diagnostics) { $0.location.file }) { $0 + $1 }
        adopt(content, pages: pages, plan: plan)
        return Rendered(outcome: .incremental, changedPaths: changed, pages: toRender.count)
    }

    private mutating func adopt(_ content: ContentSet, pages: [Page], plan: SitePlan) {
        self.content = content
        self.plan = plan
        settings = plan.settings
        self.pages = Dictionary(pages.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        included = Set(content.pages.map(\.file))
    }
}

extension LiveSite: RebuildStore {
    func recorded(_ file: String) -> RecordedPage? {
        pages[file].map {
            RecordedPage(summary: PageSummary(of: $0, settings: settings), included: included.contains(file))
        }
    }

    func navigation(_ file: String) -> ContentHash? {
        guard let page = pages[file], let plan else { return nil }
        return included.contains(file) ? BuildFingerprint.navigation(of: page, plan: plan) : ContentHash()
    }
}
