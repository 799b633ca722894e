import Baseline
import Checks
import Content
import ExternalTools
import Foundation
import Site
import TextKit

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
    /// Reuse what the last build of this output folder recorded in `.sitegen-cache/`, and
    /// redo only the pages that changed; off, every page is rendered and no cache is kept.
    public var incremental = true
    /// Highlighting and math: Debian's Pygments and KaTeX unless a caller (a test) says otherwise.
    public var tools = BuildTools.system()
    /// Where the build says how far it has got, for a progress line.
    public var progress: BuildProgress?
    /// Set by a command that exits once the build returns: what a rebuild read (the cache and
    /// every page) is then left for the exit to reclaim (`LeftForExit`). A full build frees as
    /// it goes, which keeps its peak memory down, and leaves what is left at its end.
    public var endsTheProcess = false

    public init(loader: ProjectLoader, outputPath: String, baseURL: String? = nil) {
        self.loader = loader
        self.outputPath = outputPath
        self.baseURL = baseURL
    }

    public func run() -> BuildReport {
        OutputPublisher(outputPath: outputPath).recoverInterrupted()
        let store = CacheStore(outputPath: outputPath)
        // The cache is decoded on another core while the content folder is listed.
        let reading = incremental ? Pending { store.read() } : nil
        // Tools are asked their versions (when their files changed) while the content is read.
        let (versioned, outputPath) = (tools.versioned, outputPath)
        let identifying =
            incremental
            ? Pending { ToolVersions.resolve(versioned, store: ToolVersionStore(outputPath: outputPath)) } : nil
        var project = load(reusing: { reading?.value?.pages ?? [:] })
        let previous = reading?.value
        let versions = identifying?.value ?? ToolVersions(versions: [:])
        let fingerprint = BuildFingerprint.global(
            project, loader: loader, outputPath: outputPath, strict: strict, tools: versions)
        let renders = RenderCache(
            known: incremental ? RenderCacheStore(outputPath: outputPath).read() : [:], versions: versions)
        guard let previous, previous.fingerprint == fingerprint,
            OutputPublisher(outputPath: outputPath).buildToken() == previous.token
        else {
            // Without a cache that matches the output folder, nothing may be reused.
            if !project.reused.isEmpty { project = load(reusing: { [:] }) }
            // Every page is drawn: the tools' processes start while the site is checked rather
            // than when the first block waits for them.
            if renders.knowsNothing {
                let asks = RenderTools.wouldAsk(project.content.pages)
                tools.warmUp(asks.code, asks.math)
            }
            var build = BuildRun(
                pipeline: self, project: project, previous: nil, fingerprint: fingerprint, renders: renders)
            let report = build.run()
            // Freed only now, after publishing, a site's pages would be the last thing the build does.
            if endsTheProcess { LeftForExit.keep((build, project)) }
            return report
        }
        var build = BuildRun(
            pipeline: self, project: project, previous: previous, fingerprint: fingerprint, renders: renders)
        let report = build.run()
        if endsTheProcess { LeftForExit.keep((build, project, previous)) }
        // A rebuild with nothing to render still keeps what a re-asked tool said (its files
        // were touched, its version the same), so the next build need not ask again.
        if let record = versions.changedRecord, !report.diagnostics.hasErrors, tools.missing().isEmpty {
            ToolVersionStore(outputPath: outputPath).write(record)
        }
        return report
    }

    /// A site builder whose highlighter and math renderer answer from `renders` first.
    func siteBuilder(_ project: LoadedProject, renders: RenderCache, searchTerms: SearchTermMemory? = nil)
        -> SiteBuilder
    {
        var builder = SiteBuilder(settings: project.settings, theme: project.theme)
        builder.tools = renders.wrap(tools.render)
        builder.searchTerms = searchTerms
        if let progress {
            builder.progress = RenderProgress(planned: { progress.add(total: $0) }, done: { progress.advance() })
        }
        return builder
    }

    /// Keeps what the tools answered, and returns one warning per tool that was needed but missing.
    /// A build that had to do without one keeps no build cache, so the build after installing it
    /// renders every page again; `--no-cache` keeps neither file.
    func finishRendering(renders: RenderCache, keepingEarlier: Bool) -> [Diagnostic] {
        let missing = tools.missing()
        if missing.isEmpty, incremental {
            // A rebuild that asked the tools nothing leaves the file as it is.
            if !keepingEarlier || renders.hasNewEntries {
                RenderCacheStore(outputPath: outputPath).write(renders.entries(keepingEarlier: keepingEarlier))
            }
            if let record = renders.versions.changedRecord { ToolVersionStore(outputPath: outputPath).write(record) }
        } else {
            CacheStore(outputPath: outputPath).remove()
            if !incremental {
                RenderCacheStore(outputPath: outputPath).remove()
                ToolVersionStore(outputPath: outputPath).remove()
            }
        }
        return missing.map {
            Diagnostic(.warning, rule: "tools", $0, at: SourceLocation(file: loader.contentPath, line: 0, column: 0))
        }
    }

    /// Loads the project, with `--base-url` applied.
    func load(reusing previous: () -> [String: BuildCache.Page]) -> LoadedProject {
        var project = loader.load(reusing: previous)
        if let baseURL { project.settings.baseURL = baseURL.hasSuffix("/") ? baseURL : baseURL + "/" }
        let all = project.content.pages
        GitTranslationHistory.apply(to: &project.content.pages, all: all, contentPath: loader.contentPath)
        return project
    }

    func counts(_ content: ContentSet) -> [(language: String, count: Int)] {
        // A handful of languages: comparing each page's with them in turn beats hashing every page's.
        var counts = Array(repeating: 0, count: content.languages.count)
        for page in content.pages where !page.isSectionIndex {
            if let i = content.languages.firstIndex(of: page.language) { counts[i] += 1 }
        }
        return Array(zip(content.languages, counts))
    }

    static func newToken() -> String {
        "\(ProcessInfo.processInfo.processIdentifier)-\(UInt64.random(in: 0...UInt64.max))"
    }

    /// How this build checks: its content folder, `--strict` and progress line.
    var checks: SiteChecks { SiteChecks(contentPath: loader.contentPath, strict: strict, progress: progress) }

    /// The same rules as `sitegen check`, with their findings per page for marking.
    func runChecks(
        _ content: ContentSet, settings: SiteSettings = SiteSettings(),
        collecting records: FigureRecordCollector? = nil
    ) -> ([String: PageCheck], [Diagnostic]) {
        checks.run(content, settings: settings, collecting: records)
    }

    /// The output folder may not sit inside, or be, the content or templates folder.
    func outputPlacementProblem() -> Diagnostic? {
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL.resolvingSymlinksInPath().path
        for (name, folder) in [("content", loader.contentPath), ("templates", loader.templatesPath)] {
            let path = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath().path
            if output == path || output.hasPrefix(path + "/") || path.hasPrefix(output + "/") {
                return Diagnostic(
                    .error, rule: "output", "the output folder overlaps the \(name) folder '\(folder)'",
                    at: SourceLocation(file: outputPath, line: 0, column: 0))
            }
        }
        return nil
    }
}
