import Foundation
import TestSupport

/// One run of the built `sitegen` binary, as users and CI run it: `NO_COLOR=1`, output captured.
struct SitegenRun {
    static let binary = repositoryRoot.appendingPathComponent(".build/debug/sitegen").path
    static var binaryExists: Bool { FileManager.default.isExecutableFile(atPath: binary) }

    var code: Int32
    var out: String
    var err: String
    /// Whether the run had to be killed for taking longer than its time limit.
    var timedOut: Bool

    /// Runs `sitegen arguments` in `directory`; `user` runs it as that uid (and gid) instead.
    ///
    /// Output goes to files rather than pipes, so a run that writes a lot can never block on a
    /// full pipe, and a run that hangs is killed after `timeLimit` seconds.
    static func run(_ arguments: [String], in directory: URL, timeLimit: TimeInterval = 120, user: UInt32? = nil) throws
        -> SitegenRun
    {
        let process = start(arguments, in: directory, user: user)
        let logs = try process.launch()
        let deadline = Date().addingTimeInterval(timeLimit)
        while process.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
        let timedOut = process.process.isRunning
        if timedOut { process.process.terminate() }
        process.process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: logs.folder) }
        return SitegenRun(
            code: process.process.terminationStatus, out: logs.read("out"), err: logs.read("err"), timedOut: timedOut)
    }

    /// A configured, not yet launched run, for tests that signal the process while it works.
    static func start(_ arguments: [String], in directory: URL, user: UInt32? = nil) -> Launch {
        let process = Process()
        if let user {
            // setpriv drops root for this one process: as root, permissions stop nothing.
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=\(user)", "--regid=\(user)", "--clear-groups", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        return Launch(process: process)
    }

    struct Launch {
        var process: Process

        /// Starts the process with stdout and stderr going to fresh files.
        func launch() throws -> Logs {
            let logs = try Logs()
            process.standardOutput = try FileHandle(forWritingTo: logs.url("out"))
            process.standardError = try FileHandle(forWritingTo: logs.url("err"))
            try process.run()
            return logs
        }
    }

    /// A temporary folder holding a run's stdout and stderr.
    struct Logs {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-run-\(UUID().uuidString)")

        init() throws {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for name in ["out", "err"] { FileManager.default.createFile(atPath: url(name).path, contents: nil) }
        }

        func url(_ name: String) -> URL { folder.appendingPathComponent(name) }
        func read(_ name: String) -> String { (try? String(contentsOf: url(name), encoding: .utf8)) ?? "" }
    }
}
