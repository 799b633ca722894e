import Content
import Workspace

/// Runs rebuilds one at a time: updates the in-memory build, swaps the served snapshot (which
/// tells open pages to reload), then mirrors what changed into the output folder on disk.
actor Rebuilder {
    private let build: LiveBuild
    private let state: PreviewState
    private var mirror: OutputMirror?
    private var lastDiagnostics: [Diagnostic] = []
    private var started = false
    /// The first site, when its writing to disk was left until the server answers.
    private var unmirrored: LiveBuildResult?

    init(build: LiveBuild, state: PreviewState, outputPath: String?) {
        self.build = build
        self.state = state
        mirror = outputPath.map { OutputMirror(outputPath: $0, loader: build.loader) }
    }

    /// What one rebuild did, with any problem writing the output folder added to its diagnostics.
    /// Without `mirroring`, the output folder is written by `mirrorFirstSite()` instead, so the
    /// first page is served before thousands of files reach the disk.
    func rebuild(_ scan: SourceScan, mirroring: Bool = true) -> LiveBuildResult {
        var result = build.update(to: scan)
        guard result.outcome != .pending else { return result }
        let changed = !result.changedPaths.isEmpty || result.diagnostics != lastDiagnostics || !started
        guard changed else { return result }
        started = true
        lastDiagnostics = result.diagnostics
        state.publish(
            files: result.files, changed: result.changedPaths, diagnostics: result.diagnostics, sources: result.sources)
        guard mirror != nil, result.outcome != .failed, !result.changedPaths.isEmpty else { return result }
        guard mirroring else {
            unmirrored = result
            return result
        }
        // A later site written whole (see `OutputMirror`) supersedes the first.
        unmirrored = nil
        if let problem = mirror?.write(result.files, changed: result.changedPaths) {
            result.diagnostics.append(problem)
        }
        return result
    }

    /// Writes the first site into the output folder if `rebuild(_:mirroring:)` left it; the
    /// result then carries the problem, if writing failed (nil otherwise).
    func mirrorFirstSite() -> LiveBuildResult? {
        guard var result = unmirrored else { return nil }
        unmirrored = nil
        guard let problem = mirror?.write(result.files, changed: result.changedPaths) else { return nil }
        result.diagnostics.append(problem)
        return result
    }
}
