import Content

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

    public init(settings: SiteSettings, theme: Theme) {
        self.settings = settings
        self.theme = theme
    }

    /// `checks` holds what `check` found per page file, to mark wrong figures and summarise each page;
    /// `selection` says which files to render (by default the whole site).
    public func build(_ content: ContentSet, checks: [String: PageCheck] = [:],
                      only selection: RenderSelection = .all) throws(TemplateErrors) -> SiteBuild {
        let templates = try TemplateSet(theme: theme)
        let plan = SitePlan(content: content, settings: settings)
        let contexts = ContextBuilder(plan: plan, theme: theme)
        let pages = selection.pages == nil ? content.pages : content.pages.filter(selection.includes)
        let renderer = PageRenderer(settings: settings, theme: theme, templates: templates, plan: plan, contexts: contexts)

        let render: @Sendable (Page) -> (OutputFile, [Diagnostic]) = { renderer.render($0, check: checks[$0.file]) }
        let rendered = sequential ? pages.map(render) : pages.parallelMap(render)
        var files: [OutputFile] = []
        files.reserveCapacity(pages.count + 3 * content.languages.count + 3 + theme.assets.count)
        var diagnostics: [Diagnostic] = []
        for (file, found) in rendered {
            files.append(file)
            diagnostics += found
        }
        guard selection.siteWide else {
            return SiteBuild(files: files + (selection.assets ? theme.assets : []), diagnostics: diagnostics)
        }
        for language in content.languages {
            files.append(renderer.layout("list", path: plan.indexPath(of: language), context: contexts.list(language: language)))
            files.append(OutputFile(path: plan.feedPath(of: language), text: AtomFeed(plan: plan, language: language, theme: theme).xml))
        }
        files.append(renderer.layout("home", path: SitePlan.rootIndex, context: contexts.home()))
        files.append(renderer.layout("404", path: SitePlan.notFound, context: notFoundContext(contexts)))
        files.append(OutputFile(path: SitePlan.sitemap, text: Sitemap(plan: plan).xml))
        if selection.assets { files += theme.assets }
        return SiteBuild(files: files, diagnostics: diagnostics)
    }

    /// The 404 page is served at any depth, so its links start from the site's own path.
    private func notFoundContext(_ contexts: ContextBuilder) -> [String: Any] {
        var context = contexts.common(path: SitePlan.notFound, language: settings.defaultLanguage)
        let base = Self.path(ofURL: settings.baseURL)
        context["css"] = base + SitePlan.stylesheet
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
