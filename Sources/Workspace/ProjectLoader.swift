import Content
import Foundation
import Site
import TextKit

/// A project read from disk: settings, parsed pages grouped by translation, the theme, and every
/// problem found, with the text of each file so messages can quote the offending line.
public struct LoadedProject: Sendable {
    public var settings: SiteSettings
    public var content: ContentSet
    public var theme: Theme
    public var diagnostics: [Diagnostic]
    /// File text by the path diagnostics use.
    public var sources: [String: String]
    /// Per content-relative file: its stamp and content hash, for the next build's cache.
    var files: [String: (stamp: FileStamp?, hash: ContentHash)] = [:]
    /// Files that were not read or parsed: their pages are made from the summaries the cache recorded.
    var reused: Set<String> = []
    /// Files that were read and parsed, and the pages they gave (drafts left out included).
    var fresh: [String] = []
    var freshPages: [Page] = []
    /// Reused files whose stamp moved although their bytes did not (a touch, a checkout).
    var restamped: [String] = []
    /// Every Markdown file found, parsed or reused, including drafts left out.
    var listed: [String] = []
    /// Drafts left out of the build, kept so the cache knows them.
    var leftOut: [Page] = []
}

/// Reads `Content/` and `Templates/`; never stops at a bad file, so every problem is reported.
public struct ProjectLoader: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var includeDrafts: Bool
    /// Files to read instead of walking the content folder (`sitegen check a.md b.md`), named as given.
    public var explicitFiles: [String]?
    /// `check` needs no theme; reading it would only add unrelated errors.
    public var loadsTheme = true
    /// Text to use instead of a file's bytes, by the name messages use: `check --fix` checks
    /// its rewrites before it writes them.
    public var overrides: [String: String] = [:]

    public init(contentPath: String, templatesPath: String, includeDrafts: Bool = false) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.includeDrafts = includeDrafts
    }

    /// A loader for individual files, whatever their extension, without settings or theme.
    public static func files(_ paths: [String]) -> ProjectLoader {
        var loader = ProjectLoader(contentPath: "", templatesPath: "", includeDrafts: true)
        loader.explicitFiles = paths
        loader.loadsTheme = false
        return loader
    }

    public func load() -> LoadedProject {
        load(reusing: { [:] })
    }

    /// Loads the project; a file whose stamp or content hash is that of `previous` is not
    /// parsed again: its page is made from its recorded summary (`Page(unread:)`).
    /// `previous` is asked for only once the files are listed, so a caller can read the cache
    /// meanwhile.
    func load(reusing previous: () -> [String: BuildCache.Page]) -> LoadedProject {
        let (settings, settingsDiagnostics, settingsSources) = loadSettings()
        var diagnostics = settingsDiagnostics
        let sources = settingsSources
        let contentURL = URL(fileURLWithPath: contentPath)
        var inputs: [Input]
        if let explicitFiles {
            inputs = explicitFiles.map { Input(relative: $0, path: $0) }
        } else {
            let (files, listDiagnostics) = ProjectFiles.list(
                root: contentURL, extensions: ["md", "markdown"], displayRoot: contentPath)
            diagnostics += listDiagnostics
            inputs = files.map(input)
        }
        var project = gather(
            parseInParallel(inputs, settings: settings, previous: previous()), of: inputs, settings: settings)
        project.diagnostics = diagnostics + project.diagnostics
        project.sources.merge(sources) { own, _ in own }
        if loadsTheme {
            let (loaded, themeDiagnostics) = ThemeLoader(path: templatesPath).load(languages: project.content.languages)
            project.theme = loaded
            project.diagnostics += themeDiagnostics
        }
        return project
    }

    /// The project the parsed files make: pages grouped (drafts left out unless included), and
    /// which files were read and which reused, for the next build's cache.
    private func gather(_ results: [FileResult], of inputs: [Input], settings: SiteSettings) -> LoadedProject {
        var pages: [Page] = []
        var leftOut: [Page] = []
        pages.reserveCapacity(inputs.count)
        for page in results.lazy.compactMap(\.page) {
            if includeDrafts || !page.isDraft { pages.append(page) } else { leftOut.append(page) }
        }
        let (content, setDiagnostics) = ContentSet.assemble(pages, settings: settings)
        var project = LoadedProject(
            settings: settings, content: content, theme: Theme(templates: [:]), diagnostics: [], sources: [:])
        project.leftOut = leftOut
        project.listed = inputs.map(\.relative)
        project.files.reserveCapacity(inputs.count)
        project.reused.reserveCapacity(inputs.count)
        for (input, result) in zip(inputs, results) {
            project.diagnostics += result.diagnostics
            if let text = result.text { project.sources[result.display] = text }
            if let hash = result.hash { project.files[input.relative] = (result.stamp, hash) }
            if result.reused {
                project.reused.insert(input.relative)
                if result.restamped { project.restamped.append(input.relative) }
            } else {
                project.fresh.append(input.relative)
                if let page = result.page { project.freshPages.append(page) }
            }
        }
        project.diagnostics += setDiagnostics.map { prefixed($0) }
        return project
    }

    /// Reads and parses `files` (content-relative) in full, for pages that were not read.
    func loadPages(_ files: [String], settings: SiteSettings) -> [(
        page: Page?, text: String?, diagnostics: [Diagnostic]
    )] {
        parseInParallel(files.map(input), settings: settings).map { ($0.page, $0.text, $0.diagnostics) }
    }

    /// `site.yaml` (defaults without one, or when reading explicit files), its diagnostics, its text.
    func loadSettings() -> (SiteSettings, [Diagnostic], [String: String]) {
        var settings = SiteSettings()
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        let url = URL(fileURLWithPath: contentPath).appendingPathComponent("site.yaml")
        let display = ProjectFiles.join(contentPath, "site.yaml")
        guard explicitFiles == nil, FileManager.default.fileExists(atPath: url.path) else {
            return (settings, diagnostics, sources)
        }
        switch ProjectFiles.readText(url, display: display) {
        case .success(let text):
            let parsed = SiteSettings.parse(text, file: display)
            settings = parsed.0
            diagnostics += parsed.1
            sources[display] = text
        case .failure(let d): diagnostics.append(d)
        }
        return (settings, diagnostics, sources)
    }

    /// One file to read: its content-relative path (for URLs), and where it is, which is also
    /// its name in messages (a path string rather than a URL: a URL per file is built and parsed
    /// again on every rebuild, for every file).
    struct Input: Sendable {
        var relative: String
        var path: String
    }

    /// A content file below the content folder, named in messages as the user's path names it.
    func input(_ relative: String) -> Input {
        Input(relative: relative, path: ProjectFiles.join(contentPath, relative))
    }

    /// One content file after reading and parsing: its text and page when it had them.
    struct FileResult: Sendable {
        var display: String
        var text: String?
        var page: Page?
        var diagnostics: [Diagnostic]
        var stamp: FileStamp?
        var hash: ContentHash?
        var reused = false
        var restamped = false
    }

    /// Pages are independent until they are grouped, so they are read and parsed on every core.
    func parseInParallel(_ files: [Input], settings: SiteSettings, previous: [String: BuildCache.Page] = [:])
        -> [FileResult]
    {
        let loader = PageLoader(settings: settings)
        return files.parallelMap { input -> FileResult in
            let display = input.path
            // Stamped before reading, so a file edited during the read looks changed next time.
            let stamp = FileStamp(path: input.path)
            let cached = previous[input.relative]
            if let cached, let stamp, cached.stamp == stamp {
                return FileResult(
                    display: display, page: Page(unread: cached.summary), diagnostics: [], stamp: stamp,
                    hash: cached.hash, reused: true)
            }
            let read =
                overrides[display].map { Result<String, Diagnostic>.success($0) }
                ?? ProjectFiles.readText(path: input.path, display: display)
            switch read {
            case .failure(let d):
                return FileResult(display: display, text: nil, page: nil, diagnostics: [d], stamp: stamp)
            case .success(let text):
                let hash = ContentHash(text)
                if let cached, cached.hash == hash {
                    return FileResult(
                        display: display, page: Page(unread: cached.summary), diagnostics: [], stamp: stamp, hash: hash,
                        reused: true,
                        restamped: true)
                }
                let (page, diagnostics) = loader.load(file: input.relative, text: text)
                return FileResult(
                    display: display, text: text, page: page, diagnostics: diagnostics.map { prefixed($0) },
                    stamp: stamp, hash: hash)
            }
        }
    }

    /// Diagnostics name files as the user does: below the content folder they passed.
    func prefixed(_ d: Diagnostic) -> Diagnostic {
        var d = d
        d.location.file = ProjectFiles.join(contentPath, d.location.file)
        return d
    }
}
