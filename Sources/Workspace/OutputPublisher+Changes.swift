import Foundation
import Site

/// Publishing only what changed, for incremental builds, and the build token in the marker.
extension OutputPublisher {
    /// The staging and previous-output folders of one publication, beside the output folder.
    func sideFolders(_ output: URL) -> (staging: URL, previous: URL) {
        let parent = output.deletingLastPathComponent()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        return (
            parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(token)"),
            parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(token)")
        )
    }

    static func markerText(_ token: String) -> String {
        token.isEmpty ? "built by sitegen\n" : "built by sitegen\nbuild \(token)\n"
    }

    /// The token of the build that wrote the output folder, or nil.
    func buildToken() -> String? {
        let url = URL(fileURLWithPath: outputPath).appendingPathComponent(Self.marker)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("build ") }) else { return nil }
        return String(line.dropFirst("build ".count))
    }

    /// Replaces only the files that changed, and removes the ones no longer built, keeping the
    /// promise of `publish` (see `replace`).
    func publishChanges(_ files: [OutputFile], removing removed: [String], buildToken: String) throws(PublishError) {
        for path in files.map(\.path) + removed where !Self.isSafe(path) { throw .unsafePath(path) }
        try checkReplaceable(output)
        try replace(files + [OutputFile(path: Self.marker, text: Self.markerText(buildToken))], removing: removed)
    }
}
