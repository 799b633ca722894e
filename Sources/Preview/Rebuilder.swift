import Content
import Workspace

/// Runs rebuilds one at a time: updates the in-memory build, swaps the served snapshot (which
/// tells open pages to reload), then mirrors the site into the output folder on disk.
actor Rebuilder {
    private let build: LiveBuild
    private let state: PreviewState
    private let outputPath: String?
    private var lastDiagnostics: [Diagnostic] = []
    private var started = false

    init(build: LiveBuild, state: PreviewState, outputPath: String?) {
        self.build = build
        self.state = state
        self.outputPath = outputPath
    }

    /// What one rebuild did, with any problem writing the output folder added to its diagnostics.
    func rebuild(_ scan: SourceScan) -> LiveBuildResult {
        var result = build.update(to: scan)
        guard result.outcome != .pending else { return result }
        let changed = !result.changedPaths.isEmpty || result.diagnostics != lastDiagnostics || !started
        guard changed else { return result }
        started = true
        lastDiagnostics = result.diagnostics
        state.publish(
            files: result.files, changed: result.changedPaths, diagnostics: result.diagnostics, sources: result.sources)
        if let outputPath, result.outcome != .failed, !result.changedPaths.isEmpty,
            let problem = build.write(result.files, to: outputPath)
        {
            result.diagnostics.append(problem)
        }
        return result
    }
}
