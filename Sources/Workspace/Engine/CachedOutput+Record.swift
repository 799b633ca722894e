import Content
import Site
import TextKit

extension CachedOutput {
    mutating func record(_ run: BuildExecutor.Run) {
        guard previous != nil else { return recordWhole() }
        if let searchTerms {
            SearchTermStore(outputPath: outputPath).write(searchTerms.indexed, fingerprint: fingerprint)
        }
        recordChanges(run)
    }

    /// After a full build: the cache worked out while the files were written, the figures of
    /// every page, and the search terms of every language (or none of it with `--no-cache`).
    private func recordWhole() {
        guard let recording else {
            SearchTermStore(outputPath: outputPath).remove()
            return
        }
        CacheStore(outputPath: outputPath).write(encoded: recording.value)
        if let encodingFigures {
            FigureRecordStore(outputPath: outputPath).write(encoded: encodingFigures.value)
        } else if let figureRecords {
            FigureRecordStore(outputPath: outputPath).write(figureRecords.record)
        }
        if let searchTerms {
            SearchTermStore(outputPath: outputPath).replaceAll(searchTerms.indexed, fingerprint: fingerprint)
        }
    }

    /// Records what a rebuild changed: the figures of pages read again, and the cache entries
    /// of the planned pages, of files read, of files only touched, and of files gone.
    private func recordChanges(_ run: BuildExecutor.Run) {
        guard let previous, let plan = run.sitePlan else { return }
        // Files changed or gone that left the site drop their figures.
        let left = project.fresh + removed
        let inSite = left.isEmpty ? [] : Set(project.content.pages.map(\.file))
        FigureRecordStore(outputPath: outputPath).update(
            setting: figureRecords?.record.pages ?? [:], dropping: left.filter { !inSite.contains($0) })
        var changes = changes
        let recorded = recordPages(run, plan: plan, into: &changes)
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
        changes.droppedPages += removed
        if !changes.isEmpty || changes.token != previous.token {
            CacheStore(outputPath: outputPath).record(changes, to: previous)
        }
    }

    /// New cache entries for the planned pages and the drafts read; the files they cover.
    private func recordPages(_ run: BuildExecutor.Run, plan: SitePlan, into changes: inout BuildCache.Changes)
        -> Set<String>
    {
        let recorder = CacheRecorder(pipeline: pipeline, project: project, plan: plan)
        let loadNotes = recorder.byFile(project.diagnostics)
        let renderNotes = recorder.byFile(run.rendered)
        let toRender = run.toRender ?? Set(run.planned.map(\.file))
        var recorded: Set<String> = []
        func record(_ entry: BuildCache.Page?, _ file: String) {
            recorded.insert(file)
            if let entry { changes.pages.append(entry) } else { changes.droppedPages.append(file) }
        }
        for page in run.planned {
            let file = recorder.display(page.file)
            let before = previous?.pages[page.file]
            let notes = project.reused.contains(page.file) ? before?.loadNotes ?? [] : loadNotes[file] ?? []
            let rendered = toRender.contains(page.file) ? renderNotes[file] ?? [] : before?.renderNotes ?? []
            record(
                recorder.entry(
                    page, included: true, check: run.checks[page.file], loadNotes: notes, renderNotes: rendered),
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
}
