/// The script `sitegen serve` adds to every HTML page it sends, never to files on disk: it listens
/// to the server's event stream and reloads the page when a rebuild finishes.
///
/// The page carries the snapshot version and server instance it was served from, so a rebuild
/// that lands between loading the page and connecting the stream still reloads it, and so does
/// a restarted server.
enum ReloadScript {
    static let eventsPath = "/__sitegen/events"

    static func html(version: Int, instance: String) -> String {
        let url = "\(eventsPath)?since=\(version)&instance=\(instance)"
        return """
            <script data-sitegen-preview>(()=>{const s=new EventSource("\(url)");\
            s.addEventListener("reload",()=>location.reload());})();</script>
            """
    }
}
