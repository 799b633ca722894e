import Content
import Diagrams

/// Turns loaded content and a theme into the files of the site, in memory.
///
/// Pure: no disk, no clock, no environment, so the same input always gives the same bytes.
/// Pages are independent until the indexes, so they render on every core; each lands in its
/// own slot, so the result is in page order whatever order the threads finish in.
public struct SiteBuilder: Sendable {
    public var settings: SiteSettings
    public var theme: Theme
    /// Render pages one at a time; for tests that compare against the parallel result.
    public var sequential = false
    /// Highlighting and math; without them code stays plain and TeX shows as code.
    public var tools = RenderTools()
    /// Draws mermaid flowcharts; tests swap in one without Graphviz.
    public var diagrams = DiagramRenderer()
    /// Told how many render jobs there are, then of each one done, for a progress line.
    public var progress: RenderProgress?
    /// Search terms kept between builds; without it every page's text is tokenized.
    public var searchTerms: SearchTermMemory?
    /// Search documents kept between the builds of one process (`serve`).
    public var searchDocuments: SearchDocumentMemory?

    public init(settings: SiteSettings, theme: Theme) {
        self.settings = settings
        self.theme = theme
    }

    /// `checks` holds what `check` found per page file, to mark wrong figures and summarise each page;
    /// `selection` says which files to render (by default the whole site). A caller that has the
    /// plan of `content` already passes it, so its navigation is worked out once.
    public func build(
        _ content: ContentSet, checks: [String: PageCheck] = [:],
        only selection: RenderSelection = .all, plan: SitePlan? = nil
    ) throws(TemplateErrors) -> SiteBuild {
        let templates = try TemplateSet(theme: theme)
        let plan = plan ?? SitePlan(content: content, settings: settings)
        let contexts = ContextBuilder(plan: plan, theme: theme)
        // A section's `_index.md` is its list's text, not a page of its own.
        let pages = content.pages.filter { !$0.isSectionIndex && selection.includes($0) }
        let renderer = PageRenderer(
            settings: settings, theme: theme, templates: templates, plan: plan, contexts: contexts, tools: tools,
            diagrams: diagrams)

        let render: @Sendable (Page) -> (OutputFile, [Diagnostic]) = { renderer.render($0, check: checks[$0.file]) }
        // Site-wide files list every page, so they take longest: they start first, on every
        // core beside the pages, instead of one after another once the pages are done.
        let siteWide =
            selection.siteWide
            ? siteWideJobs(content, plan: plan, contexts: contexts, renderer: renderer, selection: selection) : []
        let jobs = siteWide.indices.map { Job.siteWide($0) } + pages.indices.map { Job.page($0) }
        let progress = self.progress
        progress?.planned(jobs.count)
        let run: @Sendable (Job) -> ([OutputFile], [Diagnostic]) = { job in
            defer { progress?.done() }
            switch job {
            case .siteWide(let i): return (siteWide[i](), [])
            case .page(let i):
                let (file, diagnostics) = render(pages[i])
                return ([file], diagnostics)
            }
        }
        let done = sequential ? jobs.map(run) : jobs.parallelMap(run)
        // Pages first, then the site-wide files, then the assets.
        var files = done[siteWide.count...].flatMap(\.0) + done[..<siteWide.count].flatMap(\.0)
        let diagnostics =
            Self.missingGraphvizOnce(done.flatMap(\.1))
            + (selection.siteWide && selection.listsPages ? ListCollisions(plan: plan).diagnostics : [])
        if selection.assets { files += theme.assets }
        return SiteBuild(files: files, diagnostics: diagnostics)
    }

    /// Without Graphviz every mermaid block would say so; the build says it once, at the first.
    private static func missingGraphvizOnce(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard let first = diagnostics.firstIndex(where: { $0.rule == MermaidBlock.missingGraphvizRule }) else {
            return diagnostics
        }
        return diagnostics.enumerated().filter {
            $0.offset == first || $0.element.rule != MermaidBlock.missingGraphvizRule
        }.map(\.element)
    }

    /// The language indexes and feeds, sections, taxonomies, search, the language picker, the
    /// 404 page and the sitemap.
    private func siteWideJobs(
        _ content: ContentSet, plan: SitePlan, contexts: ContextBuilder, renderer: PageRenderer,
        selection: RenderSelection
    ) -> [@Sendable () -> [OutputFile]] {
        var jobs: [@Sendable () -> [OutputFile]] = []
        for language in content.languages {
            if selection.includes(.feed(language)) {
                jobs.append {
                    [
                        OutputFile(
                            path: plan.feedPath(of: language),
                            text: AtomFeed(plan: plan, language: language, theme: theme).xml)
                    ]
                }
            }
            jobs += ListJobs(plan: plan, contexts: contexts, renderer: renderer, theme: theme).jobs(
                for: language, only: selection)
            if selection.includes(.search(language)) {
                jobs.append {
                    SearchIndex(plan: plan, language: language, memory: searchTerms, documents: searchDocuments).files()
                }
            }
        }
        guard selection.listsPages else { return jobs }
        jobs.append { [renderer.layout("home", path: SitePlan.rootIndex, context: contexts.home())] }
        jobs.append { [self] in [renderer.layout("404", path: SitePlan.notFound, context: notFoundContext(contexts))] }
        jobs.append { [OutputFile(path: SitePlan.sitemap, text: Sitemap(plan: plan).xml)] }
        return jobs
    }

    private enum Job: Sendable {
        case siteWide(Int)
        case page(Int)
    }

    /// The 404 page is served at any depth, so its links start from the site's own path.
    private func notFoundContext(_ contexts: ContextBuilder) -> [String: Any] {
        var context = contexts.common(path: SitePlan.notFound, language: settings.defaultLanguage)
        let base = Self.path(ofURL: settings.baseURL)
        context["css"] = base + SitePlan.stylesheet
        context["searchScript"] = base + SitePlan.searchScript
        context["root"] = base
        context["rootHref"] = base
        context["homeHref"] = base + "\(settings.defaultLanguage)/"
        context["title"] = theme.strings(for: settings.defaultLanguage)["notFound"]
        return context
    }

    /// `/reports/` for `https://example.org/reports/`.
    static func path(ofURL url: String) -> String {
        guard let scheme = url.firstRange(of: "://") else { return "/" }
        let rest = url[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        return String(rest[slash...])
    }
}

/// What a render tells its caller as it goes: how many jobs it planned, and each one done.
public struct RenderProgress: Sendable {
    public var planned: @Sendable (Int) -> Void
    public var done: @Sendable () -> Void

    public init(planned: @escaping @Sendable (Int) -> Void, done: @escaping @Sendable () -> Void) {
        self.planned = planned
        self.done = done
    }
}
