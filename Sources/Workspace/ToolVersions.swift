import ExternalTools
import Foundation

/// The versions of Pygments, KaTeX and Graphviz a build renders with, for the build cache's
/// fingerprint and the render cache's keys: an upgrade renders every page and block again.
///
/// Each tool is asked once, and what it answered is kept in `.sitegen-cache/<output>.tools` with
/// the size and time of the files it named; while none of them changed (and the interpreter on
/// PATH is the same one), later builds take the version from there without starting a process.
struct ToolVersions: Sendable, Equatable {
    /// By tool name; `missing` for a tool that cannot run.
    var versions: [String: String]
    /// What to record when a tool was asked, written only by a build that publishes (a failed
    /// build writes nothing); nil when the record already says it.
    var changedRecord: [String: Entry]?

    init(versions: [String: String], changedRecord: [String: Entry]? = nil) {
        self.versions = versions
        self.changedRecord = changedRecord
    }

    static let missing = "missing"

    struct Entry: Codable, Equatable {
        var located: [String]
        var version: String
        /// Path → `size:seconds.nanoseconds` when it was asked.
        var stamps: [String: String]
    }

    /// Resolves every tool's version, asking only those whose recorded files changed; what was
    /// asked is left in `changedRecord`. Tools that cannot run are not recorded, so they are asked again.
    static func resolve(_ tools: [VersionedTool], store: ToolVersionStore?) -> ToolVersions {
        let recorded = store?.read() ?? [:]
        var record = recorded
        var versions: [String: String] = [:]
        for tool in tools {
            let located = tool.located()
            if let entry = recorded[tool.name], entry.located == located,
                entry.stamps.allSatisfy({ stamp($0.key) == $0.value })
            {
                versions[tool.name] = entry.version
                continue
            }
            guard let identity = tool.identify() else {
                versions[tool.name] = missing
                record[tool.name] = nil
                continue
            }
            versions[tool.name] = identity.version
            var stamps: [String: String] = [:]
            for file in located + identity.files { stamps[file] = stamp(file) ?? "-" }
            record[tool.name] = Entry(located: located, version: identity.version, stamps: stamps)
        }
        return ToolVersions(versions: versions, changedRecord: record != recorded ? record : nil)
    }

    private static func stamp(_ path: String) -> String? {
        FileStamp(path: path).map { "\($0.size):\($0.seconds).\($0.nanoseconds)" }
    }
}

/// `.sitegen-cache/<output>.tools`: JSON, one entry per tool; unreadable reads as empty.
struct ToolVersionStore {
    let outputPath: String

    var url: URL { CacheStore(outputPath: outputPath).url.deletingPathExtension().appendingPathExtension("tools") }

    func read() -> [String: ToolVersions.Entry] {
        guard let data = try? Data(contentsOf: url) else { return [:] }
        return (try? JSONDecoder().decode([String: ToolVersions.Entry].self, from: data)) ?? [:]
    }

    func write(_ entries: [String: ToolVersions.Entry]) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        guard let data = try? encoder.encode(entries) else { return }
        let folder = url.deletingLastPathComponent()
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier)")
        guard (try? data.write(to: temporary)) != nil else { return }
        if rename(temporary.path, url.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
