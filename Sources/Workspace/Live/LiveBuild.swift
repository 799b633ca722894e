import Content
import ExternalTools
import Foundation
import Site

/// An in-memory build that `sitegen serve` keeps between saves, so one edit re-reads one file and
/// re-renders only the pages that depend on it.
///
/// It holds every parsed page by file, the theme, and the last good site. `update(to:)` re-reads
/// only the files a new `SourceScan` shows as changed, regroups the pages (in memory), re-checks
/// the changed translation groups, and renders what `RenderPlan` says can differ; settings, theme or
/// language changes render everything. Nothing here outlives the process and `build` does not use
/// it. Not thread-safe: one owner calls it.
public final class LiveBuild {
    public let loader: ProjectLoader
    public let baseURL: String?
    /// As `build --strict`: a wrong figure is an error, and the rebuild fails on it.
    public let strict: Bool

    private struct Rendered {
        var content: ContentSet
        var checks: [String: PageCheck]
        var files: [String: [UInt8]]
        /// What rendering found (chart blocks), by the page file it concerns.
        var findings: [String: [Diagnostic]]
    }

    private var scan: SourceScan?
    private var settings = SiteSettings()
    private var settingsDiagnostics: [Diagnostic] = []
    private var settingsSources: [String: String] = [:]
    private var listDiagnostics: [Diagnostic] = []
    private var parsed: [String: ProjectLoader.FileResult] = [:]
    private var theme = Theme(templates: [:])
    private var themeDiagnostics: [Diagnostic] = []
    private var themeLanguages: [String]?
    /// Set when settings or theme change; cleared only by a render that succeeds.
    private var needsFullRender = true
    private var rendered: Rendered?
    private var checkCache = CheckCache()
    /// Highlighting and math for every rebuild, with what they answered kept in memory between saves.
    private let tools = BuildTools.system()
    private let renders = RenderCache()

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
        let moving = reparsed.filter { SourceScan.stamp(atPath: ProjectFiles.join(loader.contentPath, $0)) != scan.content[$0] }
        if !moving.isEmpty {
            // A stamp no file has, so the next update reads them again (or drops them if deleted).
            for file in moving { self.scan?.content[file] = SourceScan.Stamp(size: -1, modified: -1, inode: 0) }
            return LiveBuildResult(outcome: .pending, files: rendered?.files ?? [:], changedPaths: [], reparsed: reparsed,
                                   renderedPages: 0, diagnostics: [], sources: sources, duration: ContinuousClock.now - started)
        }
        let pages = parsed.keys.sorted().compactMap { parsed[$0]?.page }.filter { loader.includeDrafts || !$0.isDraft }
        let (content, setDiagnostics) = ContentSet.assemble(pages, settings: settings)
        if previous.map({ scan.templatesChanged(since: $0) }) ?? true || content.languages != themeLanguages {
            (theme, themeDiagnostics) = ThemeLoader(path: loader.templatesPath).load(languages: content.languages)
            themeLanguages = content.languages
            needsFullRender = true
        }
        var diagnostics = settingsDiagnostics + listDiagnostics + parsed.keys.sorted().flatMap { parsed[$0]!.diagnostics }
        diagnostics += setDiagnostics.map(loader.prefixed) + themeDiagnostics
        var result = LiveBuildResult(outcome: .failed, files: rendered?.files ?? [:], changedPaths: [], reparsed: reparsed,
                                     renderedPages: 0, diagnostics: diagnostics, sources: sources, duration: .zero)
        if !diagnostics.hasErrors {
            // The same rules as `check`; as in `build`, findings are warnings unless strict.
            var pipeline = BuildPipeline(loader: loader, outputPath: "")
            pipeline.strict = strict
            let (checks, findings) = checkCache.run(content, settings: settings, pipeline: pipeline)
            result.diagnostics += findings
            // A strict error fails the rebuild as it fails `build --strict`: the last good site stays.
            if !findings.hasErrors {
                do {
                    try render(content, checks: checks, into: &result)
                } catch {
                    result.diagnostics += error.diagnostics
                }
            }
        }
        result.duration = ContinuousClock.now - started
        return result
    }

    /// Re-reads settings and every page when `site.yaml` changed (it shapes how pages parse),
    /// otherwise only the content files whose stamps differ. Returns the files parsed.
    private func reread(_ scan: SourceScan, previous: SourceScan?) -> [String] {
        var files: [String]
        if previous == nil || scan.content["site.yaml"] != previous?.content["site.yaml"] {
            (settings, settingsDiagnostics, settingsSources) = loader.loadSettings()
            if let baseURL { settings.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
            let root = URL(fileURLWithPath: loader.contentPath)
            (files, listDiagnostics) = ProjectFiles.list(root: root, extensions: Self.pageExtensions, displayRoot: loader.contentPath)
            parsed = [:]
            checkCache.reset()
            needsFullRender = true
        } else {
            let changed = scan.changedContent(since: previous!).filter(Self.isPage)
            for file in changed where scan.content[file] == nil { parsed[file] = nil }
            files = changed.filter { scan.content[$0] != nil }.sorted()
        }
        for (file, result) in zip(files, loader.parseInParallel(files.map(loader.input), settings: settings)) {
            parsed[file] = result
        }
        return files
    }

    private func render(_ content: ContentSet, checks: [String: PageCheck], into result: inout LiveBuildResult) throws(TemplateErrors) {
        var builder = SiteBuilder(settings: settings, theme: theme)
        builder.tools = renders.wrap(tools.render)
        guard let last = rendered, !needsFullRender, last.content.languages == content.languages else {
            let site = try builder.build(content, checks: checks)
            let map = Dictionary(site.files.map { ($0.path, $0.contents) }, uniquingKeysWith: { _, b in b })
            let before = rendered?.files ?? [:]
            let next = Rendered(content: content, checks: checks, files: map, findings: Dictionary(grouping: site.diagnostics) { $0.location.file })
            commit(next, outcome: .full, pages: content.pages.count, changed: Set(map.keys).union(before.keys).filter { map[$0] != before[$0] },
                   into: &result)
            return
        }
        let recheck = Set(checks.keys).union(last.checks.keys).filter { !Self.same(checks[$0], last.checks[$0]) }
        let plan = RenderPlan(from: last.content, to: content, settings: settings, alsoRender: recheck)
        if plan.pages.isEmpty, plan.removed.isEmpty {
            commit(last, outcome: .unchanged, pages: 0, changed: [], into: &result)
            return
        }
        let site = try builder.build(content, checks: checks, only: RenderSelection(pages: plan.pages, siteWide: true, assets: false, lists: plan.lists))
        var next = Rendered(content: content, checks: checks, files: last.files, findings: last.findings)
        for path in plan.removed { next.files[path] = nil }
        for file in site.files { next.files[file.path] = file.contents }
        // Lists come and go with their pages (a section emptied, a term dropped, a page 2 no
        // longer needed): whatever this render did not write and no page or asset owns is gone.
        let newPlan = SitePlan(content: content, settings: settings)
        var kept = Set(site.files.map(\.path)).union(theme.assets.map(\.path)).union(newPlan.listPaths)
        for page in content.pages where !page.isSectionIndex { kept.insert(newPlan.path(of: page)) }
        for path in next.files.keys where path.hasPrefix("search/") {
            if !plan.lists.contains(.search(path.split(separator: "/").dropFirst().first.map(String.init) ?? "")) { kept.insert(path) }
        }
        for path in next.files.keys where !kept.contains(path) { next.files[path] = nil }
        for file in plan.pages.union(plan.removedFiles) { next.findings[file] = nil }
        next.findings.merge(Dictionary(grouping: site.diagnostics) { $0.location.file }) { $0 + $1 }
        let changed = plan.removed.union(next.files.keys.filter { next.files[$0] != last.files[$0] })
            .union(last.files.keys.filter { next.files[$0] == nil })
        commit(next, outcome: .incremental, pages: plan.pages.count, changed: changed, into: &result)
    }

    /// Adopts `next` as the site, unless rendering it found errors (a broken chart block, say):
    /// then the last good site stays, as a failed `build` leaves `Output/` alone.
    private func commit(_ next: Rendered, outcome: LiveBuildResult.Outcome, pages: Int, changed: Set<String>,
                        into result: inout LiveBuildResult) {
        let findings = next.findings.keys.sorted().flatMap { next.findings[$0]! }.map(loader.prefixed)
        result.diagnostics += findings
        guard !findings.hasErrors else { return }
        rendered = next
        needsFullRender = false
        result.outcome = outcome
        result.files = next.files
        result.changedPaths = changed
        result.renderedPages = pages
    }

    static func same(_ a: PageCheck?, _ b: PageCheck?) -> Bool {
        a?.figures == b?.figures && a?.findings == b?.findings
    }

    /// File text by display path: `site.yaml` and every page read so far.
    private var sources: [String: String] {
        var all = settingsSources
        for result in parsed.values { if let text = result.text { all[result.display] = text } }
        return all
    }

    static let pageExtensions: Set<String> = ["md", "markdown"]
    static func isPage(_ path: String) -> Bool {
        pageExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }
}

extension LiveBuild {
    /// Writes `files` into `outputPath` as `build` does (staging folder, then one swap), or says why not.
    public func write(_ files: [String: [UInt8]], to outputPath: String) -> Diagnostic? {
        if let problem = BuildPipeline(loader: loader, outputPath: outputPath).outputPlacementProblem() { return problem }
        do {
            try OutputPublisher(outputPath: outputPath).publish(files.keys.sorted().map { OutputFile(path: $0, contents: files[$0]!) })
            return nil
        } catch {
            return Diagnostic(.error, rule: "output", error.description, at: SourceLocation(file: outputPath, line: 0, column: 0))
        }
    }
}
