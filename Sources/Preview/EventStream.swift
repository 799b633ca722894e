import Hummingbird
import ServiceLifecycle

/// The server-sent event stream the reload script listens to: `event: reload` after each rebuild.
///
/// A page says which snapshot it came from (`since`, `instance`); if the server has moved on,
/// the reload is sent at once. The stream ends when the server shuts down, so Ctrl-C never waits
/// for open browser tabs.
struct EventStream {
    let state: PreviewState
    let query: Parameters

    static let keepAlive: Duration = .seconds(15)

    func response() -> Response {
        let state = self.state
        let stale =
            query["instance"].map(String.init) != state.instance
            || (query["since"].flatMap { Int($0) } ?? -1) < state.site.version
        let headers: HTTPFields = [.contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-cache"]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                let (id, events) = state.subscribe()
                let pinger = Task {
                    while !Task.isCancelled {
                        try await Task.sleep(for: Self.keepAlive)
                        state.ping(id)
                    }
                }
                defer {
                    pinger.cancel()
                    state.unsubscribe(id)
                }
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                if stale { try await writer.write(Self.reload(state.site.version)) }
                try await withGracefulShutdownHandler {
                    for await version in events {
                        try await writer.write(version.map(Self.reload) ?? ByteBuffer(string: ": keep-alive\n\n"))
                    }
                } onGracefulShutdown: {
                    state.unsubscribe(id)
                }
                try await writer.finish(nil)
            })
    }

    static func reload(_ version: Int) -> ByteBuffer {
        ByteBuffer(string: "event: reload\ndata: \(version)\n\n")
    }
}
