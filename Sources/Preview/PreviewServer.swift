import Content
import Hummingbird
import Logging
import Workspace

/// `sitegen serve`: builds the site into memory, serves it over HTTP, watches the sources and
/// rebuilds what changed, and tells open pages to reload. Loopback only unless told otherwise.
public struct PreviewServer: Sendable {
    public struct Configuration: Sendable {
        public var host: String
        /// 0 asks the system for a free port; `onReady` gets the real one.
        public var port: Int
        public var loader: ProjectLoader
        /// Where to mirror the served site on disk, as `build` would write it; nil for memory only.
        public var outputPath: String?
        public var baseURL: String?
        /// With `--strict`, a wrong figure fails a rebuild as it fails `build --strict`.
        public var strict: Bool
        public var pollInterval: Duration

        public init(
            host: String = "127.0.0.1", port: Int = 8000, loader: ProjectLoader, outputPath: String? = nil,
            baseURL: String? = nil, strict: Bool = false, pollInterval: Duration = .milliseconds(100)
        ) {
            self.host = host
            self.port = port
            self.loader = loader
            self.outputPath = outputPath
            self.baseURL = baseURL
            self.strict = strict
            self.pollInterval = pollInterval
        }
    }

    public let configuration: Configuration
    public let state = PreviewState()
    /// Writes the served site into `outputPath`, if there is one.
    let mirror: MirrorQueue?

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        mirror = configuration.outputPath.map { MirrorQueue(outputPath: $0, loader: configuration.loader) }
    }

    /// Builds once (reported through `onRebuild`), then returns the application ready to run:
    /// the HTTP server plus the change watcher. `onReady` gets the URL once the port is bound;
    /// `onWriteFailure` the problem when the output folder could not be written.
    public func makeApplication(
        onReady: @escaping @Sendable (String) -> Void = { _ in },
        onRebuild: @escaping @Sendable (LiveBuildResult) -> Void = { _ in },
        onWriteFailure: @escaping @Sendable (Diagnostic) -> Void = { _ in }
    ) async -> some ApplicationProtocol {
        let loader = configuration.loader
        mirror?.reporting(to: onWriteFailure)
        let rebuilder = Rebuilder(
            build: LiveBuild(loader: loader, baseURL: configuration.baseURL, strict: configuration.strict),
            state: state, mirror: mirror)
        let scan = SourceScan(contentPath: loader.contentPath, templatesPath: loader.templatesPath)
        // Served at once; the output folder is written meanwhile.
        onRebuild(await rebuilder.rebuild(scan))
        let watcher = ChangeWatcher(
            contentPath: loader.contentPath, templatesPath: loader.templatesPath,
            interval: configuration.pollInterval, rebuilder: rebuilder, initial: scan, report: onRebuild)
        var logger = Logger(label: "sitegen.serve")
        logger.logLevel = .warning
        let host = configuration.host
        let state = self.state
        return Application(
            responder: PreviewResponder(state: state, host: host),
            configuration: .init(address: .hostname(host, port: configuration.port), serverName: nil),
            services: [watcher],
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onReady("http://\(host.contains(":") ? "[\(host)]" : host):\(port)/")
            },
            logger: logger)
    }

    /// Runs until SIGINT or SIGTERM, then stops cleanly: event streams end, the watcher stops.
    public func run(
        onReady: @escaping @Sendable (String) -> Void, onRebuild: @escaping @Sendable (LiveBuildResult) -> Void,
        onWriteFailure: @escaping @Sendable (Diagnostic) -> Void
    ) async throws {
        try await makeApplication(onReady: onReady, onRebuild: onRebuild, onWriteFailure: onWriteFailure)
            .runService()
        state.close()
        mirror?.drain()
    }
}
