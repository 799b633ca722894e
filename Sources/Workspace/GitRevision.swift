import Content
import Foundation

/// Files of a content folder as a git revision has them, read with `git show` (no checkout,
/// the working tree untouched).
struct GitRevision {
    var revision: String
    /// The content folder, which git is run in.
    var folder: String

    enum Failure: Error {
        case git(String)
    }

    /// Content-relative path → text of every file below the folder at the revision.
    func files() throws(Failure) -> [String: String] {
        let listing = try git(["ls-tree", "-r", "-z", "--name-only", revision, "--", "."])
        var files: [String: String] = [:]
        for path in listing.split(separator: "\0").map(String.init)
        where path.hasSuffix(".md") || path == "site.yaml" || path.hasSuffix(".markdown") {
            files[path] = try git(["show", "\(revision):./\(path)"])
        }
        return files
    }

    /// Content-relative files that differ from the revision in the working tree, committed or not, and new files git does not ignore.
    func changedFiles() throws(Failure) -> Set<String> {
        let changed = try git(["diff", "--name-only", "-z", "--relative", revision, "--", "."])
        let untracked = try git(["ls-files", "-z", "--others", "--exclude-standard", "--", "."])
        return Set((changed + untracked).split(separator: "\0").map(String.init))
    }

    /// Runs git in the folder and returns what it printed.
    func run(_ arguments: [String]) throws(Failure) -> String {
        try git(arguments)
    }

    private func git(_ arguments: [String]) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder] + arguments
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch { throw .git("cannot run git: \(error.localizedDescription)") }
        // Both pipes are drained before waiting, so a large file cannot fill one and stall git.
        let errorReading = Pending { err.fileHandleForReading.readDataToEndOfFile() }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let message = errorReading.value
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw .git(String(decoding: message, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
