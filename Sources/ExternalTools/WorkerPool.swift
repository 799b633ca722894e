import Foundation
import Synchronization

/// A fixed number of long-lived workers of one kind, started on first use and shared by every
/// rendering thread; a request waits for a free worker rather than starting a process.
final class WorkerPool: Sendable {
    private let size: Int
    private let start: @Sendable () -> WorkerProcess?
    private let free: Mutex<State>
    private let slots: DispatchSemaphore

    private struct State: @unchecked Sendable {
        var idle: [WorkerProcess] = []
        /// Set once a worker could not start: the tool is missing, and nobody tries again.
        var missing = false
        var askedWhileMissing = false
        var requests = 0
    }

    init(size: Int, start: @escaping @Sendable () -> WorkerProcess?) {
        self.size = max(1, size)
        self.start = start
        free = Mutex(State())
        slots = DispatchSemaphore(value: max(1, size))
    }

    enum Answer {
        case answer([String: Any])
        /// The worker died, timed out or answered something unreadable.
        case failed
        case missing
    }

    /// Asks one worker.
    func ask(_ request: [String: Any]) -> Answer {
        let request = UncheckedBox(request)
        guard
            !free.withLock({ state in
                if state.missing { state.askedWhileMissing = true }
                return state.missing
            })
        else { return .missing }
        slots.wait()
        defer { slots.signal() }
        var worker = free.withLock { $0.idle.popLast() }
        if worker == nil {
            guard let started = start(), started.isReady else {
                free.withLock {
                    $0.missing = true
                    $0.askedWhileMissing = true
                }
                return .missing
            }
            worker = started
        }
        free.withLock { $0.requests += 1 }
        let answer = worker!.ask(request.value)
        // A worker that failed is dropped; the next request starts a fresh one.
        guard let answer else { return .failed }
        free.withLock { $0.idle.append(worker!) }
        return .answer(answer)
    }

    /// The first line a worker wrote (`{"ready": version, "files": […]}`), starting one if none runs;
    /// nil when the tool cannot start. Asking this does not count as needing the tool, so a
    /// missing one is not reported unless a block then asks for it.
    func greeting() -> [String: Any]? {
        guard !free.withLock({ $0.missing }) else { return nil }
        slots.wait()
        defer { slots.signal() }
        var worker = free.withLock { $0.idle.popLast() }
        if worker == nil {
            guard let started = start(), started.isReady else {
                free.withLock { $0.missing = true }
                return nil
            }
            worker = started
        }
        let greeting = worker!.greeting
        free.withLock { $0.idle.append(worker!) }
        return greeting
    }

    /// Starts the workers that are not running yet, each on a thread of its own, so that their
    /// start (an interpreter loading its libraries) overlaps what the build does before its
    /// first request. A tool that cannot start is missing, as with `greeting`, and reported only
    /// if a request then needs it.
    func warmUp() {
        for _ in 0..<size {
            DispatchQueue.global().async { [self] in
                guard !free.withLock({ $0.missing }) else { return }
                slots.wait()
                defer { slots.signal() }
                guard free.withLock({ $0.idle.isEmpty }) else { return }
                guard let started = start(), started.isReady else {
                    free.withLock { $0.missing = true }
                    return
                }
                free.withLock { $0.idle.append(started) }
            }
        }
    }

    /// Whether the tool was missing when something needed it.
    var wasMissing: Bool { free.withLock { $0.askedWhileMissing } }

    /// How many requests reached a worker.
    var requestCount: Int { free.withLock { $0.requests } }
}

/// A JSON object crosses to the worker's thread untouched.
private struct UncheckedBox<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
