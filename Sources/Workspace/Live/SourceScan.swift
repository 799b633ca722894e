import Foundation

/// What the project's input files look like right now: path, size and modification time of every
/// file below `Content/` and `Templates/`, cheap enough to take several times a second.
///
/// Two scans that differ mean something was saved; which files differ says what to rebuild.
public struct SourceScan: Sendable, Equatable {
    /// A file's size, modification time and inode; a save changes at least one of them (editors
    /// that save by renaming a new file over the old one change the inode).
    public struct Stamp: Sendable, Equatable {
        public var size: Int
        public var modified: Double
        public var inode: UInt64
    }

    /// Content files by path relative to the content folder (`reports/x.zh.md`, `site.yaml`).
    public var content: [String: Stamp]
    /// Theme files by path relative to the templates folder.
    public var templates: [String: Stamp]

    public init(contentPath: String, templatesPath: String) {
        content = Self.stamps(below: contentPath)
        templates = Self.stamps(below: templatesPath)
    }

    /// The content files added, removed or changed since `old`.
    public func changedContent(since old: SourceScan) -> Set<String> {
        Self.differences(content, old.content)
    }

    public func templatesChanged(since old: SourceScan) -> Bool { templates != old.templates }

    static func differences(_ a: [String: Stamp], _ b: [String: Stamp]) -> Set<String> {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }
    }

    /// Every regular file below `root`, hidden ones and symlinked folders excepted, as the loader sees them.
    /// Read with `readdir` and one `fstatat` a file: `serve` scans the whole project several
    /// times a second, and a site has thousands of files.
    static func stamps(below root: String) -> [String: Stamp] {
        var result: [String: Stamp] = [:]
        var pending = [""]
        while let relative = pending.popLast() {
            guard let folder = opendir(relative.isEmpty ? root : "\(root)/\(relative)") else { continue }
            defer { closedir(folder) }
            let descriptor = dirfd(folder)
            while let entry = readdir(folder) {
                let (name, kind) = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    (String(cString: raw.bindMemory(to: CChar.self).baseAddress!), entry.pointee.d_type)
                }
                guard !name.hasPrefix(".") else { continue }
                let path = relative.isEmpty ? name : "\(relative)/\(name)"
                var info = stat()
                // A link is followed to what it names; anything else is looked at as it is.
                let follow = kind == UInt8(DT_LNK) ? Int32(0) : AT_SYMLINK_NOFOLLOW
                guard fstatat(descriptor, name, &info, follow) == 0 else { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR: if kind != UInt8(DT_LNK) { pending.append(path) }
                case S_IFREG: result[path] = stamp(info)
                case S_IFLNK:
                    // Only when the folder gave no type: follow it now.
                    if let stamp = stamp(atPath: "\(root)/\(path)") { result[path] = stamp }
                default: continue
                }
            }
        }
        return result
    }

    /// The stamp of the file at `path` (following a symlink), nil for a folder or nothing.
    static func stamp(atPath path: String) -> Stamp? {
        var target = stat()
        guard stat(path, &target) == 0, (target.st_mode & S_IFMT) != S_IFDIR else { return nil }
        return stamp(target)
    }

    private static func stamp(_ target: stat) -> Stamp {
        #if os(Linux)
            let time = target.st_mtim
        #else
            let time = target.st_mtimespec
        #endif
        return Stamp(
            size: Int(target.st_size), modified: Double(time.tv_sec) + Double(time.tv_nsec) / 1e9,
            inode: UInt64(target.st_ino))
    }
}
