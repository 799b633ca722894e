import Foundation
import Site

/// Typesets TeX as MathML with Debian's KaTeX in one long-lived `node` process.
public final class KatexRenderer: MathRenderer {
    private let pool: WorkerPool
    private let command: String
    public static let installHint = "install it with `sudo apt-get install nodejs katex`"
    /// Where Debian puts shared node modules: a `node` that is not Debian's does not look there.
    static let debianModules = ["/usr/share/nodejs", "/usr/lib/nodejs"]

    public init(command: String = "node", timeout: Double = 30) {
        let inherited = ProcessInfo.processInfo.environment["NODE_PATH"].map { [$0] } ?? []
        let nodePath = (inherited + Self.debianModules).joined(separator: ":")
        self.command = command
        pool = WorkerPool(size: 1) {
            WorkerProcess(
                command: command, arguments: ["-e", KatexWorkerScript.source], environment: ["NODE_PATH": nodePath],
                timeout: timeout)
        }
    }

    public func render(_ tex: String, display: Bool) -> MathResult {
        switch pool.ask(["tex": tex, "display": display]) {
        case .missing: return .unavailable
        case .failed: return .error("KaTeX stopped while typesetting this formula")
        case .answer(let answer):
            if let html = answer["html"] as? String, let math = Self.mathElement(in: html) { return .mathML(math) }
            return .error(Self.oneLine((answer["error"] as? String) ?? "KaTeX gave no MathML"))
        }
    }

    /// KaTeX's message on one line, without the combining underline it draws under the culprit
    /// (terminals show it as noise; the caret points there instead).
    static func oneLine(_ message: String) -> String {
        var out = ""
        var lastWasSpace = false
        for scalar in message.unicodeScalars where scalar.value != 0x332 {
            let isSpace = scalar.properties.isWhitespace
            if isSpace, lastWasSpace { continue }
            out.unicodeScalars.append(isSpace ? " " : scalar)
            lastWasSpace = isSpace
        }
        return String(out.trimmingCharacters(in: .whitespaces))
    }

    /// The `<math>` element alone: KaTeX wraps it in spans meant for its own stylesheet, which
    /// pages do not load.
    static func mathElement(in html: String) -> String? {
        guard let start = html.range(of: "<math"), let end = html.range(of: "</math>", options: .backwards),
            start.lowerBound < end.lowerBound
        else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }

    /// KaTeX's version, from the worker's first line (the worker then serves formulas).
    public var versioned: VersionedTool {
        let (pool, command) = (pool, command)
        return VersionedTool(name: "math", located: { VersionedTool.executable(command) }) {
            VersionedTool.identity(from: pool.greeting())
        }
    }

    /// Starts the worker ahead of the first formula (`WorkerPool.warmUp`).
    public func warmUp() { pool.warmUp() }

    public var wasMissing: Bool { pool.wasMissing }
    public var requestCount: Int { pool.requestCount }
}
