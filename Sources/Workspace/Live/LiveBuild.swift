import Content
import ExternalTools
import Foundation
import Site

/// An in-memory build that `sitegen serve` keeps between saves, so one edit re-reads one file and
/// re-renders only the pages that depend on it.
///
/// It holds every parsed page by file, the theme, and the last good site (`LiveSite`), which is
/// its store: what `build` keeps in `.sitegen-cache/`, kept here in memory. `update(to:)` re-reads
/// only the files a new `SourceScan` shows as changed, regroups the pages, and checks and renders
/// what `RebuildPlan` (the plan `build` follows too) says can differ from the last good site;
/// settings, theme or language changes render everything. Nothing here outlives the process.
/// Not thread-safe: one owner calls it.
public final class LiveBuild {
    public let loader: ProjectLoader
    public let baseURL: String?
    /// As `build --strict`: a wrong figure is an error, and the rebuild fails on it.
    public let strict: Bool

    private var scan: SourceScan?
    private var settings = SiteSettings()
    private var settingsDiagnostics: [Diagnostic] = []
    private var settingsSources: [String: String] = [:]
    private var listDiagnostics: [Diagnostic] = []
    private var parsed: [String: ProjectLoader.FileResult] = [:]
    /// Files read again or removed since the last good site: the only ones that can differ from it.
    private var touched: Set<String> = []
    /// `parsed`'s files sorted, kept while no file comes or goes: a save re-reads one file.
    private var order: [String]?
    /// The pages of `parsed` in that order, and grouped into the site.
    private var pages = LiveContent()
    /// The text of every page read, by display path, kept in step with `parsed` file by file.
    private var pageSources: [String: String] = [:]
    private var theme = Theme(templates: [:])
    private var themeDiagnostics: [Diagnostic] = []
    private var themeLanguages: [String]?
    /// Set when settings or theme change; cleared only by a render that succeeds.
    private var needsFullRender = true
    /// Set when settings change (they shape what pages mean); cleared only by a render that succeeds.
    private var needsFullCheck = true
    private var site: LiveSite?
    /// Highlighting and math for every rebuild, with what they answered kept in memory between saves.
    private let tools = BuildTools.system()
    private let renders = RenderCache()
    private let searchTerms = KeptSearchTerms()
    private let searchDocuments = SearchDocumentMemory()

    public init(loader: ProjectLoader, baseURL: String? = nil, strict: Bool = false) {
        self.loader = loader
        self.baseURL = baseURL
        self.strict = strict
    }

    /// Brings the site up to date with the files as `scan` saw them.
    public func update(to scan: SourceScan) -> LiveBuildResult {
        let started = ContinuousClock.now
        let previous = self.scan
        self.scan = scan
        let reparsed = reread(scan, previous: previous)
        let moving = reparsed.filter {
            SourceScan.stamp(atPath: ProjectFiles.join(loader.contentPath, $0)) != scan.content[$0]
        }
        if !moving.isEmpty {
            // A stamp no file has, so the next update reads them again (or drops them if deleted).
            for file in moving { self.scan?.content[file] = SourceScan.Stamp(size: -1, modified: -1, inode: 0) }
            self.scan?.id = UInt64.random(in: 0...UInt64.max)
            // The pages read now are not put in place until then, so the pages are made anew.
            order = nil
            return LiveBuildResult(
                outcome: .pending, files: site?.files ?? [:], changedPaths: [], reparsed: reparsed,
                renderedPages: 0, diagnostics: [], sources: sources, duration: ContinuousClock.now - started)
        }
        if order == nil || !pages.replace(reparsed, parsed: parsed) {
            let files = order ?? parsed.keys.sorted()
            order = files
            pages.make(files, parsed: parsed, includeDrafts: loader.includeDrafts, settings: settings)
        }
        let (all, parseDiagnostics, content, setDiagnostics) = (
            pages.all, pages.parseDiagnostics, pages.content, pages.setDiagnostics
        )
        if previous.map({ scan.templatesChanged(since: $0) }) ?? true || content.languages != themeLanguages {
            (theme, themeDiagnostics) = ThemeLoader(path: loader.templatesPath).load(languages: content.languages)
            themeLanguages = content.languages
            needsFullRender = true
        }
        var diagnostics = settingsDiagnostics + listDiagnostics + parseDiagnostics
        diagnostics += setDiagnostics.map(loader.prefixed) + themeDiagnostics
        var result = LiveBuildResult(
            outcome: .failed, files: site?.files ?? [:], changedPaths: [], reparsed: reparsed,
            renderedPages: 0, diagnostics: diagnostics, sources: sources, duration: .zero)
        if !diagnostics.hasErrors { rebuild(content, pages: all, into: &result) }
        result.duration = ContinuousClock.now - started
        return result
    }

    /// Checks and renders what changed since the last good site, or everything, through the
    /// executor `build` uses, with the site in memory as its store.
    private func rebuild(_ content: ContentSet, pages: [Page], into result: inout LiveBuildResult) {
        var next = site ?? LiveSite(content: content, settings: settings, contentPath: loader.contentPath)
        let read = touched.sorted().compactMap { parsed[$0]?.page }
        let gone = touched.filter { parsed[$0]?.page == nil }.sorted()
        var plan = next.plan(
            for: content, read: read, gone: gone, all: pages, settings: settings, anew: needsFullCheck)
        if needsFullRender { plan.renders = nil }
        var builder = SiteBuilder(settings: settings, theme: theme)
        builder.tools = renders.wrap(tools.render)
        builder.searchTerms = searchTerms.memory
        builder.searchDocuments = searchDocuments
        // The same rules as `check`; as in `build`, findings are warnings unless strict.
        let executor = BuildExecutor(
            checking: SiteChecks(contentPath: loader.contentPath, strict: strict), builder: builder,
            prefixed: loader.prefixed)
        // A strict error fails the rebuild as it fails `build --strict`: the last good site stays.
        let (run, findings) = executor.run(
            content, plan: plan, settings: settings, reported: result.diagnostics, store: &next)
        result.diagnostics += findings + run.failure
        guard run.stage != .checkFailed, run.failure.isEmpty else { return }
        commit(next, run, into: &result)
    }

    /// Re-reads settings and every page when `site.yaml` changed (it shapes how pages parse),
    /// otherwise only the content files whose stamps differ. Returns the files parsed.
    private func reread(_ scan: SourceScan, previous: SourceScan?) -> [String] {
        var files: [String]
        if previous == nil || scan.content["site.yaml"] != previous?.content["site.yaml"] {
            (settings, settingsDiagnostics, settingsSources) = loader.loadSettings()
            if let baseURL { settings.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
            let root = URL(fileURLWithPath: loader.contentPath)
            (files, listDiagnostics) = ProjectFiles.list(
                root: root, extensions: Self.pageExtensions, displayRoot: loader.contentPath)
            parsed = [:]
            order = nil
            pageSources = [:]
            needsFullCheck = true
            needsFullRender = true
        } else {
            let changed = scan.changedContent(since: previous!).filter(Self.isPage)
            for file in changed where scan.content[file] == nil {
                touched.insert(file)
                if let gone = parsed.removeValue(forKey: file) {
                    pageSources[gone.display] = nil
                    order = nil
                }
            }
            files = changed.filter { scan.content[$0] != nil }.sorted()
        }
        // Each page's search text is worked out once per parse, not once per save.
        let includeCode = settings.searchCode
        let results = loader.parseInParallel(files.map(loader.input), settings: settings).parallelMap { result in
            var result = result
            if let page = result.page { result.page?.knownSearchText = SearchText.of(page, includeCode: includeCode) }
            return result
        }
        touched.formUnion(files)
        for (file, result) in zip(files, results) {
            if parsed.updateValue(result, forKey: file) == nil { order = nil }
            pageSources[result.display] = result.text
        }
        return files
    }

    /// Adopts `next` as the site, unless rendering it found errors (a broken chart block, say):
    /// then the last good site stays, as a failed `build` leaves `Output/` alone.
    private func commit(_ next: LiveSite, _ run: BuildExecutor.Run, into result: inout LiveBuildResult) {
        let byFile = next.renderFindings(after: run)
        let findings = byFile.keys.sorted().flatMap { byFile[$0]! }.map(loader.prefixed)
        result.diagnostics += findings
        guard run.stage == .published else { return }
        site = next
        touched = []
        needsFullRender = false
        needsFullCheck = false
        result.files = next.files
        result.changedPaths = next.changedPaths
        switch (run.plan.renders, run.toRender) {
        case (nil, _):
            result.outcome = .full
            result.renderedPages = run.content.pages.count
        case (let rebuild?, let toRender?) where toRender.isEmpty && rebuild.lists.isEmpty:
            result.outcome = .unchanged
        default:
            result.outcome = .incremental
            result.renderedPages = run.toRender?.count ?? 0
        }
    }

    /// File text by display path: `site.yaml` and every page read so far.
    private var sources: [String: String] {
        pageSources.merging(settingsSources) { page, _ in page }
    }

    static let pageExtensions: Set<String> = ["md", "markdown"]
    static func isPage(_ path: String) -> Bool {
        pageExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}
