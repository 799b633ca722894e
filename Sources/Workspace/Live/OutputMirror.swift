import Content
import Site

/// The output folder `serve` keeps in step with the site it serves, as `build` would write it.
///
/// Written whole the first time, and again whenever its marker no longer carries the token of
/// the last write here (a `build` into the same folder, say); otherwise only the files a rebuild
/// changed are replaced or removed, so a save costs what it changed, not a comparison of every
/// file with the disk. Either way the folder is the old site or the new one, never half of each.
public struct OutputMirror {
    public let outputPath: String
    let loader: ProjectLoader
    /// What the last write put in the folder's marker; nil before the first.
    private var token: String?

    public init(outputPath: String, loader: ProjectLoader) {
        self.outputPath = outputPath
        self.loader = loader
    }

    /// Writes `files`, of which `changed` are the paths that differ from the last write; the
    /// problem if it failed, and the next write is then a whole one.
    public mutating func write(_ files: [String: [UInt8]], changed: Set<String>) -> Diagnostic? {
        if let problem = BuildPipeline(loader: loader, outputPath: outputPath).outputPlacementProblem() {
            return problem
        }
        let publisher = OutputPublisher(outputPath: outputPath)
        let next = BuildPipeline.newToken()
        let whole = token == nil || publisher.buildToken() != token
        token = nil
        do {
            if whole {
                try publisher.publish(
                    files.keys.sorted().map { OutputFile(path: $0, contents: files[$0]!) }, buildToken: next)
            } else {
                let paths = changed.sorted()
                try publisher.publishChanges(
                    paths.compactMap { path in files[path].map { OutputFile(path: path, contents: $0) } },
                    removing: paths.filter { files[$0] == nil }, buildToken: next)
            }
            token = next
            return nil
        } catch {
            return Diagnostic(
                .error, rule: "output", error.description, at: SourceLocation(file: outputPath, line: 0, column: 0))
        }
    }
}
