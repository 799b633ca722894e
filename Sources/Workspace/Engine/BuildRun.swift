import Content
import Foundation
import Site
import TextKit

/// One `sitegen build` of a loaded project: a full build, or a rebuild from the cache of the
/// last one, where unchanged files are neither read nor parsed, only the translation groups a
/// change touches are checked again, only pages whose inputs changed are rendered, and only
/// output files whose bytes changed are written.
///
/// What to redo is `BuildPlan`'s answer (everything without a previous cache), and
/// `BuildExecutor` does it with the output folder and `.sitegen-cache/` as its store
/// (`CachedOutput`), as `serve` does with its store in memory. This type reads the pages a
/// rebuild's plan needs in full and turns the run into the build's report. A rebuild's output
/// is byte for byte a full build's; lists are rebuilt from the summaries of unchanged pages.
struct BuildRun {
    let pipeline: BuildPipeline
    var project: LoadedProject
    /// The last build's cache; nil for a full build.
    let previous: BuildCache?
    let fingerprint: ContentHash
    let renders: RenderCache

    mutating func run() -> BuildReport {
        let removed = previous.map { CachedOutput.removedFiles(project, previous: $0) } ?? []
        let plan = BuildPlan(
            previous: previous, read: project.fresh, changed: project.freshPages,
            leftOut: Set(project.leftOut.map(\.file)), removed: removed, content: project.content,
            settings: project.settings)
        guard readUnreadPages(plan.pagesToCheck(in: project.content)) else {
            // Unchanged by its hash a moment ago, a file could not be read as recorded: start over.
            CacheStore(outputPath: pipeline.outputPath).remove()
            return pipeline.run()
        }
        var store = CachedOutput(
            pipeline: pipeline, project: project, previous: previous, fingerprint: fingerprint, removed: removed)
        var report = BuildReport(
            diagnostics: project.diagnostics + store.reusedNotes(\.loadNotes, except: []),
            pagesPerLanguage: pipeline.counts(project.content), published: false, sources: project.sources)
        if let problem = pipeline.outputPlacementProblem() { report.diagnostics.append(problem) }
        let executor = BuildExecutor(
            checking: pipeline.checks,
            builder: pipeline.siteBuilder(project, renders: renders, searchTerms: store.searchMemory),
            prefixed: pipeline.loader.prefixed, figureRecords: store.figureRecords, progress: pipeline.progress)
        let (run, findings) = executor.run(
            project.content, plan: plan, settings: project.settings, reported: report.diagnostics, store: &store)
        report.diagnostics += findings
        let finished = finish(report, run, store: store)
        // The store holds the whole site's files and records: the exit reclaims them at once.
        if pipeline.endsTheProcess { LeftForExit.keep((store, run)) }
        return finished
    }

    /// The report once the executor stopped or published.
    private func finish(_ report: BuildReport, _ run: BuildExecutor.Run, store: CachedOutput) -> BuildReport {
        var report = report
        switch run.stage {
        case .checkFailed:
            // Nothing is drawn, but a broken diagram is still worth knowing about now.
            report.diagnostics += MermaidValidation.diagnostics(for: run.planned).map(pipeline.loader.prefixed)
            return withSources(report)
        case .renderFailed where !run.failure.isEmpty:
            report.diagnostics += run.failure
            return report
        case .renderFailed, .publishFailed, .published:
            // Problems found while rendering (chart blocks) stop the build like loading errors do.
            let toRender = run.toRender ?? Set(run.planned.map(\.file))
            report.diagnostics += run.rendered + store.reusedNotes(\.renderNotes, except: toRender)
            report.diagnostics += run.failure
            guard run.stage == .published else { return withSources(report) }
            report.published = true
            report.diagnostics += pipeline.finishRendering(renders: renders, keepingEarlier: previous != nil)
            return withSources(report)
        }
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

    /// Pages reported on from the cache were not read; their text is, so messages can quote it.
    private func withSources(_ report: BuildReport) -> BuildReport {
        guard !project.reused.isEmpty else { return report }
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
