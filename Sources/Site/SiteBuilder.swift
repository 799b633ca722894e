import Content

/// Turns loaded content and a theme into the files of the site, in memory.
///
/// Pure: no disk, no clock, no environment, so the same input always gives the same bytes.
public struct SiteBuilder: Sendable {
    public var settings: SiteSettings
    public var theme: Theme

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
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []

        func layout(_ name: String, path: String, context: [String: Any]) {
            var context = context
            context["body"] = templates.render(name, context)
            files.append(OutputFile(path: path, text: templates.render("base", context)))
        }

        for page in content.pages where selection.includes(page) {
            let check = checks[page.file]
            let marks = check.map { FigureMarks(findings: $0.findings, computedLabel: theme.strings(for: page.language)["computed"]) }
            let body = PageBody(page: page, allowRawHTML: settings.allowRawHTML, tableLabel: theme.strings(for: page.language)["table"],
                                autoCharts: AutoChart.isEnabled(page: page, settings: settings), marks: marks,
                                findings: check?.findings ?? [])
            diagnostics += body.diagnostics
            let name = page.frontMatter.layout.flatMap { templates.has($0) && $0 != "base" ? $0 : nil } ?? "page"
            var context = contexts.page(page, body: body)
            if let check { context["check"] = ["text": check.summary(theme.strings(for: page.language)), "clean": check.findings.isEmpty] }
            layout(name, path: plan.path(of: page), context: context)
        }
        guard selection.siteWide else {
            return SiteBuild(files: files + (selection.assets ? theme.assets : []), diagnostics: diagnostics)
        }
        for language in content.languages {
            layout("list", path: plan.indexPath(of: language), context: contexts.list(language: language))
            files.append(OutputFile(path: plan.feedPath(of: language), text: AtomFeed(plan: plan, language: language, theme: theme).xml))
        }
        layout("home", path: SitePlan.rootIndex, context: contexts.home())
        layout("404", path: SitePlan.notFound, context: notFoundContext(contexts))
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
