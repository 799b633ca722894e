import Foundation
import Synchronization

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

    private let progress = Mutex(Progress())

    /// Runs one step of publishing; a signal that arrives meanwhile waits for it to finish.
    func step<E: Error>(_ body: (inout Progress) throws(E) -> Void) throws(E) {
        try progress.withLock { (progress: inout Progress) throws(E) in try body(&progress) }
    }

    /// Removes any staging folder, prints `message(progress)` and ends the process with
    /// `128 + signal`, the shell's code for it. Never returns, and keeps the guard held, so the
    /// publisher cannot take another step.
    public func interrupt(signal: Int32, message: (Progress) -> String) -> Never {
        progress.withLock { progress in
            if let folder = progress.staging { try? FileManager.default.removeItem(atPath: folder) }
            FileHandle.standardError.write(Data((message(progress) + "\n").utf8))
            _exit(128 + signal)
        }
    }
}
