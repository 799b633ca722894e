import Content
import Site
import TextKit

/// Turns what a build did into the cache the next build reads.
struct CacheRecorder: Sendable {
    let loader: ProjectLoader
    let project: LoadedProject
    let plan: SitePlan

    init(pipeline: BuildPipeline, project: LoadedProject, plan: SitePlan? = nil) {
        loader = pipeline.loader
        self.project = project
        self.plan = plan ?? SitePlan(content: project.content, settings: project.settings)
    }

    /// The cache after a full build: every page, every output file.
    func full(
        fingerprint: ContentHash, token: String, checks: [String: PageCheck], rendered: [Diagnostic],
        files: [OutputFile]
    ) -> BuildCache {
        let loadNotes = byFile(project.diagnostics)
        let renderNotes = byFile(rendered)
        var cache = BuildCache(fingerprint: fingerprint, token: token)
        for page in project.content.pages {
            let file = display(page.file)
            cache.pages[page.file] = entry(
                page, included: true, check: checks[page.file], loadNotes: loadNotes[file] ?? [],
                renderNotes: renderNotes[file] ?? [])
        }
        for page in project.leftOut {
            cache.pages[page.file] = entry(
                page, included: false, check: nil, loadNotes: loadNotes[display(page.file)] ?? [], renderNotes: [])
        }
        for (file, hash) in zip(files, Self.hashes(of: files)) { cache.outputs[file.path] = hash }
        return cache
    }

    /// One page's record; nil when its file could not be stamped (it is then read next time).
    func entry(_ page: Page, included: Bool, check: PageCheck?, loadNotes: [Diagnostic], renderNotes: [Diagnostic])
        -> BuildCache.Page?
    {
        guard let info = project.files[page.file], let stamp = info.stamp else { return nil }
        let key = included ? BuildFingerprint.page(page, hash: info.hash, plan: plan, check: check) : ContentHash()
        return BuildCache.Page(
            stamp: stamp, hash: info.hash, renderKey: key, summary: PageSummary(of: page, settings: project.settings),
            navigationKey: included ? BuildFingerprint.navigation(of: page, plan: plan) : ContentHash(),
            figures: check?.figures ?? 0,
            findings: check?.findings ?? [], loadNotes: loadNotes.filter { $0.severity != .error },
            renderNotes: renderNotes.filter { $0.severity != .error })
    }

    func display(_ file: String) -> String { ProjectFiles.join(loader.contentPath, file) }

    func byFile(_ diagnostics: [Diagnostic]) -> [String: [Diagnostic]] {
        var result: [String: [Diagnostic]] = [:]
        for d in diagnostics { result[d.location.file, default: []].append(d) }
        return result
    }

    /// The content hash of each file, on every core.
    static func hashes(of files: [OutputFile]) -> [ContentHash] {
        files.parallelMap { file in
            var h = ContentHash()
            h.add(file.contents)
            return h
        }
    }
}
