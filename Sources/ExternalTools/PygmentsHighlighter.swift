import Foundation
import Site

/// Highlights code with Debian's Pygments through a pool of `python3` workers, one per core.
public final class PygmentsHighlighter: CodeHighlighter {
    private let pool: WorkerPool
    private let command: String
    public static let installHint = "install it with `sudo apt-get install python3-pygments`"

    /// Debian's own interpreter, which `python3-pygments` installs into, before any other on PATH
    /// (a pyenv or venv `python3` may have another Pygments, or none).
    public static let defaultCommand =
        FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : "python3"

    /// `command` is the interpreter; tests name a missing one to see the fallback. `dispatch`
    /// off runs Pygments' own rule loop instead of trying only the rules that can match the
    /// character at hand (same tokens, slower; tests compare the two).
    public init(
        workers: Int = ProcessInfo.processInfo.activeProcessorCount, command: String = defaultCommand,
        timeout: Double = 30,
        dispatch: Bool = true
    ) {
        self.command = command
        pool = WorkerPool(size: workers) {
            WorkerProcess(
                command: command, arguments: ["-c", PygmentsWorkerScript.source],
                environment: ["PYTHONIOENCODING": "utf-8", "SITEGEN_PYGMENTS_DISPATCH": dispatch ? "1" : "0"],
                timeout: timeout)
        }
    }

    public func highlight(_ code: String, language: String) -> HighlightResult {
        switch pool.ask(["language": language, "code": code]) {
        case .missing: return .unavailable
        case .failed: return .unknownLanguage
        case .answer(let answer):
            if let html = answer["html"] as? String { return .highlighted(html) }
            return .unknownLanguage
        }
    }

    /// Pygments' version, from a worker's first line (the worker then serves blocks).
    public var versioned: VersionedTool {
        let (pool, command) = (pool, command)
        return VersionedTool(name: "code", located: { VersionedTool.executable(command) }) {
            VersionedTool.identity(from: pool.greeting())
        }
    }

    /// Starts the workers ahead of the first block (`WorkerPool.warmUp`).
    public func warmUp() { pool.warmUp() }

    /// Whether code went plain because Pygments or python3 was missing.
    public var wasMissing: Bool { pool.wasMissing }
    public var requestCount: Int { pool.requestCount }
}
