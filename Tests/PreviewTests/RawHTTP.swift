import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A bare HTTP/1.1 client over a real TCP socket on 127.0.0.1: sends the request target exactly
/// as written (no client-side normalising of `..` or `%2e`), so traversal attempts reach the server.
struct RawHTTP: Sendable {
    struct Response: Sendable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: Int

    /// Blocking socket calls run on a Dispatch thread: on the cooperative pool they would starve
    /// the very server they wait for (two cores, two pool threads).
    static func offPool<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
        }
    }

    func get(_ target: String, method: String = "GET", headers: [String: String] = [:]) async throws -> Response {
        // `Host` given in `headers` replaces the default one.
        try await Self.offPool { try self.blockingGet(target, method: method, headers: headers) }
    }

    func readEvents(
        _ target: String, until needle: String, timeout: Double,
        afterConnect: @escaping @Sendable () throws -> Void = {}
    ) async throws -> String {
        try await Self.offPool {
            try self.blockingReadEvents(target, until: needle, timeout: timeout, afterConnect: afterConnect)
        }
    }

    func blockingGet(_ target: String, method: String, headers: [String: String]) throws -> Response {
        let fd = try connect()
        defer { close(fd) }
        try send(fd, request(target, method: method, headers: headers.merging(["Connection": "close"]) { a, _ in a }))
        var data: [UInt8] = []
        // The first request waits for the server's first build; with the whole suite building
        // sites beside it on two cores that took over 10 s, so the bound catches a server that
        // never answers, not a loaded machine.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            guard let chunk = try receive(fd) else { continue }
            if chunk.isEmpty { break }
            data += chunk
        }
        return try parse(data, method: method)
    }

    /// Opens the event stream and waits until `needle` arrives or `timeout` passes; returns all text read.
    func blockingReadEvents(_ target: String, until needle: String, timeout: Double, afterConnect: () throws -> Void)
        throws -> String
    {
        let fd = try connect()
        defer { close(fd) }
        try send(fd, request(target, method: "GET", headers: [:]))
        var text = ""
        let deadline = Date().addingTimeInterval(timeout)
        var connected = false
        while Date() < deadline, !text.contains(needle) {
            if let chunk = try receive(fd) {
                if chunk.isEmpty { break }
                text += String(decoding: chunk, as: UTF8.self)
            }
            if !connected, text.contains("retry:") {
                connected = true
                try afterConnect()
            }
        }
        return text
    }

    private func request(_ target: String, method: String, headers: [String: String]) -> String {
        var lines = ["\(method) \(target) HTTP/1.1"]
        if headers["Host"] == nil { lines.append("Host: 127.0.0.1:\(port)") }
        lines += headers.map { "\($0.key): \($0.value)" }
        return lines.joined(separator: "\r\n") + "\r\n\r\n"
    }

    private func connect() throws -> Int32 {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var timeout = timeval(tv_sec: 0, tv_usec: 200_000)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else { close(fd); throw POSIXError(.ECONNREFUSED) }
        return fd
    }

    private func send(_ fd: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        guard Glibc.send(fd, bytes, bytes.count, 0) == bytes.count else { throw POSIXError(.EIO) }
    }

    /// Bytes read, `[]` at end of stream, nil when nothing arrived within the socket's timeout.
    private func receive(_ fd: Int32) throws -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = recv(fd, &buffer, buffer.count, 0)
        if n < 0 { return errno == EAGAIN || errno == EWOULDBLOCK ? nil : [] }
        return Array(buffer[0..<n])
    }

    private func parse(_ data: [UInt8], method: String) throws -> Response {
        let separator: [UInt8] = [13, 10, 13, 10]
        guard
            let end = (0...(max(0, data.count - 4))).first(where: {
                Array(data[$0..<min($0 + 4, data.count)]) == separator
            })
        else {
            throw POSIXError(.EBADMSG)
        }
        let head = String(decoding: data[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: Array(data[(end + 4)...]))
    }
}
