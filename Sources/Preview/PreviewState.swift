import Content
import Foundation
import Synchronization

/// The server's shared state: the snapshot being served, and the open event streams to notify
/// when it changes. Requests read the snapshot under a lock held for one pointer copy.
public final class PreviewState: Sendable {
    /// One open event stream; `nil` in `reload` stands for a keep-alive comment.
    public typealias Events = AsyncStream<Int?>

    private struct Inner {
        var site: ServedSite
        var listeners: [UUID: Events.Continuation] = [:]
        var closed = false
    }

    /// Tells pages served by an earlier run of the server apart from this run's.
    public let instance: String
    private let inner: Mutex<Inner>

    public init() {
        instance = String(UInt32.random(in: 0...UInt32.max), radix: 36)
        inner = Mutex(Inner(site: .empty(instance: instance)))
    }

    public var site: ServedSite { inner.withLock { $0.site } }

    /// Serves a new snapshot made from the last one, then tells every open page to reload.
    @discardableResult
    public func publish(
        files: [String: [UInt8]], changed: Set<String>, diagnostics: [Diagnostic],
        sources: [String: String]
    ) -> ServedSite {
        let current = site
        let next = current.next(
            files: files, changed: changed, diagnostics: diagnostics, sources: sources, instance: instance)
        let listeners = inner.withLock { state in
            state.site = next
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.yield(next.version) }
        return next
    }

    /// A stream of versions for one event-stream connection; finished by `close()` or `unsubscribe`.
    public func subscribe() -> (UUID, Events) {
        let id = UUID()
        let (stream, continuation) = Events.makeStream(bufferingPolicy: .bufferingNewest(4))
        let accepted = inner.withLock { state in
            if !state.closed { state.listeners[id] = continuation }
            return !state.closed
        }
        if !accepted { continuation.finish() }
        return (id, stream)
    }

    /// Sends a keep-alive through one stream, so a vanished browser is noticed at the next write.
    public func ping(_ id: UUID) {
        _ = inner.withLock { $0.listeners[id] }?.yield(nil)
    }

    public func unsubscribe(_ id: UUID) {
        inner.withLock { $0.listeners.removeValue(forKey: id) }?.finish()
    }

    /// Ends every event stream and refuses new ones, so a graceful shutdown has nothing to wait for.
    public func close() {
        let listeners = inner.withLock { state in
            state.closed = true
            defer { state.listeners = [:] }
            return Array(state.listeners.values)
        }
        for listener in listeners { listener.finish() }
    }
}
