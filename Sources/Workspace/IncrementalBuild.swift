import Content
import Foundation
import Site
import TextKit

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
    let renders: RenderCache

    func run() -> BuildReport {
        var project = self.project
        let loader = pipeline.loader
        func display(_ file: String) -> String { ProjectFiles.join(loader.contentPath, file) }

        // What changed: files read afresh, and files that are gone.
        let changed = project.fresh
        let changedPages = project.freshPages
        let removed = removedFiles(project)
        var impact = ChangeImpact(changed: changedPages, previousKeys: (changed + removed).compactMap { previous.pages[$0]?.translationKey })
        let keepsListings = listingsUnchanged(changed: changedPages, removed: removed, project: project)
        let searchLanguages = keepsListings ? searchChanged(changedPages, project: project) : []
        var lists = Set(searchLanguages.map(ListKey.search))
        if !keepsListings {
            // Pages whose breadcrumbs or neighbours moved are rendered again, and the sections'
            // own texts are read, since their lists are.
            let plan = SitePlan(content: project.content, settings: project.settings)
            for page in project.content.pages
            where page.isSectionIndex || BuildFingerprint.navigation(of: page, plan: plan) != previous.pages[page.file]?.navigationKey {
                impact.translationKeys.insert(page.translationKey)
            }
            lists = affectedLists(changed: changedPages, removed: removed + changed, plan: plan)
        }

        // The other versions in a touched group are parsed too: the translation checks compare them.
        let touched = impact.pages(in: project.content)
        let standIns = touched.filter { project.reused.contains($0.file) }
        for (standIn, result) in zip(standIns, loader.loadPages(standIns.map(\.file), settings: project.settings)) {
            // Unchanged by its hash a moment ago; if it cannot be loaded now, start over.
            guard let page = result.page, page.translationKey == standIn.translationKey,
                  let index = project.content.groups[page.translationKey]?.first(where: { project.content.pages[$0].file == page.file }) else {
                var full = pipeline
                full.incremental = true
                CacheStore(outputPath: pipeline.outputPath).remove()
                return full.run()
            }
            project.content.pages[index] = page
            if let text = result.text { project.sources[display(page.file)] = text }
        }
        // Stand-ins read again lack the sourceHash git history gave them when the project was loaded.
        if !standIns.isEmpty {
            let all = project.content.pages
            GitTranslationHistory.apply(to: &project.content.pages, all: all, contentPath: loader.contentPath)
        }
        let touchedPages = impact.pages(in: project.content)
        let touchedFiles = Set(touchedPages.map(\.file))

        // Files not read again report what they reported before; only cache entries with notes can.
        let leftOut = Set(project.leftOut.map(\.file))
        let notedReused = previous.noted.filter { project.reused.contains($0) }.sorted()
        var diagnostics = project.diagnostics
        for file in notedReused { diagnostics += previous.pages[file]?.loadNotes ?? [] }
        if let problem = pipeline.outputPlacementProblem() { diagnostics.append(problem) }
        var report = BuildReport(diagnostics: diagnostics, pagesPerLanguage: pipeline.counts(project.content), published: false,
                                 sources: project.sources)
        // Checks: the touched groups afresh, every other page as recorded.
        let (subset, _) = ContentSet.assemble(touchedPages, settings: project.settings)
        let figureRecords = FigureRecordCollector()
        let (checks, findings) = pipeline.runChecks(subset, settings: project.settings, collecting: figureRecords)
        report.diagnostics += findings
        for file in notedReused where !touchedFiles.contains(file) && !leftOut.contains(file) {
            report.diagnostics += previous.pages[file]?.findings ?? []
        }
        guard !report.diagnostics.hasErrors else {
            report.diagnostics += MermaidValidation.diagnostics(for: touchedPages).map(pipeline.loader.prefixed)
            return withSources(report, project)
        }

        // Rendering: the touched pages whose inputs differ from the recorded ones, and the
        // site-wide files only when what they list changed.
        let plan = SitePlan(content: project.content, settings: project.settings)
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
            site = try pipeline.siteBuilder(project, renders: renders)
                .build(project.content, checks: checks, only: RenderSelection(pages: toRender, siteWide: !lists.isEmpty, assets: true, lists: lists),
                       plan: plan)
        } catch {
            report.diagnostics += error.diagnostics
            return report
        }
        let rendered = site.diagnostics.map(loader.prefixed)
        report.diagnostics += rendered
        for file in notedReused where !toRender.contains(file) && !leftOut.contains(file) {
            report.diagnostics += previous.pages[file]?.renderNotes ?? []
        }
        guard !rendered.hasErrors else { return withSources(report, project) }

        // Output: only files whose bytes differ are written; pages no longer built are removed.
        var changes = BuildCache.Changes(token: previous.token)
        var writes: [OutputFile] = []
        for (file, hash) in zip(site.files, CacheRecorder.hashes(of: site.files)) where previous.outputs[file.path] != hash {
            writes.append(file)
            changes.outputs.append((file.path, hash))
        }
        // Unchanged listings mean no page moved or went, so only search shards can have gone
        // (a language's index may need fewer of them).
        if keepsListings {
            let written = Set(site.files.map(\.path))
            let folders = searchLanguages.map { plan.searchFolder($0) + "/" }
            changes.droppedOutputs = previous.outputs.keys.filter { path in
                !written.contains(path) && folders.contains { path.hasPrefix($0) }
            }.sorted()
        } else if !lists.isEmpty {
            // Lists not rendered again are still the site's, and so are the search shards of
            // languages whose search was not rebuilt.
            var expected = Set(site.files.map(\.path)).union(plan.listPaths)
            for page in project.content.pages { expected.insert(plan.path(of: page)) }
            for path in previous.outputs.keys where path.hasPrefix("search/") {
                let language = path.split(separator: "/").dropFirst().first.map(String.init) ?? ""
                if !lists.contains(.search(language)) { expected.insert(path) }
            }
            changes.droppedOutputs = previous.outputs.keys.filter { !expected.contains($0) }.sorted()
        }
        if !writes.isEmpty || !changes.droppedOutputs.isEmpty {
            changes.token = BuildPipeline.newToken()
            pipeline.progress?.begin(.writing)
            do {
                try OutputPublisher(outputPath: pipeline.outputPath).publishChanges(writes, removing: changes.droppedOutputs,
                                                                                     buildToken: changes.token)
            } catch {
                report.diagnostics.append(Diagnostic(.error, rule: "output", "\(error)", at: SourceLocation(file: pipeline.outputPath, line: 0, column: 0)))
                return withSources(report, project)
            }
        }
        report.published = true
        // Pages read again replace their figures; files changed or gone that left the site drop theirs.
        let left = changed + removed
        let inSite = left.isEmpty ? [] : Set(project.content.pages.map(\.file))
        FigureRecordStore(outputPath: pipeline.outputPath).update(setting: figureRecords.record.pages, dropping: left.filter { !inSite.contains($0) })

        // The cache: new entries for the files read, today's stamps for files that were only touched.
        let recorder = CacheRecorder(pipeline: pipeline, project: project, plan: plan)
        let loadNotes = recorder.byFile(project.diagnostics)
        let renderNotes = recorder.byFile(rendered)
        var recorded: Set<String> = []
        func record(_ entry: BuildCache.Page?, _ file: String) {
            recorded.insert(file)
            if let entry { changes.pages.append(entry) } else { changes.droppedPages.append(file) }
        }
        for page in touchedPages {
            let file = display(page.file)
            let notes = project.reused.contains(page.file) ? previous.pages[page.file]?.loadNotes ?? [] : loadNotes[file] ?? []
            let renderedNotes = toRender.contains(page.file) ? renderNotes[file] ?? [] : previous.pages[page.file]?.renderNotes ?? []
            record(recorder.entry(page, included: true, check: checks[page.file], loadNotes: notes, renderNotes: renderedNotes), page.file)
        }
        for page in project.leftOut where !project.reused.contains(page.file) {
            record(recorder.entry(page, included: false, check: nil, loadNotes: loadNotes[display(page.file)] ?? [], renderNotes: []), page.file)
        }
        for file in project.restamped where !recorded.contains(file) {
            if var entry = previous.pages[file], let stamp = project.files[file]?.stamp, stamp != entry.stamp {
                entry.stamp = stamp
                changes.pages.append(entry)
            }
        }
        // Files that were read but gave no page, and files that are gone.
        for file in changed where !recorded.contains(file) && previous.pages[file] != nil { changes.droppedPages.append(file) }
        changes.droppedPages += removed
        if !changes.isEmpty || changes.token != previous.token {
            CacheStore(outputPath: pipeline.outputPath).record(changes, to: previous)
        }
        report.diagnostics += pipeline.finishRendering(renders: renders, keepingEarlier: true)
        return withSources(report, project)
    }

    /// The lists the changed pages appear on, as they are now and as they were; every language's
    /// index too, whose first page lists the reports missing in it.
    private func affectedLists(changed: [Page], removed: [String], plan: SitePlan) -> Set<ListKey> {
        let languages = plan.content.languages
        var keys = Set(languages.map(ListKey.index))
        for page in changed {
            let terms = plan.settings.taxonomies.flatMap { t in page.frontMatter.terms(t).map { (taxonomy: t, term: $0) } }
            keys.formUnion(ListKey.lists(language: page.language, directory: page.directory, terms: terms, languages: languages))
            if page.isSectionIndex { keys.formUnion(ListKey.lists(ofSectionIndexIn: page.directory, language: page.language, plan: plan)) }
        }
        for file in removed {
            guard let before = previous.pages[file] else { continue }
            keys.formUnion(ListKey.lists(language: before.language, directory: before.directory, terms: before.terms, languages: languages))
            if file.split(separator: "/").last.map({ $0.hasPrefix("_index.") || $0.hasPrefix("index.") }) == true {
                keys.formUnion(ListKey.lists(ofSectionIndexIn: before.directory, language: before.language, plan: plan))
            }
        }
        return keys
    }

    /// Files the last build recorded that are no longer listed.
    private func removedFiles(_ project: LoadedProject) -> [String] {
        // Every reused file is in the cache; when they and the fresh files the cache knows
        // account for all of it, nothing is gone, and 10,000 lookups are saved.
        let known = project.reused.count + project.fresh.count { previous.pages[$0] != nil }
        guard known != previous.pages.count else { return [] }
        let listed = Set(project.listed)
        return previous.pages.keys.filter { !listed.contains($0) }.sorted()
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
                  before.draft == page.isDraft, before.weight == page.frontMatter.weight, !page.isSectionIndex,
                  before.terms.map({ "\($0.taxonomy)\u{1F}\($0.term)" })
                    == project.settings.taxonomies.flatMap({ t in page.frontMatter.terms(t).map { "\(t)\u{1F}\($0)" } }) else { return false }
        }
        return true
    }

    /// The languages whose search index shows a changed page's text differently: an edit to
    /// the text alone re-renders their search and nothing else that lists pages.
    private func searchChanged(_ changed: [Page], project: LoadedProject) -> Set<String> {
        Set(changed.filter { previous.pages[$0.file]?.searchText != SearchText.of($0, includeCode: project.settings.searchCode) }.map(\.language))
    }

    /// Pages reported on from the cache were not read; their text is, so messages can quote it.
    private func withSources(_ report: BuildReport, _ project: LoadedProject) -> BuildReport {
        var report = report
        // A content file's name in messages is also the path it is read from.
        let prefix = ProjectFiles.join(pipeline.loader.contentPath, "x").dropLast()
        for shown in Set(report.diagnostics.map(\.location.file)) where report.sources[shown] == nil && shown.hasPrefix(prefix) {
            guard project.reused.contains(String(shown.dropFirst(prefix.count))),
                  case .success(let text) = ProjectFiles.readText(path: shown, display: shown) else { continue }
            report.sources[shown] = text
        }
        return report
    }
}
