import Foundation
import HummingbirdTesting
import TestSupport
import Testing

@testable import Preview

/// The server on a real socket on 127.0.0.1 (a free port), with the change watcher running:
/// raw traversal targets, a reload event after a save, and the overlay for a broken file.
@Suite struct PreviewSocketTests {
    func withLiveServer(
        output: Bool = false, _ body: @Sendable (RawHTTP, PreviewServer, FixtureProject) async throws -> Void
    ) async throws {
        let project = try PreviewFixture.project()
        defer { project.remove() }
        let server = PreviewFixture.server(project, output: output)
        let app = await server.makeApplication()
        try await app.test(.live) { client in
            try await body(RawHTTP(port: try #require(client.port)), server, project)
        }
    }

    @Test func nothingOutsideTheSiteIsReachable() async throws {
        try await withLiveServer(output: true) { http, _, project in
            try project.write("secret.txt", "TOP-SECRET")
            // Links planted in the output folder: the server answers from memory, never from disk.
            try FileManager.default.createSymbolicLink(
                atPath: project.path("Output/leak.txt"), withDestinationPath: project.path("secret.txt"))
            try FileManager.default.createSymbolicLink(
                atPath: project.path("Output/up"), withDestinationPath: project.root.path)
            let targets = [
                "/../secret.txt", "/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
                "/zh/%2e%2e/%2e%2e/secret.txt",
                "/..\\secret.txt", "/%5c..%5csecret.txt", "//\(project.path("secret.txt"))",
                "\(project.path("secret.txt"))",
                "http://127.0.0.1/../secret.txt", "/leak.txt", "/up/secret.txt", "/.sitegen-output", "/%00/secret.txt",
            ]
            for target in targets {
                let response = try await http.get(target)
                #expect(response.status == 400 || response.status == 404, "\(target): \(response.status)")
                #expect(!response.text.contains("TOP-SECRET"), "\(target)")
            }
            #expect(try await http.get("/ja/%E6%97%A5%E6%9C%AC/").text.contains("日本語のページ"))
            // DNS rebinding: a foreign name pointed at 127.0.0.1 gets nothing.
            #expect(try await http.get("/", headers: ["Host": "evil.example:\(http.port)"]).status == 403)
            for name in ["localhost:\(http.port)", "[::1]:\(http.port)", "LOCALHOST"] {
                #expect(try await http.get("/", headers: ["Host": name]).status == 200, "\(name)")
            }
            #expect(try await http.get("/zh/reports/cost/", method: "HEAD").body.isEmpty)
        }
    }

    @Test func aSaveSendsAReloadEventAndTheNewPage() async throws {
        try await withLiveServer { http, server, project in
            let before = server.state.site.version
            let events = "/__sitegen/events?since=\(before)&instance=\(server.state.instance)"
            let started = Date()
            let text = try await http.readEvents(events, until: "event: reload", timeout: 30) {
                try project.write("Content/reports/cost.zh.md", "---\ntitle: 成本\ndate: 2025-09-01\n---\n正文 第二版\n")
            }
            #expect(text.contains("event: reload\ndata: \(before + 1)"), "\(text)")
            // The reload came as an event, before the read gave up: a missed event (a poll that never
            // fires) waits the whole 30 s. How fast a save reloads is the benchmark's to say.
            #expect(Date().timeIntervalSince(started) < 29)
            #expect(try await http.get("/zh/reports/cost/").text.contains("正文 第二版"))
            // A page served before the last rebuild is told to reload as soon as it connects.
            let stale = try await http.readEvents(
                "/__sitegen/events?since=\(before)&instance=\(server.state.instance)", until: "event: reload",
                timeout: 30)
            #expect(stale.contains("event: reload"))
            let other = try await http.readEvents(
                "/__sitegen/events?since=999&instance=restarted", until: "event: reload", timeout: 30)
            #expect(other.contains("event: reload"))
        }
    }

    @Test func brokenFrontMatterShowsTheOverlayUntilFixed() async throws {
        try await withLiveServer { http, server, project in
            try project.write("Content/reports/cost.zh.md", "---\ntitle: [oops\ndate: 2025-09-01\n---\n正文\n")
            let broken = try await poll(http, "/zh/reports/cost/") { $0.contains("sitegen-overlay") }
            #expect(broken.contains("reports/cost.zh.md:3:5") && broken.contains("error[yaml]"))
            #expect(broken.contains("正文 第一版"), "the last good page stays under the overlay")
            try project.write("Content/reports/cost.zh.md", "---\ntitle: 成本\ndate: 2025-09-01\n---\n正文 修好了\n")
            let fixed = try await poll(http, "/zh/reports/cost/") { !$0.contains("sitegen-overlay") }
            #expect(fixed.contains("正文 修好了"))
            #expect(server.state.site.diagnostics.isEmpty)
        }
    }

    @Test func requestsDuringRebuildsGetWholeFiles() async throws {
        try await withLiveServer(output: true) { http, _, project in
            let marks = ["甲", "乙"]
            let versions = marks.map { m in "开始\(m) " + String(repeating: "版本\(m) ", count: 4000) + "结束\(m)" }
            let writer = Task.detached {
                for round in 0..<12 {
                    try project.write("Content/reports/cost.zh.md", "---\ntitle: 成本\n---\n\(versions[round % 2])\n")
                    try await Task.sleep(for: .milliseconds(60))
                }
            }
            var seen = Set<String>()
            func check(_ response: RawHTTP.Response) {
                #expect(response.status == 200)
                #expect(response.headers["content-length"] == String(response.body.count))
                #expect(response.text.hasSuffix("</html>\n") || response.text.hasSuffix("</html>"))
                // Whole: a version's first words come with its own last words, never another's.
                if let m = marks.first(where: { response.text.contains("开始\($0) ") }) {
                    seen.insert(m)
                    #expect(response.text.contains("版本\(m) 结束\(m)"))
                } else {
                    #expect(response.text.contains("正文 第一版"), "a page that is neither version")
                }
            }
            for _ in 0..<40 { check(try await http.get("/zh/reports/cost/")) }
            try await writer.value
            // The last save (乙) is served in the end, and every answer on the way was whole.
            let final = try await poll(http, "/zh/reports/cost/") { $0.contains("开始乙 ") }
            check(
                RawHTTP.Response(
                    status: 200, headers: ["content-length": String(final.utf8.count)], body: Array(final.utf8)))
            #expect(seen.contains(marks[1]))
        }
    }

    /// Requests `target` until `done` holds for its body, for at most 30 seconds (a loaded CI machine is slow).
    func poll(_ http: RawHTTP, _ target: String, until done: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(30)
        var text = ""
        while Date() < deadline {
            text = try await http.get(target).text
            if done(text) { return text }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("timed out waiting on \(target)")
        return text
    }
}
