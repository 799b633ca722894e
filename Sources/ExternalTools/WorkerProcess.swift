import Foundation

/// One long-lived child process that answers JSON lines: one object in on stdin, one out on stdout.
///
/// Used by one thread at a time (the pool hands it out). A worker that dies, answers garbage or
/// takes longer than `timeout` is killed and reports nil; the caller then shows its input plain.
final class WorkerProcess: @unchecked Sendable {
    private let process = Process()
    private let input: FileHandle
    private let output: FileHandle
    private var buffer: [UInt8] = []
    private let timeout: Double
    /// The worker's first line: `{"ready": version}` or `{"error": why}`.
    private(set) var greeting: [String: Any]?

    /// Starts `command` (looked up on PATH) with `arguments`; nil when it cannot be started.
    init?(command: String, arguments: [String], environment: [String: String] = [:], timeout: Double) {
        // A worker that has died must not kill sitegen when the next request is written to it.
        signal(SIGPIPE, SIG_IGN)
        let stdin = Pipe()
        let stdout = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [command] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        input = stdin.fileHandleForWriting
        output = stdout.fileHandleForReading
        self.timeout = timeout
        do { try process.run() } catch { return nil }
        greeting = readObject(timeout: max(timeout, 10))
        if greeting?["ready"] == nil { stop() }
    }

    var isReady: Bool { greeting?["ready"] != nil }

    /// Sends `request` and waits for its answer.
    func ask(_ request: [String: Any]) -> [String: Any]? {
        guard process.isRunning, var line = try? JSONSerialization.data(withJSONObject: request) else { return nil }
        line.append(UInt8(ascii: "\n"))
        let written = line.withUnsafeBytes { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let n = write(input.fileDescriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                offset += n
            }
            return true
        }
        guard written, let answer = readObject(timeout: timeout) else {
            stop()
            return nil
        }
        return answer
    }

    /// The next line as a JSON object, or nil on end of file, a timeout or a line that is no object.
    private func readObject(timeout: Double) -> [String: Any]? {
        let deadline = Date().addingTimeInterval(timeout)
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            if let newline = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                let line = Data(buffer[..<newline])
                buffer.removeSubrange(...newline)
                return (try? JSONSerialization.jsonObject(with: line)) as? [String: Any]
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { return nil }
            var poller = pollfd(fd: output.fileDescriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(min(left * 1000, 60_000)) + 1)
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { continue }
            let n = chunk.withUnsafeMutableBytes { read(output.fileDescriptor, $0.baseAddress!, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return nil }
            buffer += chunk[..<n]
        }
    }

    /// Closes its input, which ends a well-behaved worker, and kills one that is not.
    func stop() {
        try? input.close()
        if process.isRunning { process.terminate() }
    }

    deinit {
        stop()
    }
}
