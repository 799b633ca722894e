import Foundation
import Site

/// Writes a built site into the output folder all at once, or not at all.
///
/// Files go into a staging folder beside the output folder, which then replaces it by rename,
/// so a failed or interrupted build leaves the previous output exactly as it was. No path may
/// leave the output folder, and a folder sitegen did not make is never replaced.
public struct OutputPublisher {
    public var outputPath: String
    /// Written into every output folder so a later build knows the folder is its own to replace.
    public static let marker = ".sitegen-output"

    public init(outputPath: String) {
        self.outputPath = outputPath
    }

    public func publish(_ files: [OutputFile]) throws(PublishError) {
        for file in files where !Self.isSafe(file.path) { throw .unsafePath(file.path) }
        let fm = FileManager.default
        let output = URL(fileURLWithPath: outputPath).standardizedFileURL
        let parent = output.deletingLastPathComponent()
        let token = "\(ProcessInfo.processInfo.processIdentifier)-\(UInt32.random(in: 0...UInt32.max))"
        let staging = parent.appendingPathComponent(".\(output.lastPathComponent).staging-\(token)")
        let previous = parent.appendingPathComponent(".\(output.lastPathComponent).previous-\(token)")
        try checkReplaceable(output)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: true)
            for file in files {
                let url = staging.appendingPathComponent(file.path)
                try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                guard fm.createFile(atPath: url.path, contents: Data(file.contents)) else { throw PublishError.write(file.path) }
            }
            fm.createFile(atPath: staging.appendingPathComponent(Self.marker).path, contents: Data("built by sitegen\n".utf8))
            if fm.fileExists(atPath: output.appendingPathComponent(".gitkeep").path) {
                fm.createFile(atPath: staging.appendingPathComponent(".gitkeep").path, contents: Data())
            }
        } catch {
            try? fm.removeItem(at: staging)
            throw error as? PublishError ?? .write("\(outputPath): \(error.localizedDescription)")
        }
        try swap(staging: staging, into: output, previous: previous)
    }

    private func swap(staging: URL, into output: URL, previous: URL) throws(PublishError) {
        let fm = FileManager.default
        let hadOutput = fm.fileExists(atPath: output.path)
        do {
            if hadOutput { try fm.moveItem(at: output, to: previous) }
        } catch {
            try? fm.removeItem(at: staging)
            throw .write("cannot replace \(outputPath): \(error.localizedDescription)")
        }
        do {
            try fm.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? fm.moveItem(at: previous, to: output) }
            try? fm.removeItem(at: staging)
            throw .write("cannot move the new site into \(outputPath): \(error.localizedDescription)")
        }
        if hadOutput { try? fm.removeItem(at: previous) }
    }

    /// An existing output folder must be empty, hold only `.gitkeep`, or carry sitegen's marker.
    private func checkReplaceable(_ output: URL) throws(PublishError) {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.path) else { return }
        let entries = ((try? fm.contentsOfDirectory(atPath: output.path)) ?? []).filter { $0 != ".gitkeep" }
        if entries.isEmpty || entries.contains(Self.marker) { return }
        throw .foreignFolder(outputPath)
    }

    /// Relative, `/`-separated, without `.` or `..` segments, so it cannot point outside.
    static func isSafe(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\"), !path.contains("\0") else { return false }
        return path.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
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
        case .foreignFolder(let p): return "'\(p)' holds files sitegen did not make; choose an empty or new output folder"
        case .write(let m): return "cannot write the site: \(m)"
        }
    }
}
