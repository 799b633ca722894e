import Foundation

/// Says that something below the watched folders may have changed, from Linux's inotify: a save
/// is then noticed within a tick rather than at the next scan, and an idle server stops scanning
/// thousands of files several times a second. It says only *that* something moved; the scan
/// still says what, so a missed event costs time, never a wrong site.
final class ChangeSignal {
    private let descriptor: Int32
    private let roots: [String]
    private var buffer = [UInt8](repeating: 0, count: 64 * 1024)

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
            guard inotify_add_watch(descriptor, folder, Self.events) >= 0 else { return false }
        }
        return true
    }

    /// Whether any event arrived since the last call; reads them all.
    func fired() -> Bool {
        var fired = false
        while buffer.withUnsafeMutableBytes({ read(descriptor, $0.baseAddress, $0.count) }) > 0 { fired = true }
        return fired
    }

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
