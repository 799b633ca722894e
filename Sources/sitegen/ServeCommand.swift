import ArgumentParser
import Content
import Foundation
import Preview
import Workspace

/// `sitegen serve`: builds the site, serves it on loopback and rebuilds and reloads on every save.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally and rebuild and reload pages on every save.",
        discussion:
            "Serves on 127.0.0.1 unless --host says otherwise. Errors show over the page until fixed. Ctrl-C stops."
    )

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8000
    @Option(help: "The address to listen on. Anything but loopback exposes your drafts to the network.")
    var host = "127.0.0.1"
    @OptionGroup var project: ProjectOptions
    @OptionGroup var publishing: PublishingOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        if !["127.0.0.1", "localhost", "::1"].contains(host) {
            DiagnosticPrinter.stderr(
                "sitegen: warning: listening on \(host); anyone who can reach this address can read the site, drafts included"
            )
        }
        // Ctrl-C and `kill` shut the server down gracefully (ServiceLifecycle), after any mirror
        // write in progress; a closed terminal ends the process at once, so it goes through the
        // build's handler, which removes a half-written staging folder first.
        InterruptHandlers.install(output: project.output, signals: [SIGHUP])
        let server = PreviewServer(
            .init(
                host: host, port: port, loader: project.loader, outputPath: project.output,
                baseURL: publishing.baseURL, strict: publishing.strict))
        let say = Self.say, content = project.content
        let shown = ShownDiagnostics()
        do {
            try await server.run(
                onReady: { url in
                    say("sitegen: serving \(content) at \(url) (Ctrl-C to stop)")
                },
                onRebuild: { result in
                    let fresh = shown.new(in: result.diagnostics)
                    DiagnosticPrinter(sources: result.sources).print(fresh)
                    let repeated = result.diagnostics.count - fresh.count
                    say(
                        Self.summary(result)
                            + (repeated > 0
                                ? " (\(repeated) earlier message\(repeated == 1 ? "" : "s") not repeated)" : ""))
                },
                onWriteFailure: { problem in
                    // Shown every time: the folder stays behind until a write succeeds.
                    DiagnosticPrinter(sources: [:]).print([problem])
                })
        } catch {
            DiagnosticPrinter.stderr("sitegen: cannot serve on \(host):\(port): \(error)")
            throw ExitCode(1)
        }
        say("sitegen: stopped")
    }

    /// Straight to standard output, unbuffered, so scripts reading the URL see it at once.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func summary(_ result: LiveBuildResult) -> String {
        let ms = String(
            format: "%.0f",
            Double(result.duration.components.attoseconds) / 1e15 + Double(result.duration.components.seconds) * 1000)
        switch result.outcome {
        case .full: return "sitegen: built \(result.files.count) files in \(ms) ms"
        case .incremental:
            let pages = result.renderedPages, files = result.changedPaths.count
            return
                "sitegen: rebuilt \(pages) page\(pages == 1 ? "" : "s") and the indexes (\(files) file\(files == 1 ? "" : "s") changed) in \(ms) ms"
        case .unchanged: return "sitegen: no change (\(ms) ms)"
        case .pending: return "sitegen: a file is still being written; reading it again"
        case .failed:
            let errors = result.diagnostics.filter { $0.severity == .error }.count
            return
                "sitegen: rebuild failed with \(errors) error\(errors == 1 ? "" : "s"); still serving the last good site"
        }
    }
}

/// What the terminal has shown since the last rebuild: each rebuild prints only the messages the
/// one before did not, so one save does not scroll every warning of the site past again.
final class ShownDiagnostics: @unchecked Sendable {
    private let lock = NSLock()
    private var shown: Set<Diagnostic> = []

    /// The messages of `diagnostics` not shown last time, in their order; remembers them all.
    func new(in diagnostics: [Diagnostic]) -> [Diagnostic] {
        lock.lock()
        defer { lock.unlock() }
        let fresh = diagnostics.filter { !shown.contains($0) }
        shown = Set(diagnostics)
        return fresh
    }
}
