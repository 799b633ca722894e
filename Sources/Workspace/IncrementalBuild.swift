import Content
import Foundation
import Site

/// A build that starts from the cache of the last one: unchanged files are neither read nor
/// parsed, only the translation groups a change touches are checked again, only pages whose
/// inputs changed are rendered, and only output files whose bytes changed are written.
///
/// Its output is byte for byte a full build's; the indexes, feeds and sitemap are always
/// rebuilt, from the cached metadata of unchanged pages.
struct IncrementalBuild {
    let pipeline: BuildPipeline
    var project: LoadedProject
    let previous: BuildCache
    let fingerprint: ContentHash

    func run() -> BuildReport {
        var project = self.project
        let loader = pipeline.loader
        func display(_ file: String) -> String { ProjectFiles.join(loader.contentPath, file) }

        // What changed: files read afresh, and files that are gone.
        let listed = Set(project.listed)
        let changed = project.listed.filter { !project.reused.contains($0) }
        let removed = previous.pages.keys.filter { !listed.contains($0) }
        let changedPages = (project.content.pages + project.leftOut).filter { !project.reused.contains($0.file) }
        let impact = ChangeImpact(changed: changedPages, previousKeys: (changed + removed).compactMap { previous.pages[$0]?.translationKey })

        // The other versions in a touched group are parsed too: the translation checks compare them.
        var indexOf: [String: Int] = [:]
        let touched = impact.pages(in: project.content)
        let standIns = touched.filter { project.reused.contains($0.file) }
        if !standIns.isEmpty {
            for (i, page) in project.content.pages.enumerated() { indexOf[page.file] = i }
            for (standIn, result) in zip(standIns, loader.loadPages(standIns.map(\.file), settings: project.settings)) {
                // Unchanged by its hash a moment ago; if it cannot be loaded now, start over.
                guard let page = result.page, page.translationKey == standIn.translationKey else {
                    var full = pipeline
                    full.incremental = true
                    CacheStore(outputPath: pipeline.outputPath).remove()
                    return full.run()
                }
                project.content.pages[indexOf[page.file]!] = page
                if let text = result.text { project.sources[display(page.file)] = text }
            }
        }
        let touchedPages = impact.pages(in: project.content)
        let touchedFiles = Set(touchedPages.map(\.file))

        var diagnostics = project.diagnostics
        for file in project.reused { diagnostics += previous.pages[file]?.loadNotes ?? [] }
        if let problem = pipeline.outputPlacementProblem() { diagnostics.append(problem) }
        var report = BuildReport(diagnostics: diagnostics, pagesPerLanguage: pipeline.counts(project.content), published: false,
                                 sources: project.sources)
        // Checks: the touched groups afresh, every other page as recorded.
        let (subset, _) = ContentSet.assemble(touchedPages, settings: project.settings)
        let (checks, findings) = pipeline.runChecks(subset)
        report.diagnostics += findings
        for page in project.content.pages where !touchedFiles.contains(page.file) {
            report.diagnostics += previous.pages[page.file]?.findings ?? []
        }
        guard !report.diagnostics.hasErrors else { return withSources(report, project) }

        // Rendering: the touched pages whose inputs differ from the recorded ones, and the
        // site-wide files only when what they list changed.
        let plan = SitePlan(content: project.content, settings: project.settings)
        let keepsListings = listingsUnchanged(changed: changedPages, removed: removed, project: project)
        var keys: [String: ContentHash] = [:]
        for page in touchedPages {
            guard let hash = project.files[page.file]?.hash else { continue }
            keys[page.file] = BuildFingerprint.page(page, hash: hash, plan: plan, check: checks[page.file])
        }
        let toRender = Set(touchedPages.filter { page in
            keys[page.file] == nil || keys[page.file] != previous.pages[page.file]?.renderKey || previous.outputs[plan.path(of: page)] == nil
        }.map(\.file))
        let site: SiteBuild
        do {
            site = try SiteBuilder(settings: project.settings, theme: project.theme)
                .build(project.content, checks: checks, only: RenderSelection(pages: toRender, siteWide: !keepsListings, assets: true))
        } catch {
            report.diagnostics += error.diagnostics
            return report
        }
        let rendered = site.diagnostics.map(loader.prefixed)
        report.diagnostics += rendered
        for page in project.content.pages where !toRender.contains(page.file) {
            report.diagnostics += previous.pages[page.file]?.renderNotes ?? []
        }
        guard !rendered.hasErrors else { return withSources(report, project) }

        // Output: only files whose bytes differ are written; pages no longer built are removed.
        var outputs = previous.outputs
        var writes: [OutputFile] = []
        for (file, hash) in zip(site.files, CacheRecorder.hashes(of: site.files)) where outputs[file.path] != hash {
            writes.append(file)
            outputs[file.path] = hash
        }
        var expected = Set(site.files.map(\.path))
        if keepsListings { expected.formUnion(plan.siteWidePaths) }
        for page in project.content.pages { expected.insert(plan.path(of: page)) }
        let gone = outputs.keys.filter { !expected.contains($0) }.sorted()
        for path in gone { outputs[path] = nil }
        var token = previous.token
        if !writes.isEmpty || !gone.isEmpty {
            token = BuildPipeline.newToken()
            do {
                try OutputPublisher(outputPath: pipeline.outputPath).publishChanges(writes, removing: gone, buildToken: token)
            } catch {
                report.diagnostics.append(Diagnostic(.error, rule: "output", "\(error)", at: SourceLocation(file: pipeline.outputPath, line: 0, column: 0)))
                return withSources(report, project)
            }
        }
        report.published = true

        // The cache: recorded entries for untouched files (with today's stamps), new ones for the rest.
        let recorder = CacheRecorder(pipeline: pipeline, project: project)
        let loadNotes = recorder.byFile(project.diagnostics)
        let renderNotes = recorder.byFile(rendered)
        var cache = BuildCache(fingerprint: fingerprint, token: token)
        cache.outputs = outputs
        var stampsMoved = false
        for file in project.listed {
            if project.reused.contains(file), !touchedFiles.contains(file), var entry = previous.pages[file] {
                if let stamp = project.files[file]?.stamp, stamp != entry.stamp {
                    entry.stamp = stamp
                    stampsMoved = true
                }
                cache.pages[file] = entry
            }
        }
        for page in touchedPages {
            let file = display(page.file)
            let notes = project.reused.contains(page.file) ? previous.pages[page.file]?.loadNotes ?? [] : loadNotes[file] ?? []
            let renderedNotes = toRender.contains(page.file) ? renderNotes[file] ?? [] : previous.pages[page.file]?.renderNotes ?? []
            cache.pages[page.file] = recorder.entry(page, included: true, check: checks[page.file], loadNotes: notes, renderNotes: renderedNotes)
        }
        for page in project.leftOut where !project.reused.contains(page.file) {
            cache.pages[page.file] = recorder.entry(page, included: false, check: nil, loadNotes: loadNotes[display(page.file)] ?? [], renderNotes: [])
        }
        if !changed.isEmpty || !removed.isEmpty || stampsMoved || token != previous.token {
            CacheStore(outputPath: pipeline.outputPath).write(cache)
        }
        return withSources(report, project)
    }

    /// Whether the language indexes, feeds, picker, 404 page and sitemap would come out as they
    /// are: they show pages by their metadata alone, so an edit to a page's text leaves them.
    private func listingsUnchanged(changed: [Page], removed: [String], project: LoadedProject) -> Bool {
        guard removed.isEmpty else { return false }
        let leftOut = Set(project.leftOut.map(\.file))
        for page in changed {
            guard let before = previous.pages[page.file] else { return false }
            let wasIncluded = before.renderKey != ContentHash()
            guard wasIncluded != leftOut.contains(page.file), before.language == page.language,
                  before.translationKey == page.translationKey, before.directory == page.directory, before.slug == page.slug,
                  before.title == page.title, before.date == page.date, before.summary == page.frontMatter.summary,
                  before.draft == page.isDraft else { return false }
        }
        return true
    }

    /// Pages reported on from the cache were not read; their text is, so messages can quote it.
    private func withSources(_ report: BuildReport, _ project: LoadedProject) -> BuildReport {
        var report = report
        let contentURL = URL(fileURLWithPath: pipeline.loader.contentPath)
        let files = Set(report.diagnostics.map(\.location.file))
        for file in project.reused {
            let shown = ProjectFiles.join(pipeline.loader.contentPath, file)
            guard files.contains(shown), report.sources[shown] == nil,
                  case .success(let text) = ProjectFiles.readText(contentURL.appendingPathComponent(file), display: shown) else { continue }
            report.sources[shown] = text
        }
        return report
    }
}
