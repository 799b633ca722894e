import Foundation

/// Lets a signal stop sitegen without leaving a half-written staging folder behind.
///
/// The publisher does each step of its work (one file, the swap) while holding this guard, and
/// records its staging folder in it. `interrupt` takes the guard too, so it runs between steps,
/// never inside one: it removes the staging folder and ends the process. Whatever it interrupts,
/// the previous output is either untouched or already replaced as a whole.
public final class InterruptGuard: Sendable {
    public static let shared = InterruptGuard()

    /// How far publishing got: the staging folder in use, and whether the output was replaced.
    public struct Progress: Sendable {
        public var staging: String?
        public var replacedOutput = false
    }

    /// Guarded by `lock`; NSLock rather than Mutex because the interrupting thread keeps it held
    /// until the process exits, which a scoped `withLock` cannot express.
    nonisolated(unsafe) private var progress = Progress()
    private let lock = NSLock()

    /// Runs one step of publishing; a signal that arrives meanwhile waits for it to finish.
    func step<E: Error>(_ body: (inout Progress) throws(E) -> Void) throws(E) {
        lock.lock()
        defer { lock.unlock() }
        try body(&progress)
    }

    /// Removes any staging folder, prints `message(progress)` and ends the process with
    /// `128 + signal`, the shell's code for it. Never returns, and keeps the guard held, so the
    /// publisher cannot take another step.
    public func interrupt(signal: Int32, message: (Progress) -> String) -> Never {
        lock.lock()
        if let folder = progress.staging { try? FileManager.default.removeItem(atPath: folder) }
        FileHandle.standardError.write(Data((message(progress) + "\n").utf8))
        _exit(128 + signal)
    }
}
