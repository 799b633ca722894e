import Content
import ExternalTools
import Foundation
import Site
import TestSupport
import Testing

@testable import Workspace

/// Highlighted code and typeset formulas are kept by content hash, so a rebuild asks the tools
/// only about blocks that are new or edited; a missing tool is reported once per build.
@Suite struct RenderCacheTests {
    /// Counts what reaches it, as the worker pool counts requests.
    final class Counting: CodeHighlighter, MathRenderer, @unchecked Sendable {
        private let lock = NSLock()
        private var asked: [String] = []
        var available = true

        func highlight(_ code: String, language: String) -> HighlightResult {
            lock.withLock { asked.append(code) }
            return available ? .highlighted("<span class=\"k\">\(code.count)</span>\n") : .unavailable
        }

        func render(_ tex: String, display: Bool) -> MathResult {
            lock.withLock { asked.append(tex) }
            return available ? .mathML("<math><mi>\(tex.count)</mi></math>") : .unavailable
        }

        var requests: [String] { lock.withLock { asked } }
        func reset() { lock.withLock { asked = [] } }
    }

    static let pages = [
        "Content/site.yaml": "title: T\ndefaultLanguage: en\nlanguages: [en]\n",
        "Content/a.en.md": "---\ntitle: A\n---\n```python\nprint(1)\n```\n\n```bash\necho a\n```\n\nCost $C = n$.\n",
        "Content/b.en.md": "---\ntitle: B\n---\n```python\nprint(2)\n```\n\n```yaml\nk: v\n```\n",
    ]

    func project() throws -> FixtureProject {
        let project = try FixtureProject(Self.pages)
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates"), to: project.root.appendingPathComponent("Templates")
        )
        return project
    }

    func build(_ project: FixtureProject, tool: Counting, missing: @escaping @Sendable () -> [String] = { [] })
        -> BuildReport
    {
        var pipeline = BuildPipeline(
            loader: ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates")),
            outputPath: project.path("Output"))
        pipeline.tools = BuildTools(render: RenderTools(highlighter: tool, math: tool), missing: missing)
        return pipeline.run()
    }

    @Test func rebuildAsksOnlyAboutEditedBlocks() throws {
        let project = try project()
        defer { project.remove() }
        let tool = Counting()
        #expect(build(project, tool: tool).published)
        #expect(tool.requests.sorted() == ["C = n", "echo a\n", "k: v\n", "print(1)\n", "print(2)\n"])

        // One block of one page edited: that block alone reaches the tool, though its page renders again.
        tool.reset()
        try project.write(
            "Content/a.en.md",
            try #require(project.read("Content/a.en.md")).replacingOccurrences(of: "echo a", with: "echo b"))
        #expect(build(project, tool: tool).published)
        #expect(tool.requests == ["echo b\n"])
        #expect(project.read("Output/en/a/index.html")?.contains("<span class=\"k\">7</span>") == true)

        // A full build (a theme change) renders every page, but every block is known.
        tool.reset()
        try project.write("Templates/assets/extra.css", "p {}\n")
        #expect(build(project, tool: tool).published)
        #expect(tool.requests == [])
    }

    /// A stand-in tool whose version the test sets, identified by one file the test can touch.
    final class FakeVersion: @unchecked Sendable {
        private let lock = NSLock()
        private var current = "1.0"
        private var asked = 0
        let file: String

        init(file: String) { self.file = file }

        var version: String {
            get { lock.withLock { current } }
            set { lock.withLock { current = newValue } }
        }
        var askedCount: Int { lock.withLock { asked } }

        var tool: VersionedTool {
            VersionedTool(name: "code", located: { [self.file] }) {
                self.lock.withLock {
                    self.asked += 1
                    return ToolIdentity(version: self.current, files: [])
                }
            }
        }
    }

    @Test func toolUpgradeRendersEveryBlockAgain() throws {
        let project = try project()
        defer { project.remove() }
        let tool = Counting()
        let fake = FakeVersion(file: project.path("fake-pygments"))
        try project.write("fake-pygments", "1.0\n")
        func build() -> BuildReport {
            var pipeline = BuildPipeline(
                loader: ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates")),
                outputPath: project.path("Output"))
            pipeline.tools = BuildTools(render: RenderTools(highlighter: tool, math: tool), versioned: [fake.tool])
            return pipeline.run()
        }
        #expect(build().published)
        #expect(tool.requests.count == 5)
        #expect(fake.askedCount == 1)

        // Nothing changed: the version comes from the record, no tool is started or asked.
        tool.reset()
        #expect(build().published)
        #expect(tool.requests == [])
        #expect(fake.askedCount == 1)

        // The tool's file changed (an upgrade): it is asked again, and its new version makes every
        // cached block and every page stale.
        fake.version = "2.0"
        try project.write("fake-pygments", "2.0 upgraded\n")
        tool.reset()
        #expect(build().published)
        #expect(fake.askedCount == 2)
        #expect(tool.requests.sorted() == ["echo a\n", "k: v\n", "print(1)\n", "print(2)\n"])

        // The file touched but the version the same: asked once more, nothing renders again, and
        // the record takes the new stamp so the build after asks nothing.
        try project.write("fake-pygments", "2.0 reinstalled\n")
        tool.reset()
        #expect(!build().diagnostics.hasErrors)
        #expect(fake.askedCount == 3)
        #expect(tool.requests == [])
        #expect(!build().diagnostics.hasErrors)
        #expect(fake.askedCount == 3)

        // Same file, same version again: the record holds.
        tool.reset()
        #expect(build().published)
        #expect(tool.requests == [])
        #expect(fake.askedCount == 3)

        // A build that fails writes nothing, not even what a tool said.
        let failing = try self.project()
        defer { failing.remove() }
        try failing.write("Content/a.en.md", "---\ntitle: [unclosed\n---\nx\n")
        var pipeline = BuildPipeline(
            loader: ProjectLoader(contentPath: failing.path("Content"), templatesPath: failing.path("Templates")),
            outputPath: failing.path("Output"))
        pipeline.tools = BuildTools(render: RenderTools(highlighter: tool, math: tool), versioned: [fake.tool])
        #expect(!pipeline.run().published)
        #expect(!FileManager.default.fileExists(atPath: ToolVersionStore(outputPath: failing.path("Output")).url.path))
    }

    @Test func missingToolWarnsOnceAndKeepsNoBuildCache() throws {
        let project = try project()
        defer { project.remove() }
        let tool = Counting()
        tool.available = false
        let report = build(project, tool: tool) { ["code blocks are shown without colours: install it"] }
        #expect(report.published)
        #expect(
            report.diagnostics.filter { $0.rule == "tools" }.map(\.message) == [
                "code blocks are shown without colours: install it"
            ])
        #expect(
            project.read("Output/en/a/index.html")?.contains(
                "<pre><code class=\"language-python\">print(1)\n</code></pre>") == true)
        // Nothing learned from a missing tool is kept, and the next build renders every page, so
        // installing the tool is enough to colour them.
        #expect(CacheStore(outputPath: project.path("Output")).read() == nil)
        #expect(RenderCacheStore(outputPath: project.path("Output")).read().isEmpty)
        tool.available = true
        tool.reset()
        #expect(build(project, tool: tool).published)
        #expect(tool.requests.count == 5)
        #expect(project.read("Output/en/b/index.html")?.contains("<span class=\"k\">") == true)
    }

    @Test func storeRoundTripsAndRefusesACutFile() throws {
        let project = try FixtureProject([:])
        defer { project.remove() }
        let store = RenderCacheStore(outputPath: project.path("Output"))
        let entries: [UInt64: String] = [1: "h<span>ℝ</span>", 0xFFFF_FFFF_FFFF_FFFF: "u", 7: ""]
        store.write(entries)
        #expect(store.read() == entries)
        let bytes = try Data(contentsOf: store.url)
        try bytes.dropLast(2).write(to: store.url)
        #expect(store.read().isEmpty)
    }
}
