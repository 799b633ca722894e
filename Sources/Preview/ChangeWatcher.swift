import ServiceLifecycle
import Workspace

/// Polls `Content/` and `Templates/` for saves and hands each settled change to the rebuilder.
///
/// Polling stamps (size, modification time) costs a few `stat` calls per file per tick and works
/// on every file system, editors' rename-on-save included. A change is acted on once two scans
/// in a row agree, so a burst of writes becomes one rebuild.
struct ChangeWatcher: Service {
    let contentPath: String
    let templatesPath: String
    let interval: Duration
    let rebuilder: Rebuilder
    let initial: SourceScan
    let report: @Sendable (LiveBuildResult) -> Void

    func run() async throws {
        try? await cancelWhenGracefulShutdown { try await poll() }
    }

    private func poll() async throws {
        var last = initial
        while !Task.isCancelled {
            try await Task.sleep(for: interval)
            var scan = SourceScan(contentPath: contentPath, templatesPath: templatesPath)
            guard scan != last else { continue }
            while true {
                try await Task.sleep(for: .milliseconds(30))
                let again = SourceScan(contentPath: contentPath, templatesPath: templatesPath)
                if again == scan { break }
                scan = again
            }
            last = scan
            report(await rebuilder.rebuild(scan))
        }
    }
}
