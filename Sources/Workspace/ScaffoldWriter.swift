import Foundation

/// Writes a set of new files below a folder, or none of them when any already exists.
public struct ScaffoldWriter {
    public var root: String

    public init(root: String) {
        self.root = root
    }

    public enum Failure: Error, Equatable {
        /// These files exist already; nothing was written.
        case wouldOverwrite([String])
        case cannotWrite(path: String, reason: String)
    }

    /// Writes `files` (paths relative to `root`) and returns their paths in order.
    public func write(_ files: [String: String]) throws(Failure) -> [String] {
        let paths = files.keys.sorted()
        let existing = paths.filter { FileManager.default.fileExists(atPath: ProjectFiles.join(root, $0)) }
        guard existing.isEmpty else { throw .wouldOverwrite(existing.map { ProjectFiles.join(root, $0) }) }
        for path in paths {
            let url = URL(fileURLWithPath: ProjectFiles.join(root, path))
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // withoutOverwriting: a file that appeared since the check above is still never replaced.
                try Data(files[path]!.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(path: url.path, reason: error.localizedDescription)
            }
        }
        return paths
    }
}
