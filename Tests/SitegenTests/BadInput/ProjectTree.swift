import Foundation

/// A project folder as data, for before/after comparisons that links, pipes and unreadable or
/// huge files cannot trap: links are recorded, not followed, and only regular files are read.
enum ProjectTree {
    /// Each entry below `root` (except the folder `skipping`) with its kind and content.
    static func snapshot(_ root: URL, skipping: String) -> [String: String] {
        var entries: [String: String] = [:]
        walk(root, relative: "") { relative, url, type in
            if relative == skipping || relative.hasPrefix(skipping + "/") { return false }
            // The build's own cache beside the output folder (see "What a build promises").
            if relative == ".sitegen-cache" || relative.hasPrefix(".sitegen-cache/") { return false }
            switch type {
            case .typeSymbolicLink:
                entries[relative] =
                    "link to " + ((try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) ?? "?")
            case .typeDirectory:
                entries[relative] = "folder"
            case .typeRegular:
                let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? -1
                // Large files are compared by size and date rather than read twice.
                if size > 1_048_576 {
                    let date =
                        (try? FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as? Date) ?? nil
                    entries[relative] =
                        "file of \(size) bytes, changed \(date.map { "\($0.timeIntervalSince1970)" } ?? "?")"
                } else {
                    entries[relative] =
                        FileManager.default.contents(atPath: url.path).map { "file \($0.hashValue) \($0.count)" }
                        ?? "unreadable file"
                }
            default:
                entries[relative] = "\(type.rawValue)"
            }
            return true
        }
        return entries
    }

    /// Staging or previous-output folders a publish left beside its output folder.
    static func leftovers(in root: URL) -> [String] {
        var found: [String] = []
        walk(root, relative: "") { relative, _, _ in
            let name = relative.split(separator: "/").last.map(String.init) ?? relative
            if name.contains(".staging-") || name.contains(".previous-") { found.append(relative) }
            return true
        }
        return found.sorted()
    }

    static func folders(below root: URL) -> [URL] {
        var found: [URL] = []
        walk(root, relative: "") { _, url, type in
            if type == .typeDirectory { found.append(url) }
            return true
        }
        return found
    }

    /// Visits every entry without following links; `visit` returns false to skip a folder's contents.
    private static func walk(_ folder: URL, relative: String, _ visit: (String, URL, FileAttributeType) -> Bool) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
        for name in names {
            let url = folder.appendingPathComponent(name)
            let path = relative.isEmpty ? name : "\(relative)/\(name)"
            let type =
                (try? FileManager.default.attributesOfItem(atPath: url.path)[.type] as? FileAttributeType)
                ?? .typeUnknown
            if visit(path, url, type), type == .typeDirectory { walk(url, relative: path, visit) }
        }
    }
}
