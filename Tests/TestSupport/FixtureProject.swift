import Foundation

/// A throwaway project folder written from a `[path: text]` dictionary, removed on request.
public struct FixtureProject: Sendable {
    public let root: URL

    public init(_ files: [String: String]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-test-\(UUID().uuidString)")
        for (path, text) in files { try write(path, text) }
    }

    public func write(_ path: String, _ text: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    public func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    public func read(_ relative: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file below `relative` with its bytes, for before/after comparisons.
    public func snapshot(_ relative: String) -> [String: Data] {
        let base = root.appendingPathComponent(relative)
        var result: [String: Data] = [:]
        guard let e = FileManager.default.enumerator(atPath: base.path) else { return result }
        while let item = e.nextObject() as? String {
            if let data = FileManager.default.contents(atPath: base.appendingPathComponent(item).path) {
                result[item] = data
            }
        }
        return result
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The repository's root folder, found from this source file's path.
public let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
