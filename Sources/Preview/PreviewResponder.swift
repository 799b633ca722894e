import Foundation
import Hummingbird

/// Answers every request: the event stream at `/__sitegen/events`, otherwise a file of the
/// current snapshot, with content types, ETags and 304s, `HEAD`, folder `index.html` and `404.html`.
public struct PreviewResponder: HTTPResponder {
    public typealias Context = BasicRequestContext
    let state: PreviewState
    let hosts: HostCheck

    public init(state: PreviewState, host: String = "127.0.0.1") {
        self.state = state
        self.hosts = HostCheck(listeningOn: host)
    }

    public func respond(to request: Request, context: Context) async throws -> Response {
        guard hosts.allows(request.head.authority) else {
            return Self.plain(.forbidden, "sitegen serve answers only to its own address\n")
        }
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "only GET and HEAD\n", extra: [.allow: "GET, HEAD"])
        }
        if request.uri.path == ReloadScript.eventsPath {
            return EventStream(state: state, query: request.uri.queryParameters).response()
        }
        guard let path = RequestPath(raw: request.uri.path) else {
            return Self.plain(.badRequest, "bad request path\n")
        }
        let site = state.site
        if let file = site.file(path.fileKey) {
            return respond(with: file, status: .ok, site: site, request: request)
        }
        if !path.isFolder, site.file(path.key + "/index.html") != nil {
            // Pages link relatively, so a folder must be asked for with its slash.
            return Response(
                status: .movedPermanently, headers: [.location: request.uri.path + "/", .contentLength: "0"])
        }
        // The theme's 404 page; before any build has succeeded, a bare one that still shows the overlay.
        let notFound = site.file("404.html") ?? Self.bareNotFound
        return respond(with: notFound, status: .notFound, site: site, request: request, conditional: false)
    }

    static let bareNotFound = ServedFile(
        path: "404.html",
        bytes: Array(
            """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found</title></head>\
            <body><h1>Not found</h1><p>sitegen serve has nothing at this address.</p></body></html>
            """.utf8))

    private func respond(
        with file: ServedFile, status: HTTPResponse.Status, site: ServedSite, request: Request,
        conditional: Bool = true
    ) -> Response {
        let etag = site.etag(for: file)
        var headers: HTTPFields = [
            .contentType: file.contentType, .eTag: etag, .cacheControl: "no-cache",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        if conditional, let tags = request.headers[.ifNoneMatch], Self.matches(tags, etag) {
            return Response(status: .notModified, headers: headers)
        }
        let parts = file.isHTML ? Self.injected(file, site.injection) : [file.body]
        headers[.contentLength] = String(parts.reduce(0) { $0 + $1.readableBytes })
        let body = request.method == .head ? ResponseBody() : ResponseBody(contentsOf: parts)
        return Response(status: status, headers: headers, body: body)
    }

    /// The file split at `</body>` around the script and overlay: slices, so nothing is copied.
    static func injected(_ file: ServedFile, _ injection: ByteBuffer) -> [ByteBuffer] {
        let total = file.body.readableBytes
        let head = file.body.getSlice(at: file.body.readerIndex, length: file.injectionOffset)!
        let tail = file.body.getSlice(
            at: file.body.readerIndex + file.injectionOffset, length: total - file.injectionOffset)!
        return [head, injection, tail]
    }

    /// `If-None-Match`: `*`, or a comma-separated list of tags, weak or strong (weak comparison).
    static func matches(_ header: String, _ etag: String) -> Bool {
        header.split(separator: ",").contains { candidate in
            var tag = candidate.trimmingCharacters(in: .whitespaces)
            if tag.hasPrefix("W/") { tag.removeFirst(2) }
            return tag == "*" || tag == etag
        }
    }

    static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
