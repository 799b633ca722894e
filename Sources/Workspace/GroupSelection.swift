import Content
import Foundation
import TextKit

/// Which translation groups a check covers: all, those of some files (`--changed-since`,
/// `--groups-of`), one shard of `n` (`--shard k/n`), or both. A group is checked whole, every
/// language version together, so a translation rule sees what it needs.
public struct GroupSelection: Sendable, Equatable {
    /// Content-relative files whose groups to check; nil for every group.
    public var files: Set<String>?
    /// `(k, n)`: the k-th of n shards, counting from 1.
    public var shard: (index: Int, count: Int)?

    public init(files: Set<String>? = nil, shard: (index: Int, count: Int)? = nil) {
        self.files = files
        self.shard = shard
    }

    public static let all = GroupSelection()
    public var isAll: Bool { files == nil && shard == nil }

    public static func == (a: Self, b: Self) -> Bool {
        a.files == b.files && a.shard?.index == b.shard?.index && a.shard?.count == b.shard?.count
    }

    /// Reads `k/n` with 1 ≤ k ≤ n.
    public static func parseShard(_ text: String) -> (index: Int, count: Int)? {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, (1...n).contains(k) else {
            return nil
        }
        return (k, n)
    }

    /// Whether the group `key` is in the shard: by a hash of the key, so a group stays in its
    /// shard when others are added or removed, and every runner agrees without talking.
    func shardHolds(_ key: String) -> Bool {
        guard let shard else { return true }
        return Int(FNV1a(key.utf8).value % UInt64(shard.count)) == shard.index - 1
    }

    /// The pages of the selected groups, and a test for which load problems to keep: those of
    /// their files, and (by the file's own name) those of files that gave no page.
    func apply(to content: ContentSet, settings: SiteSettings, display: (String) -> String)
        -> (content: ContentSet, keepsFile: (String) -> Bool)
    {
        var selected = Set(content.groups.keys.filter(shardHolds))
        var changedFiles: Set<String> = []
        if let files {
            changedFiles = files
            // A site.yaml change can change how every page reads.
            if !files.contains("site.yaml") {
                var keys = Set(content.pages.filter { files.contains($0.file) }.map(\.translationKey))
                // A removed file's group is found by the key its path gives by default (`reports/x.zh.md` → `reports/x`).
                keys.formUnion(files.map(Self.defaultKey))
                selected.formIntersection(keys)
            }
        }
        let pages = content.pages.filter { selected.contains($0.translationKey) }
        var subset = ContentSet.assemble(pages, settings: settings).0
        subset.languages = content.languages
        var owners: [String: String] = [:]
        for page in content.pages { owners[display(page.file)] = page.translationKey }
        let displayedChanges = Set(changedFiles.map(display))
        let everything = files?.contains("site.yaml") ?? true
        let keeps: (String) -> Bool = { file in
            if let key = owners[file] { return selected.contains(key) }
            return self.shardHolds(file) && (everything || displayedChanges.contains(file))
        }
        return (subset, keeps)
    }

    static func defaultKey(_ file: String) -> String {
        var name = file
        if name.hasSuffix(".md") { name.removeLast(3) }
        if let dot = name.lastIndex(of: "."), !name[name.index(after: dot)...].contains("/") {
            name = String(name[..<dot])
        }
        return name
    }
}

extension GroupSelection {
    /// The files of `contentPath` that changed since the git revision `revision`, or why they cannot be listed.
    public static func changedFiles(since revision: String, contentPath: String) -> Result<Set<String>, Diagnostic> {
        do {
            return .success(
                try GitRevision(revision: revision, folder: contentPath.isEmpty ? "." : contentPath).changedFiles())
        } catch {
            guard case .git(let message) = error else {
                return .failure(
                    Diagnostic(
                        .error, rule: "changed-since", "git failed",
                        at: SourceLocation(file: contentPath, line: 0, column: 0)))
            }
            return .failure(
                Diagnostic(
                    .error, rule: "changed-since", "cannot list the files changed since \(revision): \(message)",
                    at: SourceLocation(file: contentPath, line: 0, column: 0)))
        }
    }
}
