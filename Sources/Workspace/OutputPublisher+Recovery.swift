import Foundation

extension OutputPublisher {
    /// Tidies up after a publish that was killed outright (SIGKILL, a crash, power loss), which no
    /// signal handler sees: stale staging folders are removed, an in-place commit cut short is
    /// undone from its journal, and if the output folder is missing because the process died
    /// between the two renames of a first build's swap, the previous one is put back.
    ///
    /// Only folders of processes that no longer run are touched, so two builds at once are safe.
    public func recoverInterrupted() {
        let fm = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        guard let entries = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for entry in entries.sorted() {
            for kind in ["staging", "previous"] {
                let prefix = ".\(name).\(kind)-"
                guard entry.hasPrefix(prefix), let pid = Int32(entry.dropFirst(prefix.count).prefix { $0 != "-" }),
                    !Self.isRunning(pid)
                else { continue }
                let url = parent.appendingPathComponent(entry)
                if kind == "previous", fm.fileExists(atPath: url.appendingPathComponent(Self.journalName).path) {
                    // The files an in-place commit replaced: the commit was cut short, so it is undone.
                    InPlaceCommit.recover(output: output.path, previous: url.path)
                } else if kind == "previous", !fm.fileExists(atPath: output.path), rename(url.path, output.path) == 0 {
                    continue
                }
                try? fm.removeItem(at: url)
            }
        }
    }

    static func isRunning(_ pid: Int32) -> Bool {
        pid == ProcessInfo.processInfo.processIdentifier ? false : kill(pid, 0) == 0 || errno == EPERM
    }
}
