import Content
import Diagrams

/// Renders one page into its output file: Markdown with the site's hooks, then its layout inside
/// `base`. Everything it holds is immutable, so any number of threads can share one.
struct PageRenderer: Sendable {
    let settings: SiteSettings
    let theme: Theme
    let templates: TemplateSet
    let plan: SitePlan
    let contexts: ContextBuilder
    var tools = RenderTools()
    var diagrams = DiagramRenderer()

    /// The page's file and the problems found while rendering it (chart blocks that cannot be drawn).
    func render(_ page: Page, check: PageCheck?) -> (OutputFile, [Diagnostic]) {
        let strings = theme.strings(for: page.language)
        let marks = check.map { FigureMarks(findings: $0.findings, computedLabel: strings["computed"]) }
        let body = PageBody(
            page: page, allowRawHTML: settings.allowRawHTML, tableLabel: strings["table"],
            autoCharts: AutoChart.isEnabled(page: page, settings: settings), marks: marks,
            findings: check?.findings ?? [], tools: tools,
            diagrams: .init(words: DiagramWords(strings), renderer: diagrams))
        let name = page.frontMatter.layout.flatMap { templates.has($0) && $0 != "base" ? $0 : nil } ?? "page"
        var context = contexts.page(page, body: body)
        if let check { context["check"] = ["text": check.summary(strings), "clean": check.findings.isEmpty] }
        return (layout(name, path: plan.path(of: page), context: context), body.diagnostics)
    }

    /// `name`'s template rendered as the body of `base`.
    func layout(_ name: String, path: String, context: [String: Any]) -> OutputFile {
        OutputFile(path: path, text: templates.render(name, inLayout: "base", context))
    }
}
