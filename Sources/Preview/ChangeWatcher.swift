import ServiceLifecycle
import Workspace

/// Polls `Content/` and `Templates/` for saves and hands each settled change to the rebuilder.
///
/// Polling stamps (size, modification time) costs a `stat` call per file per scan and works on
/// every file system, editors' rename-on-save included. On Linux, inotify (`ChangeSignal`) says
/// when and which files to look at again, and a change is acted on once the events stop for a
/// moment; elsewhere a change
/// is acted on once two scans in a row agree. Either way a burst of writes becomes one rebuild.
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
        let signal = ChangeSignal(roots: [contentPath, templatesPath])
        while !Task.isCancelled {
            var scan: SourceScan
            if let signal {
                let named = try await awaitSignal(signal)
                scan =
                    named.flatMap { last.updating($0, contentPath: contentPath, templatesPath: templatesPath) }
                    ?? SourceScan(contentPath: contentPath, templatesPath: templatesPath)
                guard !scan.changedContent(since: last).isEmpty || scan.templatesChanged(since: last) else {
                    continue
                }
            } else {
                try await Task.sleep(for: interval)
                scan = SourceScan(contentPath: contentPath, templatesPath: templatesPath)
                guard scan != last else { continue }
                while true {
                    try await Task.sleep(for: Self.settling)
                    let again = SourceScan(contentPath: contentPath, templatesPath: templatesPath)
                    if again == scan { break }
                    scan = again
                }
            }
            last = scan
            report(await rebuilder.rebuild(scan))
        }
    }

    /// How long the files must stay still before a change is acted on: two scans this far
    /// apart, or this long without an inotify event, which arrive within microseconds of a write.
    static let settling = Duration.milliseconds(30)
    static let quiet = Duration.milliseconds(15)

    /// Returns once `signal` fired and then stayed quiet for `quiet`, with the paths its events
    /// named; or nil, for a whole scan, when they could not name them all or after ten polling
    /// intervals without a word, so a change inotify cannot see (a file behind a symlink) is
    /// still found.
    private func awaitSignal(_ signal: ChangeSignal) async throws -> Set<String>? {
        let tick = Duration.milliseconds(10)
        var waited = Duration.zero
        while !signal.fired() {
            try await Task.sleep(for: tick)
            waited += tick
            if waited >= interval * 10 { return nil }
        }
        repeat { try await Task.sleep(for: Self.quiet) } while signal.fired()
        let named = signal.takeNamed()
        // Folders made by the change are watched from now on.
        if named == nil { signal.watchFolders() }
        return named
    }
}
