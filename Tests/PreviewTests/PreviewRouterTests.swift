import Content
import Foundation
import HummingbirdTesting
import Synchronization
import TestSupport
import Testing
import Workspace

@testable import Preview

/// The file server in-process (no socket): pages, assets, 404, redirects, HEAD, 304, refusals.
@Suite struct PreviewRouterTests {
    func withServer(
        output: Bool = false,
        _ body: @Sendable (any TestClientProtocol, PreviewServer, FixtureProject) async throws -> Void
    ) async throws {
        let project = try PreviewFixture.project()
        defer { project.remove() }
        let server = PreviewFixture.server(project, output: output)
        let app = await server.makeApplication()
        try await app.test(.router) { client in try await body(client, server, project) }
    }

    @Test func pagesAndCJKPathsAreServedWithTheReloadScript() async throws {
        try await withServer { client, server, _ in
            let home = try await client.execute(uri: "/", method: .get)
            #expect(home.status == .ok)
            #expect(home.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: home.body).contains("data-sitegen-preview"))
            #expect(
                String(buffer: home.body).contains(
                    "since=\(server.state.site.version)&instance=\(server.state.instance)"))
            let page = try await client.execute(uri: "/zh/reports/cost/", method: .get)
            #expect(String(buffer: page.body).contains("正文 第一版"))
            #expect(page.headers[.contentLength] == String(page.body.readableBytes))
            let cjk = try await client.execute(uri: "/ja/%E6%97%A5%E6%9C%AC/", method: .get)
            #expect(cjk.status == .ok)
            #expect(String(buffer: cjk.body).contains("日本語のページ"))
            let folder = try await client.execute(uri: "/ja/%E6%97%A5%E6%9C%AC", method: .get)
            #expect(folder.status == .movedPermanently)
            #expect(folder.headers[.location] == "/ja/%E6%97%A5%E6%9C%AC/")
        }
    }

    @Test func assetsCarryTheirContentTypes() async throws {
        try await withServer { client, _, _ in
            let expected = [
                "/assets/style.css": "text/css; charset=utf-8", "/assets/logo.svg": "image/svg+xml; charset=utf-8",
                "/assets/data.json": "application/json; charset=utf-8", "/assets/font.woff2": "font/woff2",
                "/assets/pic.png": "image/png", "/sitemap.xml": "application/xml; charset=utf-8",
                "/zh/atom.xml": "application/atom+xml; charset=utf-8",
            ]
            for (uri, type) in expected {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType] == type, "\(uri)")
                #expect(!String(buffer: response.body).contains("data-sitegen-preview"), "\(uri)")
            }
        }
    }

    @Test func aMissingPageGetsTheSites404() async throws {
        try await withServer { client, _, _ in
            let response = try await client.execute(uri: "/zh/no-such-report/", method: .get)
            #expect(response.status == .notFound)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            #expect(String(buffer: response.body).contains("<html"))
            #expect(String(buffer: response.body).contains("data-sitegen-preview"))
            #expect(try await client.execute(uri: "/assets/missing.css", method: .get).status == .notFound)
        }
    }

    @Test func headAndConditionalRequests() async throws {
        try await withServer { client, _, _ in
            for uri in ["/zh/reports/cost/", "/assets/style.css"] {
                let full = try await client.execute(uri: uri, method: .get)
                let etag = try #require(full.headers[.eTag])
                let head = try await client.execute(uri: uri, method: .head)
                #expect(head.status == .ok && head.body.readableBytes == 0)
                #expect(head.headers[.contentLength] == String(full.body.readableBytes))
                #expect(head.headers[.eTag] == etag)
                for condition in [etag, "W/\(etag)", "\"other\", \(etag)", "*"] {
                    let again = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: condition])
                    #expect(again.status == .notModified, "\(uri) \(condition)")
                    #expect(again.body.readableBytes == 0)
                    #expect(again.headers[.eTag] == etag)
                }
                let stale = try await client.execute(uri: uri, method: .get, headers: [.ifNoneMatch: "\"stale\""])
                #expect(stale.status == .ok)
            }
            #expect(try await client.execute(uri: "/", method: .post).status == .methodNotAllowed)
        }
    }

    @Test(arguments: [
        "/../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/zh/..%2f..%2fetc%2fpasswd", "/%5c..%5cetc%5cpasswd",
        "/a\\..\\b", "//etc/passwd", "/%00", "/%ff", "/zh/%2E%2E/%2E%2E/",
    ])
    func traversalIsRefused(uri: String) async throws {
        try await withServer { client, _, _ in
            let response = try await client.execute(uri: uri, method: .get)
            #expect(response.status == .badRequest, "\(uri)")
            #expect(!String(buffer: response.body).contains("root:"))
        }
    }

    @Test func diagnosticsShowAsAnEscapedOverlayAndClear() async throws {
        try await withServer { client, server, _ in
            let hostile = Diagnostic(
                .error, rule: "front-matter", "bad <script>alert(1)</script> & more",
                at: SourceLocation(file: "Content/x.zh.md", line: 3, column: 2))
            let figure = Diagnostic(
                .warning, rule: "table-total", "the total is not the sum",
                at: SourceLocation(file: "Content/x.zh.md", line: 2, column: 4),
                stated: "2,338 <b>", computed: "2,337")
            let site = server.state.site
            let files = site.files.mapValues { Array($0.body.readableBytesView) }
            server.state.publish(
                files: files, changed: [], diagnostics: [hostile, figure],
                sources: ["Content/x.zh.md": "---\na: 1\n<b>成本</b>\n---\n"])
            let page = String(buffer: try await client.execute(uri: "/zh/", method: .get).body)
            #expect(page.contains("id=\"sitegen-overlay\""))
            #expect(page.contains("Content/x.zh.md:3:2"))
            #expect(page.contains("bad &lt;script&gt;alert(1)&lt;/script&gt; &amp; more"))
            #expect(page.contains("3 | &lt;b&gt;成本&lt;/b&gt;"))
            #expect(!page.contains("<script>alert(1)"))
            #expect(page.contains("warning[table-total]") && page.contains("stated 2,338 &lt;b&gt;, computed 2,337"))
            server.state.publish(files: files, changed: [], diagnostics: [], sources: [:])
            let fixed = String(buffer: try await client.execute(uri: "/zh/", method: .get).body)
            #expect(!fixed.contains("sitegen-overlay"))
        }
    }

    @Test func theOutputFolderOnDiskNeverGetsTheScript() async throws {
        try await withServer(output: true) { _, _, project in
            // The server answers first; the output folder is written meanwhile.
            let deadline = ContinuousClock.now + .seconds(30)
            while project.snapshot("Output")["zh/reports/cost/index.html"] == nil, ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let written = project.snapshot("Output")
            #expect(written["zh/reports/cost/index.html"] != nil)
            for (path, data) in written {
                #expect(!String(decoding: data, as: UTF8.self).contains("sitegen-preview"), "\(path)")
            }
        }
    }

    @Test func aFailedWriteOfTheOutputFolderIsToldOnceAndNotAsAnotherRebuild() async throws {
        let project = try PreviewFixture.project()
        defer { project.remove() }
        // An output folder inside the content folder is refused before anything is written.
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
        let server = PreviewServer(
            .init(host: "127.0.0.1", port: 0, loader: loader, outputPath: project.path("Content/Output")))
        let told = Mutex<(rebuilds: Int, failures: [Diagnostic])>((0, []))
        let app = await server.makeApplication(
            onRebuild: { _ in told.withLock { $0.rebuilds += 1 } },
            onWriteFailure: { problem in told.withLock { $0.failures.append(problem) } })
        try await app.test(.router) { client in
            let deadline = ContinuousClock.now + .seconds(30)
            while told.withLock({ $0.failures.isEmpty }), ContinuousClock.now < deadline {
                try await Task.sleep(for: .milliseconds(20))
            }
            let (rebuilds, failures) = told.withLock { $0 }
            #expect(rebuilds == 1)
            #expect(failures.map(\.rule) == ["output"])
            #expect(failures.first?.message.contains("overlaps the content folder") == true)
            #expect(try await client.execute(uri: "/zh/reports/cost/", method: .get).status == .ok)
        }
        #expect(!FileManager.default.fileExists(atPath: project.path("Content/Output")))
    }

    @Test func aProjectThatNeverBuiltStillShowsItsErrors() async throws {
        let project = try PreviewFixture.project()
        defer { project.remove() }
        try project.write("Content/reports/cost.zh.md", "---\ntitle: [broken\n---\n正文\n")
        let server = PreviewFixture.server(project)
        let app = await server.makeApplication()
        try await app.test(.router) { client in
            let response = try await client.execute(uri: "/", method: .get)
            #expect(response.status == .notFound)
            let page = String(buffer: response.body)
            #expect(page.contains("sitegen-overlay") && page.contains("reports/cost.zh.md:"))
            #expect(page.contains("data-sitegen-preview"), "the page reloads once the file is fixed")
        }
    }
}
