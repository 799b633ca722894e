import Checks
import Content
import Site

/// `check`'s rules as every build runs them, on the whole site or on the translation groups a
/// rebuild plans: the findings, with each page's check for marking its figures. `build`, its
/// rebuilds and `serve` all check through this one type.
struct SiteChecks {
    let contentPath: String
    /// With `--strict`, a wrong figure stays an error; otherwise it is a warning.
    var strict = false
    var progress: BuildProgress?

    /// The same rules as `sitegen check`, with their findings per page for marking.
    func run(
        _ content: ContentSet, settings: SiteSettings = SiteSettings(), collecting records: FigureRecordCollector? = nil
    ) -> ([String: PageCheck], [Diagnostic]) {
        let contentPath = contentPath
        progress?.begin(.checking)
        var reading: (@Sendable (Page, PageFigures) -> Void)?
        if let records { reading = { page, figures in records.add(page, figures) } }
        let result = Checker().check(content, displayPath: { ProjectFiles.join(contentPath, $0) }, reading: reading)
        var findings = result.diagnostics
        if !strict {
            for i in findings.indices where findings[i].severity == .error { findings[i].severity = .warning }
        }
        var byFile: [String: [Diagnostic]] = [:]
        for finding in findings { byFile[finding.location.file, default: []].append(finding) }
        var checks: [String: PageCheck] = [:]
        for page in content.pages {
            let file = ProjectFiles.join(contentPath, page.file)
            checks[page.file] = PageCheck(figures: result.figuresPerFile[file] ?? 0, findings: byFile[file] ?? [])
        }
        // Stale prices and outdated translations are about the page, not its figures: the page
        // shows them in its own lines, not in its check summary.
        return (checks, findings + FreshnessChecks.findings(content, settings: settings, contentPath: contentPath))
    }

    /// The rules on whole translation groups of `content` alone, for a rebuild.
    ///
    /// Every rule looks at one page except translation agreement, which compares the versions
    /// of one group; so checking the planned groups gives, for their pages, exactly what checking
    /// the whole site gives. The groups are ordered by the site's languages, not their own.
    func groups(
        _ pages: [Page], of content: ContentSet, settings: SiteSettings,
        collecting records: FigureRecordCollector? = nil
    ) -> ([String: PageCheck], [Diagnostic]) {
        var subset = ContentSet.assemble(pages, settings: settings).0
        subset.languages = content.languages
        return run(subset, settings: settings, collecting: records)
    }
}
