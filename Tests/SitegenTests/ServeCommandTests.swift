import Foundation
import TestSupport
import Testing

/// `sitegen serve` as a user runs it: prints its URL, serves the site, stops cleanly on Ctrl-C
/// even with a browser's event stream still open.
@Suite struct ServeCommandTests {
    static let binary = CommandLineTests.binary

    @Test(
        .enabled(
            if: FileManager.default.isExecutableFile(atPath: binary)
                && FileManager.default.isExecutableFile(atPath: "/usr/bin/curl")),
        .timeLimit(.minutes(1)))
    func servesOnAFreeLoopbackPortAndStopsOnInterrupt() async throws {
        let project = try FixtureProject([
            "Content/a.zh.md": "---\ntitle: 成本\n---\n# 成本\n",
            "Templates/base.mustache": "<html><body>{{{body}}}</body></html>",
            "Templates/page.mustache": "<h1>{{title}}</h1>",
            "Templates/list.mustache": "", "Templates/home.mustache": "", "Templates/404.mustache": "missing",
        ])
        defer { project.remove() }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = ["serve", "--port", "0"]
        process.currentDirectoryURL = project.root
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        var printed = ""
        while !printed.contains("(Ctrl-C to stop)") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            printed += String(decoding: chunk, as: UTF8.self)
        }
        let url = try #require(printed.firstMatch(of: /http:\/\/127\.0\.0\.1:(\d+)\//)).output
        #expect(Int(url.1)! > 0)

        let page = try await fetch(String(url.0) + "zh/a/")
        #expect(page.contains("<h1>成本</h1>") && page.contains("data-sitegen-preview"))
        #expect(project.read("Output/zh/a/index.html") == "<html><body><h1>成本</h1></body></html>")

        let events = Process()
        events.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        events.arguments = ["-sN", "--max-time", "20", String(url.0) + "__sitegen/events?since=0&instance=x"]
        events.standardOutput = FileHandle.nullDevice
        try events.run()
        try await Task.sleep(for: .milliseconds(300))

        let stopping = Date()
        process.interrupt()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(Date().timeIntervalSince(stopping) < 10)
        printed += String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed.hasSuffix("sitegen: stopped\n"), "\(printed)")
        events.waitUntilExit()
    }

    func fetch(_ address: String) async throws -> String {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "--max-time", "10", address]
        let pipe = Pipe()
        curl.standardOutput = pipe
        try curl.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
