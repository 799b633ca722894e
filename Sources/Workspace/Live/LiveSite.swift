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
    /// What the run under way changes of `pages` and `included`; adopted with it.
    private var upcoming = Upcoming()
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

    /// What a run changes of the pages the site is made of.
    private struct Upcoming {
        /// Every page, drafts left out included, when the site is made anew; nil otherwise.
        var all: [Page]?
        /// The pages read again since the last good site, and the files gone since.
        var read: [Page] = []
        var gone: [String] = []
        /// Files in the last good site that are not in the new one, and the reverse.
        var leaving: Set<String> = []
        var joining: Set<String> = []
    }

    /// What to redo to go from this site to `content`: `read` are the pages read again since
    /// it was made, `gone` the files removed since (only these can differ from it), `all`
    /// every page, drafts left out included. Everything when the languages differ, which
    /// changes every page, and when `anew` (settings changed). Readies the store for that run.
    mutating func plan(
        for content: ContentSet, read: [Page], gone: [String], all: [Page], settings: SiteSettings, anew: Bool
    ) -> BuildPlan {
        guard !anew, plan != nil, content.languages == self.content.languages else {
            upcoming = Upcoming(all: all)
            return .everything
        }
        upcoming = Upcoming(read: read, gone: gone.filter { pages[$0] != nil })
        var changed: [Page] = []
        var leftOut: Set<String> = []
        for page in read {
            let inSite = Self.isIncluded(page, in: content)
            if !inSite { leftOut.insert(page.file) }
            if included.contains(page.file) && !inSite { upcoming.leaving.insert(page.file) }
            if !included.contains(page.file) && inSite { upcoming.joining.insert(page.file) }
            // A page that joins or leaves the site without an edit (a draft while drafts show) counts as changed.
            if pages[page.file]?.source != page.source || included.contains(page.file) != inSite {
                changed.append(page)
            }
        }
        upcoming.leaving.formUnion(upcoming.gone.filter(included.contains))
        return BuildPlan(
            RebuildPlan(
                store: self, read: changed.map(\.file), changed: changed, leftOut: leftOut,
                removed: upcoming.gone.sorted(), content: content, settings: settings))
    }

    private static func isIncluded(_ page: Page, in content: ContentSet) -> Bool {
        content.groups[page.translationKey]?.contains { content.pages[$0].file == page.file } ?? false
    }

    /// What rendering found after `run`: the last good site's, less the pages rendered again
    /// and pages gone, with the run's.
    func renderFindings(after run: BuildExecutor.Run) -> [String: [Diagnostic]] {
        guard let toRender = run.toRender else { return Dictionary(grouping: run.renderFindings) { $0.location.file } }
        var findings = renderFindings
        for file in toRender.union(upcoming.leaving) { findings[file] = nil }
        findings.merge(Dictionary(grouping: run.renderFindings) { $0.location.file }) { $0 + $1 }
        return findings
    }

    /// Takes in the pages of the run: all of them for a site made anew, otherwise those read
    /// again and gone.
    private mutating func adoptPages() {
        if let all = upcoming.all {
            pages = Dictionary(all.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
            included = Set(content.pages.map(\.file))
            return
        }
        for page in upcoming.read { pages[page.file] = page }
        for file in upcoming.gone { pages[file] = nil }
        included.subtract(upcoming.leaving)
        included.formUnion(upcoming.joining)
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
        if let rebuild = run.plan.checks {
            for file in upcoming.leaving { checks[file] = nil }
            // A group gone had a page changed or removed, so the plan names it.
            for key in rebuild.groups where run.content.groups[key] == nil { groupFindings[key] = nil }
        } else {
            checks = [:]
            groupFindings = [:]
        }
        checks.merge(run.checks) { _, new in new }
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
        adoptPages()
    }
}
