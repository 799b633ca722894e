import Foundation
import Site

/// Writes a built site into the output folder all at once, or not at all.
///
/// A first build's files go into a staging folder beside the output folder, which then replaces
/// it by rename; later builds replace only the files that differ (`publishInPlace`). Either way a
/// failed or interrupted build leaves the previous output exactly as it was. No path may
/// leave the output folder, and a folder sitegen did not make is never replaced.
public struct OutputPublisher {
    public var outputPath: String
    /// Written into every output folder so a later build knows the folder is its own to replace.
    public static let marker = ".sitegen-output"
    static let batchSize = 256

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    var output: URL { URL(fileURLWithPath: outputPath).standardizedFileURL }

    /// `buildToken` goes into the marker, so the next build can tell this output from any other.
    public func publish(_ files: [OutputFile], buildToken: String = "") throws(PublishError) {
        for file in files where !Self.isSafe(file.path) { throw .unsafePath(file.path) }
        recoverInterrupted()
        let (staging, previous) = sideFolders(output)
        try checkReplaceable(output)
        if FileManager.default.fileExists(atPath: output.appendingPathComponent(Self.marker).path),
            !files.contains(where: { $0.path.contains("\n") || $0.path.contains("\t") })
        {
            return try publishInPlace(files, buildToken: buildToken)
        }
        var all = files
        all.append(OutputFile(path: Self.marker, text: Self.markerText(buildToken)))
        if FileManager.default.fileExists(atPath: output.appendingPathComponent(".gitkeep").path) {
            all.append(OutputFile(path: ".gitkeep", contents: []))
        }
        try stage(into: staging, count: all.count) { (range) throws(PublishError) in
            try FileWriter.writeAll(Array(all[range]), into: staging.path)
        }
        let guarded = InterruptGuard.shared
        try guarded.step { (progress) throws(PublishError) in
            defer { progress.staging = nil }
            try swap(staging: staging, into: output, previous: previous)
            progress.replacedOutput = true
        }
    }

    /// Makes the staging folder and fills it by batches of indices below `count`, one guarded
    /// step a batch (written on every core), so a signal waits for one batch at most. A failure
    /// removes the staging folder and is thrown on; the output folder is untouched either way.
    func stage(into staging: URL, count: Int, batch: (Range<Int>) throws(PublishError) -> Void) throws(PublishError) {
        let guarded = InterruptGuard.shared
        do {
            try guarded.step { (progress) throws(PublishError) in
                progress = InterruptGuard.Progress(staging: staging.path)
                try FileWriter.makeFolder(staging.path, what: "the staging folder beside \(outputPath)")
            }
            // File by file, publishing took as long as everything else together.
            for start in stride(from: 0, to: count, by: Self.batchSize) {
                let range = start..<min(start + Self.batchSize, count)
                try guarded.step { (_) throws(PublishError) in try batch(range) }
            }
        } catch {
            guarded.step { progress in
                try? FileManager.default.removeItem(at: staging)
                progress.staging = nil
            }
            throw error
        }
    }

    private func swap(staging: URL, into output: URL, previous: URL) throws(PublishError) {
        let fm = FileManager.default
        let hadOutput = fm.fileExists(atPath: output.path)
        if hadOutput, rename(output.path, previous.path) != 0 {
            let reason = FileWriter.reason(errno)
            try? fm.removeItem(at: staging)
            throw .write("cannot replace \(outputPath): \(reason)")
        }
        if rename(staging.path, output.path) != 0 {
            let reason = FileWriter.reason(errno)
            if hadOutput { _ = rename(previous.path, output.path) }
            try? fm.removeItem(at: staging)
            throw .write("cannot move the new site into \(outputPath): \(reason)")
        }
        if hadOutput { try? fm.removeItem(at: previous) }
    }

    /// An existing output folder must be empty, hold only `.gitkeep`, or carry sitegen's marker.
    func checkReplaceable(_ output: URL) throws(PublishError) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else { return }
        let entries = ((try? fm.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0 != ".gitkeep" }
        if entries.isEmpty || entries.contains(Self.marker) { return }
        throw .foreignFolder(outputPath)
    }

    /// Relative, `/`-separated, without `.` or `..` segments, so it cannot point outside.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy {
            !$0.isEmpty && $0 != "." && $0 != ".."
        }
    }
}

/// Why the site could not be published; the previous output is untouched in every case.
public enum PublishError: Error, CustomStringConvertible {
    case unsafePath(String)
    case foreignFolder(String)
    case write(String)

    public var description: String {
        switch self {
        case .unsafePath(let p): return "refusing to write '\(p)': it would land outside the output folder"
        case .foreignFolder(let p):
            return "'\(p)' holds files sitegen did not make; choose an empty or new output folder"
        case .write(let m): return "cannot write the site: \(m)"
        }
    }
}
