import Content
import Site
import TextKit

/// The one executor of a `BuildPlan`, behind `build` (a full build and a rebuild from its
/// cache alike) and `serve`: checks the planned pages, renders what they change, works out
/// which output files differ from the store's, then has the store publish and record them.
/// The commands differ in their store alone (`BuildStore`).
struct BuildExecutor {
    var checking: SiteChecks
    var builder: SiteBuilder
    /// Names a file in a rendering problem as the user does.
    var prefixed: @Sendable (Diagnostic) -> Diagnostic
    var figureRecords: FigureRecordCollector?
    var progress: BuildProgress?

    /// Where a run stopped.
    enum Stage: Equatable {
        /// A check or something reported before it found an error: nothing was rendered.
        case checkFailed
        /// The templates or a page's rendering found an error: nothing was published.
        case renderFailed
        case publishFailed
        case published
    }

    /// What one run did, step by step.
    struct Run {
        var plan: BuildPlan
        /// The site being built.
        var content: ContentSet
        /// The pages checked (every page when all are).
        var planned: [Page]
        var checks: [String: PageCheck] = [:]
        /// The findings of the pages checked.
        var findings: [Diagnostic] = []
        var sitePlan: SitePlan?
        /// The pages rendered; nil when every page was.
        var toRender: Set<String>?
        var files: [OutputFile] = []
        /// What rendering found, naming page files, and the same named as the user does.
        var renderFindings: [Diagnostic] = []
        var rendered: [Diagnostic] = []
        var changes = OutputChanges()
        var stage = Stage.checkFailed
        /// What stopped the run when the templates or publishing failed.
        var failure: [Diagnostic] = []
    }

    /// Runs `plan` on `content`, stopping before rendering when `reported` or the checks hold
    /// an error, and before publishing when rendering found one. Returns what it did and
    /// every check finding the store knows of.
    func run(
        _ content: ContentSet, plan: BuildPlan, settings: SiteSettings, reported: [Diagnostic],
        store: inout some BuildStore
    ) -> (run: Run, findings: [Diagnostic]) {
        var run = Run(plan: plan, content: content, planned: plan.pagesToCheck(in: content))
        (run.checks, run.findings) =
            plan.checks == nil
            ? checking.run(content, settings: settings, collecting: figureRecords)
            : checking.groups(run.planned, of: content, settings: settings, collecting: figureRecords)
        let (findings, checks) = store.checked(run)
        guard !(reported + findings).hasErrors else { return (run, findings) }
        do {
            try render(content, checks: checks, into: &run, store: store)
        } catch {
            run.failure = error.diagnostics
            run.stage = .renderFailed
            return (run, findings)
        }
        guard !run.rendered.hasErrors else {
            run.stage = .renderFailed
            return (run, findings)
        }
        run.changes = changes(run, store: store)
        if let problem = store.publish(run) {
            run.failure = [problem]
            run.stage = .publishFailed
            return (run, findings)
        }
        store.record(run)
        run.stage = .published
        return (run, findings)
    }

    /// Renders every page and list, or the planned pages the store says may differ and the
    /// lists the plan names.
    private func render(
        _ content: ContentSet, checks: [String: PageCheck], into run: inout Run, store: some BuildStore
    ) throws(TemplateErrors) {
        progress?.begin(.rendering)
        let sitePlan = store.sitePlan(
            for: content, settings: builder.settings, keepingListings: run.plan.renders?.keepsListings ?? false)
        run.sitePlan = sitePlan
        var selection = RenderSelection.all
        if let rebuild = run.plan.renders {
            let toRender = store.pagesToRender(run, plan: sitePlan)
            run.toRender = toRender
            selection = RenderSelection(
                pages: toRender, siteWide: !rebuild.lists.isEmpty, assets: store.rendersAssets, lists: rebuild.lists)
            // Nothing can differ: the templates need not even be read.
            guard !toRender.isEmpty || selection.siteWide || selection.assets else { return }
        }
        let site = try builder.build(content, checks: checks, only: selection, plan: sitePlan)
        run.files = site.files
        run.renderFindings = site.diagnostics
        run.rendered = site.diagnostics.map(prefixed)
    }

    /// The files whose bytes differ from the store's, and the store's paths this run no longer
    /// makes (the theme's files stay when the store does not render them again).
    private func changes(_ run: Run, store: some BuildStore) -> OutputChanges {
        var changes = OutputChanges(writes: store.differing(run.files))
        let written = Set(run.files.map(\.path))
        guard let rebuild = run.plan.renders, let sitePlan = run.sitePlan else {
            changes.removed = store.outputPaths.filter { !written.contains($0) }.sorted()
            return changes
        }
        let kept = store.rendersAssets ? [] : Set(builder.theme.assets.map(\.path))
        changes.removed = rebuild.staleOutputs(store.outputPaths, written: written, kept: kept, plan: sitePlan)
        return changes
    }
}
