import Content
import Workspace

/// Runs rebuilds one at a time: updates the in-memory build, swaps the served snapshot (which
/// tells open pages to reload), then hands what changed to the output folder's writer.
actor Rebuilder {
    private let build: LiveBuild
    private let state: PreviewState
    private let mirror: MirrorQueue?
    private var lastDiagnostics: [Diagnostic] = []
    private var started = false

    init(build: LiveBuild, state: PreviewState, mirror: MirrorQueue?) {
        self.build = build
        self.state = state
        self.mirror = mirror
    }

    /// What one rebuild did. The output folder is written afterwards, in order (`MirrorQueue`).
    func rebuild(_ scan: SourceScan) -> LiveBuildResult {
        let result = build.update(to: scan)
        guard result.outcome != .pending else { return result }
        let changed = !result.changedPaths.isEmpty || result.diagnostics != lastDiagnostics || !started
        guard changed else { return result }
        started = true
        lastDiagnostics = result.diagnostics
        state.publish(
            files: result.files, changed: result.changedPaths, diagnostics: result.diagnostics, sources: result.sources)
        if result.outcome != .failed, !result.changedPaths.isEmpty { mirror?.enqueue(result) }
        return result
    }
}
