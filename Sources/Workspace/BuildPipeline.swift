import Checks
import Content
import Foundation
import Site

/// What a build did: the diagnostics, the pages per language, and whether it published.
public struct BuildReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var pagesPerLanguage: [(language: String, count: Int)]
    public var published: Bool
    public var sources: [String: String]
}

/// Load, render, publish: the whole `sitegen build`, stopping before any write on an error.
public struct BuildPipeline {
    public var loader: ProjectLoader
    public var outputPath: String
    public var baseURL: String?
    /// With `--strict`, a wrong figure fails the build as it fails `check`; otherwise it is a warning.
    public var strict = false

    public init(loader: ProjectLoader, outputPath: String, baseURL: String? = nil) {
        self.loader = loader
        self.outputPath = outputPath
        self.baseURL = baseURL
    }

    public func run() -> BuildReport {
        OutputPublisher(outputPath: outputPath).recoverInterrupted()
        var project = loader.load()
        if let baseURL { project.settings.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        var diagnostics = project.diagnostics
        if let problem = outputPlacementProblem() { diagnostics.append(problem) }
        let counts = project.content.languages.map { lang in (lang, project.content.pages.filter { $0.language == lang }.count) }
        var report = BuildReport(diagnostics: diagnostics, pagesPerLanguage: counts, published: false, sources: project.sources)
        // The pages that did load are checked even when others failed, so one build reports
        // every problem, as `sitegen check` does.
        let (checks, findings) = runChecks(project.content)
        report.diagnostics += findings
        guard !report.diagnostics.hasErrors else { return report }
        do {
            let site = try SiteBuilder(settings: project.settings, theme: project.theme).build(project.content, checks: checks)
            // Problems found while rendering (chart blocks) stop the build like loading errors do.
            report.diagnostics += site.diagnostics.map(loader.prefixed)
            guard !site.diagnostics.hasErrors else { return report }
            try OutputPublisher(outputPath: outputPath).publish(site.files)
            report.published = true
        } catch let error as TemplateErrors {
            report.diagnostics += error.diagnostics
        } catch {
            report.diagnostics.append(Diagnostic(.error, rule: "output", "\(error)", at: SourceLocation(file: outputPath, line: 0, column: 0)))
        }
        return report
    }

    /// The same rules as `sitegen check`, with their findings per page for marking.
    func runChecks(_ content: ContentSet) -> ([String: PageCheck], [Diagnostic]) {
        let contentPath = loader.contentPath
        let result = Checker().check(content) { ProjectFiles.join(contentPath, $0) }
        var findings = result.diagnostics
        if !strict {
            for i in findings.indices where findings[i].severity == .error { findings[i].severity = .warning }
        }
        var checks: [String: PageCheck] = [:]
        for page in content.pages {
            let file = ProjectFiles.join(loader.contentPath, page.file)
            let stats = result.perFile[file]
            checks[page.file] = PageCheck(figures: stats?.figures ?? 0, findings: findings.filter { $0.location.file == file })
        }
        return (checks, findings)
    }

    /// The output folder may not sit inside, or be, the content or templates folder.
    func outputPlacementProblem() -> Diagnostic? {
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL.resolvingSymlinksInPath().path
        for (name, folder) in [("content", loader.contentPath), ("templates", loader.templatesPath)] {
            let path = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if output == path || output.hasPrefix(path + "/") || path.hasPrefix(output + "/") {
                return Diagnostic(.error, rule: "output", "the output folder overlaps the \(name) folder '\(folder)'",
                                  at: SourceLocation(file: outputPath, line: 0, column: 0))
            }
        }
        return nil
    }
}
