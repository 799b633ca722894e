import Content
import Foundation
import Site
import TextKit

/// A build that starts from the cache of the last one: unchanged files are neither read nor
/// parsed, only the translation groups a change touches are checked again, only pages whose
/// inputs changed are rendered, and only output files whose bytes changed are written.
///
/// What to redo is `RebuildPlan`'s answer, shared with `serve`; this type does the reading,
/// checking, rendering, publishing and recording it asks for, in that order. Its output is
/// byte for byte a full build's; lists are rebuilt from the summaries of unchanged pages.
struct IncrementalBuild {
    let pipeline: BuildPipeline
    var project: LoadedProject
    let previous: BuildCache
    let fingerprint: ContentHash
    let renders: RenderCache

    /// What one run has worked out so far, handed from step to step.
    private struct Progress {
        var rebuild: RebuildPlan
        var removed: [String]
        /// The pages of the planned groups, every one read.
        var planned: [Page] = []
        var checks: [String: PageCheck] = [:]
        var figureRecords = FigureRecordCollector()
        var plan: SitePlan?
        var toRender: Set<String> = []
        var rendered: [Diagnostic] = []
        var changes: BuildCache.Changes
    }

    mutating func run() -> BuildReport {
        let removed = removedFiles(project)
        let rebuild = RebuildPlan(
            store: previous, read: project.fresh, changed: project.freshPages, leftOut: leftOut, removed: removed,
            content: project.content, settings: project.settings)
        guard readUnreadPages(rebuild.pages(in: project.content)) else {
            // Unchanged by its hash a moment ago, a file could not be read as recorded: start over.
            CacheStore(outputPath: pipeline.outputPath).remove()
            return pipeline.run()
        }
        var progress = Progress(rebuild: rebuild, removed: removed, changes: BuildCache.Changes(token: previous.token))
        progress.planned = rebuild.pages(in: project.content)
        var report = check(&progress)
        guard !report.diagnostics.hasErrors else {
            // Nothing is drawn, but a broken diagram is still worth knowing about now.
            report.diagnostics += MermaidValidation.diagnostics(for: progress.planned).map(pipeline.loader.prefixed)
            return withSources(report)
        }
        let site: SiteBuild
        let searchStore = SearchTermStore(outputPath: pipeline.outputPath)
        let searchTerms = SearchTermCollector()
        do {
            site = try render(
                &progress, searchTerms: searchTerms.memory(reading: searchStore, fingerprint: fingerprint))
        } catch {
            report.diagnostics += error.diagnostics
            return report
        }
        report.diagnostics += progress.rendered + reusedNotes(\.renderNotes, except: progress.toRender)
        guard !progress.rendered.hasErrors else { return withSources(report) }
        if let failure = publish(site, &progress) {
            report.diagnostics.append(failure)
            return withSources(report)
        }
        report.published = true
        searchStore.write(searchTerms.indexed, fingerprint: fingerprint)
        record(&progress)
        report.diagnostics += pipeline.finishRendering(renders: renders, keepingEarlier: true)
        return withSources(report)
    }

    private var leftOut: Set<String> { Set(project.leftOut.map(\.file)) }

    /// Files not read again that the last build had notes or findings on, the only ones whose
    /// messages a rebuild repeats without reading them.
    private var notedReused: [String] { previous.noted.filter { project.reused.contains($0) }.sorted() }

    /// What the last build reported on files not read again, as `notes` picks it, leaving out
    /// the files in `except` (they are reported afresh) and, unless loading is asked for, drafts
    /// left out (they were neither checked nor rendered).
    private func reusedNotes(_ notes: KeyPath<BuildCache.Page, [Diagnostic]>, except: Set<String>) -> [Diagnostic] {
        let skipped = notes == \BuildCache.Page.loadNotes ? except : except.union(leftOut)
        return notedReused.filter { !skipped.contains($0) }.flatMap { previous.pages[$0]?[keyPath: notes] ?? [] }
    }

    /// Reads in full the pages of `planned` made from summaries: the translation checks compare
    /// a group's versions, so every version is parsed. False when one cannot be read as it was.
    private mutating func readUnreadPages(_ planned: [Page]) -> Bool {
        let unread = planned.filter { project.reused.contains($0.file) }
        guard !unread.isEmpty else { return true }
        let loader = pipeline.loader
        for (summary, result) in zip(unread, loader.loadPages(unread.map(\.file), settings: project.settings)) {
            guard let page = result.page, page.translationKey == summary.translationKey,
                let index = project.content.groups[page.translationKey]?.first(where: {
                    project.content.pages[$0].file == page.file
                })
            else { return false }
            project.content.pages[index] = page
            if let text = result.text { project.sources[ProjectFiles.join(loader.contentPath, page.file)] = text }
        }
        // Pages read now lack the sourceHash git history gave the others when the project was loaded.
        let all = project.content.pages
        GitTranslationHistory.apply(to: &project.content.pages, all: all, contentPath: loader.contentPath)
        return true
    }

    /// The report so far: loading, output placement, and the checks of the planned groups with
    /// every other page's findings as recorded.
    private func check(_ progress: inout Progress) -> BuildReport {
        var diagnostics = project.diagnostics + reusedNotes(\.loadNotes, except: [])
        if let problem = pipeline.outputPlacementProblem() { diagnostics.append(problem) }
        var report = BuildReport(
            diagnostics: diagnostics, pagesPerLanguage: pipeline.counts(project.content), published: false,
            sources: project.sources)
        let findings: [Diagnostic]
        (progress.checks, findings) = pipeline.checks.groups(
            progress.planned, of: project.content, settings: project.settings,
            collecting: progress.figureRecords)
        report.diagnostics += findings + reusedNotes(\.findings, except: Set(progress.planned.map(\.file)))
        return report
    }

    /// Renders the planned pages whose inputs differ from the recorded ones, and the lists the
    /// plan names.
    private func render(_ progress: inout Progress, searchTerms: SearchTermMemory) throws(TemplateErrors) -> SiteBuild {
        let plan = SitePlan(content: project.content, settings: project.settings)
        var keys: [String: ContentHash] = [:]
        for page in progress.planned {
            guard let hash = project.files[page.file]?.hash else { continue }
            keys[page.file] = BuildFingerprint.page(page, hash: hash, plan: plan, check: progress.checks[page.file])
        }
        progress.toRender = RebuildPlan.pagesToRender(progress.planned, keys: keys) { page in
            previous.outputs[plan.path(of: page)] == nil ? nil : previous.pages[page.file]?.renderKey
        }
        progress.plan = plan
        let lists = progress.rebuild.lists
        let site = try pipeline.siteBuilder(project, renders: renders, searchTerms: searchTerms)
            .build(
                project.content, checks: progress.checks,
                only: RenderSelection(pages: progress.toRender, siteWide: !lists.isEmpty, assets: true, lists: lists),
                plan: plan)
        progress.rendered = site.diagnostics.map(pipeline.loader.prefixed)
        return site
    }

    /// Writes the files whose bytes differ and removes those no longer made; the error, if it failed.
    private func publish(_ site: SiteBuild, _ progress: inout Progress) -> Diagnostic? {
        var writes: [OutputFile] = []
        for (file, hash) in zip(site.files, CacheRecorder.hashes(of: site.files))
        where previous.outputs[file.path] != hash {
            writes.append(file)
            progress.changes.outputs.append((file.path, hash))
        }
        progress.changes.droppedOutputs = progress.rebuild.staleOutputs(
            previous.outputs.keys, written: Set(site.files.map(\.path)),
            plan: progress.plan!)
        guard !writes.isEmpty || !progress.changes.droppedOutputs.isEmpty else { return nil }
        progress.changes.token = BuildPipeline.newToken()
        pipeline.progress?.begin(.writing)
        do {
            try OutputPublisher(outputPath: pipeline.outputPath).publishChanges(
                writes, removing: progress.changes.droppedOutputs,
                buildToken: progress.changes.token)
            return nil
        } catch {
            return Diagnostic(
                .error, rule: "output", "\(error)", at: SourceLocation(file: pipeline.outputPath, line: 0, column: 0))
        }
    }

    /// Records what changed: the figures of pages read again, and the cache entries of the
    /// planned pages, of files read, of files only touched, and of files gone.
    private func record(_ progress: inout Progress) {
        // Files changed or gone that left the site drop their figures.
        let left = project.fresh + progress.removed
        let inSite = left.isEmpty ? [] : Set(project.content.pages.map(\.file))
        FigureRecordStore(outputPath: pipeline.outputPath).update(
            setting: progress.figureRecords.record.pages,
            dropping: left.filter { !inSite.contains($0) })
        var changes = progress.changes
        let recorded = recordPages(progress, into: &changes)
        for file in project.restamped where !recorded.contains(file) {
            if var entry = previous.pages[file], let stamp = project.files[file]?.stamp, stamp != entry.stamp {
                entry.stamp = stamp
                changes.pages.append(entry)
            }
        }
        // Files that were read but gave no page, and files that are gone.
        for file in project.fresh where !recorded.contains(file) && previous.pages[file] != nil {
            changes.droppedPages.append(file)
        }
        changes.droppedPages += progress.removed
        if !changes.isEmpty || changes.token != previous.token {
            CacheStore(outputPath: pipeline.outputPath).record(changes, to: previous)
        }
    }

    /// New cache entries for the planned pages and the drafts read; the files they cover.
    private func recordPages(_ progress: Progress, into changes: inout BuildCache.Changes) -> Set<String> {
        let recorder = CacheRecorder(pipeline: pipeline, project: project, plan: progress.plan!)
        let loadNotes = recorder.byFile(project.diagnostics)
        let renderNotes = recorder.byFile(progress.rendered)
        var recorded: Set<String> = []
        func record(_ entry: BuildCache.Page?, _ file: String) {
            recorded.insert(file)
            if let entry { changes.pages.append(entry) } else { changes.droppedPages.append(file) }
        }
        for page in progress.planned {
            let file = recorder.display(page.file)
            let before = previous.pages[page.file]
            let notes = project.reused.contains(page.file) ? before?.loadNotes ?? [] : loadNotes[file] ?? []
            let rendered = progress.toRender.contains(page.file) ? renderNotes[file] ?? [] : before?.renderNotes ?? []
            record(
                recorder.entry(
                    page, included: true, check: progress.checks[page.file], loadNotes: notes, renderNotes: rendered),
                page.file)
        }
        for page in project.leftOut where !project.reused.contains(page.file) {
            record(
                recorder.entry(
                    page, included: false, check: nil, loadNotes: loadNotes[recorder.display(page.file)] ?? [],
                    renderNotes: []), page.file)
        }
        return recorded
    }

    /// Files the last build recorded that are no longer listed.
    private func removedFiles(_ project: LoadedProject) -> [String] {
        // Every reused file is in the cache; when they and the fresh files the cache knows
        // account for all of it, nothing is gone, and no file needs looking up.
        let known = project.reused.count + project.fresh.count { previous.pages[$0] != nil }
        guard known != previous.pages.count else { return [] }
        let listed = Set(project.listed)
        return previous.pages.keys.filter { !listed.contains($0) }.sorted()
    }

    /// Pages reported on from the cache were not read; their text is, so messages can quote it.
    private func withSources(_ report: BuildReport) -> BuildReport {
        var report = report
        // A content file's name in messages is also the path it is read from.
        let prefix = ProjectFiles.join(pipeline.loader.contentPath, "x").dropLast()
        for shown in Set(report.diagnostics.map(\.location.file))
        where report.sources[shown] == nil && shown.hasPrefix(prefix) {
            guard project.reused.contains(String(shown.dropFirst(prefix.count))),
                case .success(let text) = ProjectFiles.readText(path: shown, display: shown)
            else { continue }
            report.sources[shown] = text
        }
        return report
    }
}
