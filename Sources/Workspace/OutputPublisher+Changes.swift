import Foundation
import Site

/// Publishing only what changed, for incremental builds, and the build token in the marker.
extension OutputPublisher {
    /// The staging and previous-output folders of one publication, beside the output folder.
    private func sideFolders(_ output: URL) -> (staging: URL, previous: URL) {
        let parent = output.deletingLastPathComponent()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        return (parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(token)"),
                parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(token)"))
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
    /// promise of `publish`: the new files are written into a staging folder first, then each
    /// old file is moved aside and the new one moved in; if any step fails, every step taken is
    /// undone in reverse, so the output folder is byte for byte as it was.
    func publishChanges(_ files: [OutputFile], removing removed: [String], buildToken: String) throws(PublishError) {
        for path in files.map(\.path) + removed where !Self.isSafe(path) { throw .unsafePath(path) }
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL
        try checkReplaceable(output)
        let (staging, previous) = sideFolders(output)
        let fm = FileManager.default
        let marker = OutputFile(path: Self.marker, text: Self.markerText(buildToken))
        let all = files + [marker]
        // Each step runs under the interrupt guard: a signal waits for the staging write or for
        // the whole set of moves, so it never lands between a file moved aside and its successor.
        let guarded = InterruptGuard.shared
        do {
            try guarded.step { (progress) throws(PublishError) in
                progress = InterruptGuard.Progress(staging: staging.path)
                try FileWriter.makeFolder(staging.path, what: "the staging folder beside \(outputPath)")
                try FileWriter.writeAll(all, into: staging.path)
            }
        } catch {
            guarded.step { progress in
                try? fm.removeItem(at: staging)
                progress.staging = nil
            }
            throw error
        }
        try guarded.step { (progress) throws(PublishError) in
            defer {
                try? fm.removeItem(at: staging)
                progress.staging = nil
            }
            var journal = MoveJournal()
            do {
                for path in removed where fm.fileExists(atPath: output.appendingPathComponent(path).path) {
                    try journal.move(output.appendingPathComponent(path), to: previous.appendingPathComponent(path))
                }
                for file in all {
                    let target = output.appendingPathComponent(file.path)
                    if fm.fileExists(atPath: target.path) { try journal.move(target, to: previous.appendingPathComponent(file.path)) }
                    try journal.move(staging.appendingPathComponent(file.path), to: target)
                }
            } catch {
                journal.undo()
                try? fm.removeItem(at: previous)
                throw .write("cannot update \(outputPath): \(error)")
            }
            try? fm.removeItem(at: previous)
        }
        // Folders left empty by removed pages go too, as a full build would not make them.
        for path in removed {
            var folder = output.appendingPathComponent(path).deletingLastPathComponent()
            while folder.path.count > output.path.count, rmdir(folder.path) == 0 { folder = folder.deletingLastPathComponent() }
        }
    }

}
