import Content
import Dispatch
import Foundation
import Site

/// A project read from disk: settings, parsed pages grouped by translation, the theme, and every
/// problem found, with the text of each file so messages can quote the offending line.
public struct LoadedProject: Sendable {
    public var settings: SiteSettings
    public var content: ContentSet
    public var theme: Theme
    public var diagnostics: [Diagnostic]
    /// File text by the path diagnostics use.
    public var sources: [String: String]
}

/// Reads `Content/` and `Templates/`; never stops at a bad file, so every problem is reported.
public struct ProjectLoader: Sendable {
    public var contentPath: String
    public var templatesPath: String
    public var includeDrafts: Bool

    public init(contentPath: String, templatesPath: String, includeDrafts: Bool = false) {
        self.contentPath = contentPath
        self.templatesPath = templatesPath
        self.includeDrafts = includeDrafts
    }

    public func load() -> LoadedProject {
        var diagnostics: [Diagnostic] = []
        var sources: [String: String] = [:]
        let contentURL = URL(fileURLWithPath: contentPath)
        var settings = SiteSettings()
        let settingsDisplay = ProjectFiles.join(contentPath, "site.yaml")
        if FileManager.default.fileExists(atPath: contentURL.appendingPathComponent("site.yaml").path) {
            switch ProjectFiles.readText(contentURL.appendingPathComponent("site.yaml"), display: settingsDisplay) {
            case .success(let text):
                let parsed = SiteSettings.parse(text, file: settingsDisplay)
                settings = parsed.0
                diagnostics += parsed.1
                sources[settingsDisplay] = text
            case .failure(let d): diagnostics.append(d)
            }
        }
        let (files, listDiagnostics) = ProjectFiles.list(root: contentURL, extensions: ["md", "markdown"], displayRoot: contentPath)
        diagnostics += listDiagnostics
        let results = parseInParallel(files, root: contentURL, settings: settings)
        var pages: [Page] = []
        for result in results {
            diagnostics += result.diagnostics
            if let text = result.text { sources[result.display] = text }
            if let page = result.page, includeDrafts || !page.isDraft { pages.append(page) }
        }
        let (content, setDiagnostics) = ContentSet.assemble(pages, settings: settings)
        diagnostics += setDiagnostics.map { prefixed($0) }
        let (theme, themeDiagnostics) = ThemeLoader(path: templatesPath).load(languages: content.languages)
        diagnostics += themeDiagnostics
        return LoadedProject(settings: settings, content: content, theme: theme, diagnostics: diagnostics, sources: sources)
    }

    private struct FileResult: Sendable {
        var display: String
        var text: String?
        var page: Page?
        var diagnostics: [Diagnostic]
    }

    /// Pages are independent until they are grouped, so they are read and parsed on every core.
    private func parseInParallel(_ files: [String], root: URL, settings: SiteSettings) -> [FileResult] {
        let loader = PageLoader(settings: settings)
        let slots = UnsafeMutableBufferPointer<FileResult?>.allocate(capacity: files.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        nonisolated(unsafe) let output = slots
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            let display = ProjectFiles.join(contentPath, files[i])
            switch ProjectFiles.readText(root.appendingPathComponent(files[i]), display: display) {
            case .failure(let d):
                output[i] = FileResult(display: display, text: nil, page: nil, diagnostics: [d])
            case .success(let text):
                let (page, diagnostics) = loader.load(file: files[i], text: text)
                output[i] = FileResult(display: display, text: text, page: page, diagnostics: diagnostics.map { prefixed($0) })
            }
        }
        return slots.map { $0! }
    }

    /// Diagnostics name files as the user does: below the content folder they passed.
    private func prefixed(_ d: Diagnostic) -> Diagnostic {
        var d = d
        d.location.file = ProjectFiles.join(contentPath, d.location.file)
        return d
    }
}
