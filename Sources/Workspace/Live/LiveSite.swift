import Content
import Site
import TextKit

/// The last good site `serve` keeps in memory, and `BuildExecutor`'s store for it: what
/// `.sitegen-cache/` records for `build` (each page's summary and navigation, each group's
/// findings, the output files) is here the pages themselves, kept from the last render.
struct LiveSite {
    /// The site as last rendered, and its plan (nil before the first render).
    private(set) var content: ContentSet
    private var plan: SitePlan?
    private var settings: SiteSettings
    /// Every page parsed for the last render by file, drafts left out included.
    private var pages: [String: Page] = [:]
    /// The pages the run under way is made of, drafts left out included; adopted with it.
    private var upcoming: [Page] = []
    /// The files of the pages in the site (`content`).
    private var included: Set<String> = []
    /// `check`'s results per page file, and its findings per translation group.
    private var checks: [String: PageCheck] = [:]
    private var groupFindings: [String: [Diagnostic]] = [:]
    /// Every file of the site by output path.
    private(set) var files: [String: [UInt8]] = [:]
    /// What rendering found (chart blocks), by the page file it concerns.
    private(set) var renderFindings: [String: [Diagnostic]] = [:]
    /// The output paths the last publish changed.
    private(set) var changedPaths: Set<String> = []
    let contentPath: String

    init(content: ContentSet, settings: SiteSettings, contentPath: String) {
        self.content = content
        self.settings = settings
        self.contentPath = contentPath
    }

    /// Every check finding, in the order of their places.
    var checkFindings: [Diagnostic] {
        groupFindings.values.flatMap { $0 }.sorted { $0.location < $1.location }
    }

    /// What to redo to go from this site to `content` (made of `pages`, drafts left out included):
    /// everything when the languages differ, which changes every page. Readies the store for
    /// that run.
    mutating func plan(for content: ContentSet, pages now: [Page], settings: SiteSettings) -> BuildPlan {
        upcoming = now
        guard plan != nil, content.languages == self.content.languages else { return .everything }
        let inSite = Set(content.pages.map(\.file))
        // A page that joins or leaves the site without an edit (a draft while drafts show) counts as changed.
        let changed = now.filter { page in
            pages[page.file]?.source != page.source || included.contains(page.file) != inSite.contains(page.file)
        }
        let listed = Set(now.map(\.file))
        return BuildPlan(
            RebuildPlan(
                store: self, read: changed.map(\.file), changed: changed, leftOut: listed.subtracting(inSite),
                removed: pages.keys.filter { !listed.contains($0) }.sorted(), content: content, settings: settings))
    }

    /// What rendering found after `run`: the last good site's, less the pages rendered again
    /// and pages gone, with the run's.
    func renderFindings(after run: BuildExecutor.Run) -> [String: [Diagnostic]] {
        guard let toRender = run.toRender else { return Dictionary(grouping: run.renderFindings) { $0.location.file } }
        var findings = renderFindings
        let inSite = Set(run.content.pages.map(\.file))
        for file in toRender.union(included.subtracting(inSite)) { findings[file] = nil }
        findings.merge(Dictionary(grouping: run.renderFindings) { $0.location.file }) { $0 + $1 }
        return findings
    }
}

extension LiveSite: BuildStore {
    func recorded(_ file: String) -> RecordedPage? {
        pages[file].map {
            RecordedPage(summary: PageSummary(of: $0, settings: settings), included: included.contains(file))
        }
    }

    func navigation(_ file: String) -> ContentHash? {
        guard let page = pages[file], let plan else { return nil }
        return included.contains(file) ? BuildFingerprint.navigation(of: page, plan: plan) : ContentHash()
    }

    /// Keeps the run's checks and findings for the groups it checked, and every other group's.
    mutating func checked(_ run: BuildExecutor.Run) -> (findings: [Diagnostic], checks: [String: PageCheck]) {
        let checkedGroups = Set(run.planned.map(\.translationKey))
        let inSite = Set(run.content.pages.map(\.file))
        if run.plan.checks == nil {
            checks = [:]
            groupFindings = [:]
        }
        checks = checks.filter { inSite.contains($0.key) }.merging(run.checks) { _, new in new }
        groupFindings = groupFindings.filter { run.content.groups[$0.key] != nil && !checkedGroups.contains($0.key) }
        let groupOfFile = Dictionary(
            run.planned.map { (ProjectFiles.join(contentPath, $0.file), $0.translationKey) },
            uniquingKeysWith: { a, _ in a })
        for key in checkedGroups { groupFindings[key] = [] }
        for finding in run.findings {
            guard let key = groupOfFile[finding.location.file] else { continue }
            groupFindings[key, default: []].append(finding)
        }
        return (checkFindings, checks)
    }

    /// A plan sharing the last one's navigation when the pages list as they did: sections and
    /// neighbours are then not worked out again from every page on each save.
    func sitePlan(for content: ContentSet, settings: SiteSettings, keepingListings: Bool) -> SitePlan {
        guard keepingListings, let plan else {
            return SitePlan(content: content, settings: settings)
        }
        return SitePlan(content: content, settings: settings, listingAs: plan)
    }

    /// Every planned page: no render keys are kept, and pages are few per save.
    func pagesToRender(_ run: BuildExecutor.Run, plan: SitePlan) -> Set<String> {
        Set(run.planned.map(\.file))
    }

    var rendersAssets: Bool { false }

    var outputPaths: [String] { Array(files.keys) }

    func differing(_ files: [OutputFile]) -> [(file: OutputFile, hash: ContentHash?)] {
        files.filter { self.files[$0.path] != $0.contents }.map { ($0, nil) }
    }

    mutating func publish(_ run: BuildExecutor.Run) -> Diagnostic? {
        for (file, _) in run.changes.writes { files[file.path] = file.contents }
        for path in run.changes.removed { files[path] = nil }
        changedPaths = run.changes.paths
        return nil
    }

    mutating func record(_ run: BuildExecutor.Run) {
        renderFindings = renderFindings(after: run)
        content = run.content
        plan = run.sitePlan ?? plan ?? SitePlan(content: run.content, settings: settings)
        settings = plan!.settings
        pages = Dictionary(upcoming.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        included = Set(run.content.pages.map(\.file))
    }
}
