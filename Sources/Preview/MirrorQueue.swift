import Content
import Dispatch
import Workspace

/// Writes each rebuild's site into the output folder, in the order the rebuilds made them, on a
/// queue of its own: neither the first page nor the next save waits for the disk, and writing a
/// whole site does not hold one of the few threads async work runs on.
final class MirrorQueue: @unchecked Sendable {
    // `mirror` and `report` are touched only on `queue`.
    private var mirror: OutputMirror
    private var report: @Sendable (Diagnostic) -> Void = { _ in }
    private let queue = DispatchQueue(label: "sitegen.serve.mirror")

    init(outputPath: String, loader: ProjectLoader) {
        mirror = OutputMirror(outputPath: outputPath, loader: loader)
    }

    /// Where the problem of a write that failed is told. The rebuild it came from was already
    /// reported; told again, its summary would print twice.
    func reporting(to report: @escaping @Sendable (Diagnostic) -> Void) {
        queue.sync { self.report = report }
    }

    /// Writes `result`'s site once the writes queued before it are done.
    func enqueue(_ result: LiveBuildResult) {
        queue.async { [self] in
            guard let problem = mirror.write(result.files, changed: result.changedPaths) else { return }
            report(problem)
        }
    }

    /// Returns once every queued write is done, so a server shutting down leaves a whole folder.
    func drain() {
        queue.sync {}
    }
}
