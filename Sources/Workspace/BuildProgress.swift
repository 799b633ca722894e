import Foundation

/// How far a build has got, for the command line's progress line: its phase and, while pages
/// render, how many of the render's jobs are done. Written by the build's threads, read by a timer.
public final class BuildProgress: @unchecked Sendable {
    public enum Phase: String, Sendable {
        case reading, checking, rendering, writing
    }

    public struct State: Sendable, Equatable {
        public var phase: Phase
        public var done: Int
        public var total: Int
    }

    private let lock = NSLock()
    private var state = State(phase: .reading, done: 0, total: 0)
    private var finished: [State] = []

    public init() {}

    public var current: State { lock.withLock { state } }
    /// Every phase left so far, as it stood when the next began.
    public var history: [State] { lock.withLock { finished } }

    func begin(_ phase: Phase, total: Int = 0) {
        lock.withLock {
            finished.append(state)
            state = State(phase: phase, done: 0, total: total)
        }
    }

    func add(total: Int) { lock.withLock { state.total += total } }
    func advance() { lock.withLock { state.done += 1 } }
}
