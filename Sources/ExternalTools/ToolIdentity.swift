import Foundation
import Graphviz

/// What a build tool says it is: its version, and the files an upgrade replaces (the interpreter,
/// the library or module), whose size and time tell a later build whether to ask again.
public struct ToolIdentity: Sendable, Equatable {
    public var version: String
    public var files: [String]

    public init(version: String, files: [String]) {
        self.version = version
        self.files = files
    }
}

/// A tool whose version is part of what cached renderings depend on.
public struct VersionedTool: Sendable {
    /// `code`, `math` or `diagrams`: what the tool renders.
    public var name: String
    /// The files found without starting anything (the interpreter on PATH): when they moved,
    /// the tool is asked again even if the files it named last time are untouched.
    public var located: @Sendable () -> [String]
    /// Asks the tool itself; nil when it cannot run.
    public var identify: @Sendable () -> ToolIdentity?

    public init(
        name: String, located: @escaping @Sendable () -> [String], identify: @escaping @Sendable () -> ToolIdentity?
    ) {
        self.name = name
        self.located = located
        self.identify = identify
    }

    /// Where `command` would start from: itself when it names a path, otherwise the first
    /// executable of that name on PATH, as `/usr/bin/env` finds it.
    public static func executable(
        _ command: String, environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> [String] {
        if command.contains("/") { return [command] }
        for folder in (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(command)"
            if FileManager.default.isExecutableFile(atPath: path) { return [path] }
        }
        return []
    }

    /// A worker's greeting as an identity: `ready` is the version, `files` what it loaded.
    static func identity(from greeting: [String: Any]?) -> ToolIdentity? {
        guard let greeting, let version = greeting["ready"] as? String else { return nil }
        return ToolIdentity(version: version, files: greeting["files"] as? [String] ?? [])
    }

    /// Graphviz as Diagrams opens it: asked in-process, as cheap as looking at its file.
    public static func graphviz(_ library: GraphvizLibrary = .system) -> VersionedTool {
        VersionedTool(name: "diagrams", located: { [] }) {
            library.identity.map { ToolIdentity(version: $0.version, files: [$0.file]) }
        }
    }
}
