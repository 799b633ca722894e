import Foundation

/// Says that something below the watched folders may have changed, and what, from Linux's
/// inotify: a save is then noticed within a tick rather than at the next scan, and only the
/// files the events name are looked at again, not the thousands of a site. Whatever the events
/// cannot name file by file (a folder made or moved, a full queue) asks for a whole scan, so a
/// missed event costs time, never a wrong site.
final class ChangeSignal {
    private let descriptor: Int32
    private let roots: [String]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)
    /// Each watched folder by its watch.
    private var folders: [Int32: String] = [:]
    /// The paths the events read since the last `takeNamed()` name; nil when one could not be named.
    private var named: Set<String>? = []

    private static let events = UInt32(
        IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB
            | IN_DELETE_SELF | IN_MOVE_SELF)

    /// Nil where inotify is missing or refuses a watch (the system's limit reached, say): the
    /// watcher then polls alone.
    init?(roots: [String]) {
        let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard descriptor >= 0 else { return nil }
        self.descriptor = descriptor
        self.roots = roots
        guard watchFolders() else { return nil }
    }

    deinit { close(descriptor) }

    /// Watches every folder below the roots, so folders made since the last call are watched
    /// too (watching a folder again is harmless). False when one could not be watched.
    @discardableResult
    func watchFolders() -> Bool {
        for folder in Self.folders(below: roots) {
            let watch = inotify_add_watch(descriptor, folder, Self.events)
            guard watch >= 0 else { return false }
            folders[watch] = folder
        }
        return true
    }

    /// Whether any event arrived since the last call; reads them all, keeping what they name.
    func fired() -> Bool {
        var fired = false
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return fired }
            fired = true
            name(buffer[..<count])
        }
    }

    /// The paths the events read since the last call named, or nil when one named something
    /// other than a file of a watched folder: then only a whole scan can tell what changed.
    func takeNamed() -> Set<String>? {
        defer { named = [] }
        return named
    }

    /// Adds the paths `events` name (`struct inotify_event`s, each a header and a name) to `named`.
    private func name(_ events: ArraySlice<UInt8>) {
        var at = events.startIndex
        let header = MemoryLayout<inotify_event>.size
        while at + header <= events.endIndex {
            let (watch, mask, length) = events.withUnsafeBytes { raw in
                let base = at - events.startIndex
                return (
                    raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                    raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                    Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self))
                )
            }
            let nameBytes = events[(at + header)..<min(events.endIndex, at + header + length)]
            at += header + length
            let file = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            guard named != nil, let folder = folders[watch], !file.isEmpty, mask & Self.unnameable == 0 else {
                named = nil
                continue
            }
            named?.insert(folder + "/" + file)
        }
    }

    /// Events about a folder itself, or about events lost.
    private static let unnameable = UInt32(
        IN_ISDIR | IN_Q_OVERFLOW | IN_DELETE_SELF | IN_MOVE_SELF | IN_IGNORED | IN_UNMOUNT)

    /// The roots and every folder below them, hidden ones and symlinked ones excepted, as the scan sees them.
    static func folders(below roots: [String]) -> [String] {
        var found: [String] = []
        var pending = roots
        while let folder = pending.popLast() {
            guard let entries = opendir(folder) else { continue }
            defer { closedir(entries) }
            found.append(folder)
            while let entry = readdir(entries) {
                guard entry.pointee.d_type == UInt8(DT_DIR) else { continue }
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
                }
                if !name.hasPrefix(".") { pending.append(folder + "/" + name) }
            }
        }
        return found
    }
}
