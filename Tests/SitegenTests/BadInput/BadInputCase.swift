import Foundation
import TestSupport

/// One kind of bad input: the project it makes, how sitegen is run on it, and what else to check.
///
/// Text that reads the same in any editor lives in `Fixtures/bad-input/<name>/`; bytes that
/// matter (encodings, line endings, sizes) are written by `bytes`, and what files cannot carry
/// (links, pipes, permissions) by `prepare`. The message users see is the golden
/// `Golden/bad-input/<name>.txt`: the exit code, then stderr.
struct BadInputCase: Sendable, CustomStringConvertible {
    var name: String
    var arguments: [String] = ["build"]
    var bytes: @Sendable () -> [String: [UInt8]] = { [:] }
    var prepare: (@Sendable (URL) throws -> Void)?
    /// Needs a user whom file permissions apply to; as root the run drops to `nobody`.
    var needsUnprivilegedUser = false
    /// Expectations on a successful build's output beyond the ones every case gets.
    var verify: (@Sendable (FixtureProject) -> Void)?
    var timeLimit: TimeInterval = 60
    /// Whether the joint build includes it; a slow case stays out so that run stays quick.
    var joins = true

    var description: String { name }

    static let fixtures = repositoryRoot.appendingPathComponent("Tests/SitegenTests/Fixtures/bad-input")
    static let templates = repositoryRoot.appendingPathComponent("Templates").path

    var fixtureFolder: URL { Self.fixtures.appendingPathComponent(name) }

    /// The arguments as run: a build uses the repository's theme.
    var fullArguments: [String] {
        arguments.first == "build" ? arguments + ["--templates", Self.templates] : arguments
    }

    /// The output folder the run writes to, relative to the project.
    var outputFolder: String {
        if let i = arguments.firstIndex(of: "--output"), i + 1 < arguments.count { return arguments[i + 1] }
        return "Output"
    }

    /// Whether it can share one project with other cases to show every file is still reported.
    var joinsOthers: Bool {
        joins && arguments == ["build"] && prepare == nil && !needsUnprivilegedUser
            && !FileManager.default.fileExists(atPath: fixtureFolder.appendingPathComponent("Content/site.yaml").path)
    }

    /// Writes the case's files below `root`, with `Content/` renamed to `content` when joining others.
    func write(into project: FixtureProject, content: String = "Content") throws {
        let fm = FileManager.default
        if let walker = fm.enumerator(at: fixtureFolder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker
            where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
                let relative = String(url.path.dropFirst(fixtureFolder.path.count + 1))
                try write(Array(try Data(contentsOf: url)), to: relative, in: project, content: content)
            }
        }
        for (path, data) in bytes() { try write(data, to: path, in: project, content: content) }
        try prepare?(project.root)
    }

    private func write(_ data: [UInt8], to relative: String, in project: FixtureProject, content: String) throws {
        let path = relative.hasPrefix("Content/") ? content + relative.dropFirst("Content".count) : relative
        let url = project.root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(data).write(to: url)
    }
}
