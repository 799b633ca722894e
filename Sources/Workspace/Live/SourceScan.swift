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
    /// Tells this scan apart from others, so `changed` is used only against the scan it was
    /// made from; a new one whenever `content` is changed by hand.
    var id = UInt64.random(in: 0...UInt64.max)
    /// For a scan made by `updating`: the scan it was made from and the content files that
    /// differ from it, so a save among thousands of files is not found by comparing them all.
    private var changed: (from: UInt64, files: Set<String>)?

    public init(contentPath: String, templatesPath: String) {
        content = Self.stamps(below: contentPath)
        templates = Self.stamps(below: templatesPath)
    }

    public static func == (a: SourceScan, b: SourceScan) -> Bool {
        a.content == b.content && a.templates == b.templates
    }

    /// The content files added, removed or changed since `old`.
    public func changedContent(since old: SourceScan) -> Set<String> {
        if let changed, changed.from == old.id { return changed.files }
        return Self.differences(content, old.content)
    }

    /// This scan with only `paths` looked at again (as inotify named them: below `contentPath`
    /// or `templatesPath`, as those folders are written); nil when one cannot be looked at
    /// alone (a folder, or a path below neither), and the whole tree must be scanned.
    public func updating(_ paths: Set<String>, contentPath: String, templatesPath: String) -> SourceScan? {
        var next = self
        next.id = UInt64.random(in: 0...UInt64.max)
        var files: Set<String> = []
        for path in paths {
            if let relative = Self.relative(path, below: contentPath) {
                guard let moved = Self.restamp(&next.content, relative, path: path) else { return nil }
                if moved { files.insert(relative) }
            } else if let relative = Self.relative(path, below: templatesPath) {
                guard Self.restamp(&next.templates, relative, path: path) != nil else { return nil }
            } else {
                return nil
            }
        }
        next.changed = (id, files)
        return next
    }

    private static func relative(_ path: String, below root: String) -> String? {
        let prefix = root + "/"
        return path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : nil
    }

    /// Stamps the file at `path` into `stamps` as the scan would (hidden files and anything
    /// but a file left out); whether its stamp moved, nil for a folder.
    private static func restamp(_ stamps: inout [String: Stamp], _ relative: String, path: String) -> Bool? {
        var now: Stamp?
        if !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var target = stat()
            if stat(path, &target) == 0 {
                switch target.st_mode & S_IFMT {
                case S_IFDIR: return nil
                case S_IFREG: now = stamp(target)
                default: break
                }
            }
        }
        guard stamps[relative] != now else { return false }
        stamps[relative] = now
        return true
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
