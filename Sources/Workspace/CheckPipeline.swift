import Baseline
import Checks
import Content
import Foundation
import Site

/// What `sitegen check` found: load problems and number findings, with a summary.
public struct CheckReport: Sendable {
    public var diagnostics: [Diagnostic]
    public var summary: Checker.Summary
    public var sources: [String: String]
    /// Whether some input could not be read at all (a missing path, an unreadable file).
    public var hadUnreadableInput: Bool
    /// Each checked page's language, by the file name findings use.
    public var languages: [String: String] = [:]
    /// Every figure of the first content folder, when the pipeline was asked to record them.
    public var figures: FigureRecord?
    /// The first content folder checked, which a baseline is read for.
    public var contentPath: String?
}

extension CheckReport {
    /// Adds findings made after the check (a baseline's), counted in the summary.
    public mutating func add(_ more: [Diagnostic]) {
        diagnostics += more
        diagnostics.sort { $0.location < $1.location }
        summary.errors = diagnostics.filter { $0.severity == .error }.count
        summary.warnings = diagnostics.filter { $0.severity == .warning }.count
    }
}

/// Loads pages from folders or single files and runs every check rule over them.
public struct CheckPipeline {
    public var paths: [String]
    /// Text to check instead of a file's bytes, by the name findings use.
    public var overrides: [String: String] = [:]
    /// Record every figure of the first content folder, for `--baseline`.
    public var recordsFigures = false
    /// The translation groups to check (`--changed-since`, `--groups-of`, `--shard`).
    public var selection = GroupSelection.all

    public init(paths: [String]) {
        self.paths = paths
    }

    public func run() -> CheckReport {
        var report = CheckReport(diagnostics: [], summary: Checker.Summary(), sources: [:], hadUnreadableInput: false)
        var files: [String] = []
        var folders: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            if !FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) {
                report.hadUnreadableInput = true
                report.diagnostics.append(
                    Diagnostic(
                        .error, rule: "read", "no such file or folder",
                        at: SourceLocation(file: path, line: 0, column: 0)))
            } else if isDirectory.boolValue {
                folders.append(path)
            } else {
                files.append(path)
            }
        }
        var loaders = folders.map { folder -> ProjectLoader in
            var loader = ProjectLoader(contentPath: folder, templatesPath: "", includeDrafts: true)
            loader.loadsTheme = false
            loader.overrides = overrides
            return loader
        }
        if !files.isEmpty {
            var loader = ProjectLoader.files(files)
            loader.overrides = overrides
            loaders.append(loader)
        }
        for loader in loaders { add(loader, to: &report) }
        report.diagnostics.sort { $0.location < $1.location }
        return report
    }

    private func add(_ loader: ProjectLoader, to report: inout CheckReport) {
        var project = loader.load()
        let contentPath = loader.explicitFiles == nil ? loader.contentPath : ""
        if loader.explicitFiles == nil {
            let all = project.content.pages
            GitTranslationHistory.apply(to: &project.content.pages, all: all, contentPath: contentPath)
        }
        if !selection.isAll {
            let (subset, keepsFile) = selection.apply(to: project.content, settings: project.settings) {
                ProjectFiles.join(contentPath, $0)
            }
            project.content = subset
            project.diagnostics = project.diagnostics.filter { keepsFile($0.location.file) }
        }
        report.diagnostics += project.diagnostics
        report.sources.merge(project.sources) { a, _ in a }
        if project.diagnostics.contains(where: { $0.rule == "read" }) { report.hadUnreadableInput = true }
        for page in project.content.pages {
            report.languages[ProjectFiles.join(contentPath, page.file)] = page.language
        }
        if recordsFigures, report.figures == nil, loader.explicitFiles == nil {
            report.figures = FigureRecorder.record(project.content)
            report.contentPath = contentPath
        }
        let result = Checker().check(project.content) { ProjectFiles.join(contentPath, $0) }
        report.diagnostics += result.diagnostics
        report.diagnostics += FreshnessChecks.findings(
            project.content, settings: project.settings, contentPath: contentPath)
        // A chart block that names a missing table or column fails `build`, so `check` says so too;
        // a mermaid block `build` would leave as code is a warning in both.
        report.diagnostics +=
            (ChartValidation.diagnostics(for: project.content.pages)
            + MermaidValidation.diagnostics(for: project.content.pages)).map { d in
                var d = d
                d.location.file = ProjectFiles.join(contentPath, d.location.file)
                return d
            }
        report.summary.files += result.summary.files
        report.summary.figures += result.summary.figures
        report.summary.relations += result.summary.relations
        report.summary.errors = report.diagnostics.filter { $0.severity == .error }.count
        report.summary.warnings = report.diagnostics.filter { $0.severity == .warning }.count
    }
}
