import Content
import Foundation
import TestSupport
import Testing
import Workspace

/// What a build promises about the output folder and hostile input.
@Suite struct BuildSafetyTests {
    static let templates = repositoryRoot.appendingPathComponent("Templates").path

    func build(_ project: FixtureProject, output: String = "Output") -> BuildReport {
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: Self.templates)
        return BuildPipeline(loader: loader, outputPath: project.path(output)).run()
    }

    @Test func hostileTitleIsEscapedEverywhere() throws {
        let project = try FixtureProject([
            "Content/a.zh.md":
                "---\ntitle: \"<script>alert(1)</script>\\\"><svg onload=x>\"\nsummary: \"<b>x</b>\"\ndate: 2025-01-02\n---\n\n正文 <img src=x onerror=alert(1)>\n"
        ])
        defer { project.remove() }
        let report = build(project)
        #expect(report.published)
        let page = try #require(project.read("Output/zh/a/index.html"))
        // The theme's own two inline scripts (stored theme, theme menu) are the only ones.
        #expect(!page.contains("<script>alert") && !page.contains("<svg onload") && !page.contains("<img src=x"))
        #expect(page.components(separatedBy: "<script>").count - 1 == 2)
        #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let feed = try #require(project.read("Output/zh/atom.xml"))
        #expect(feed.contains("<title>&lt;script&gt;") && !feed.contains("<script>"))
        let index = try #require(project.read("Output/zh/index.html"))
        #expect(!index.contains("<script>alert") && !index.contains("<b>x</b>"))
        #expect(index.components(separatedBy: "<script>").count - 1 == 2)
    }

    @Test func brokenFileLeavesPreviousOutputByteForByte() throws {
        let project = try FixtureProject(["Content/a.zh.md": "---\ntitle: 好\n---\n# 好\n", "Content/b.fr.md": "# Bon\n"])
        defer { project.remove() }
        #expect(build(project).published)
        let before = project.snapshot("Output")
        #expect(!before.isEmpty)
        try project.write("Content/a.zh.md", "---\ntitle: [unclosed\n---\n# 坏\n")
        try project.write("Content/c.fr.md", "---\ndate: yesterday\n---\n# Mauvais\n")
        let report = build(project)
        #expect(!report.published)
        // Both bad files are reported, not just the first.
        #expect(
            Set(report.diagnostics.filter { $0.severity == .error }.map(\.location.file)) == [
                project.path("Content/a.zh.md"), project.path("Content/c.fr.md"),
            ])
        #expect(project.snapshot("Output") == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter {
            $0.contains("staging") || $0.contains("previous")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func slugCannotEscapeAndCJKPathsStayReadable() throws {
        let project = try FixtureProject([
            "Content/escape.zh.md": "---\nslug: ../../etc\n---\n# x\n",
            "Content/日本.ja.md": "---\ntitle: 日本\n---\n# 日本\n",
        ])
        defer { project.remove() }
        let report = build(project)
        #expect(!report.published)
        #expect(report.diagnostics.contains { $0.message.contains("single path segment") && $0.location.line == 2 })
        try project.write("Content/escape.zh.md", "# x\n")
        #expect(build(project).published)
        #expect(project.read("Output/ja/日本/index.html") != nil)
        #expect(project.read("Output/ja/index.html")?.contains("href=\"%E6%97%A5%E6%9C%AC/index.html\"") == true)
    }

    @Test func outputInsideContentOrForeignFolderIsRefused() throws {
        let project = try FixtureProject(["Content/a.md": "# A\n", "Mine/notes.txt": "keep me"])
        defer { project.remove() }
        let inside = build(project, output: "Content/out")
        #expect(!inside.published && inside.diagnostics.contains { $0.message.contains("overlaps the content folder") })
        let foreign = build(project, output: "Mine")
        #expect(!foreign.published && foreign.diagnostics.contains { $0.message.contains("did not make") })
        #expect(project.read("Mine/notes.txt") == "keep me")
    }

    @Test func invalidUTF8IsReportedAtItsLine() throws {
        let project = try FixtureProject(["Content/ok.md": "# ok\n"])
        defer { project.remove() }
        try Data("# 标题\n\nbad \u{FF}".utf8.map { $0 } + [0xFF, 0x0A]).write(
            to: project.root.appendingPathComponent("Content/bad.md"))
        let report = build(project)
        let d = try #require(report.diagnostics.first { $0.rule == "encoding" })
        #expect(d.location.line == 3 && d.location.column == 6)
    }
}

/// `build` runs the same checks as `check`: warnings by default, failures with `--strict`.
@Suite struct BuildCheckTests {
    @Test func wrongFigureIsMarkedOnThePageAndFailsOnlyWhenStrict() throws {
        let project = try FixtureProject([
            "Content/a.zh.md": "---\ntitle: 预算\n---\n\n- 1000万输入token × 5美元/百万token = **0.05美元**\n- 2 × 3 = 6\n"
        ])
        defer { project.remove() }
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: BuildSafetyTests.templates)
        let report = BuildPipeline(loader: loader, outputPath: project.path("Output")).run()
        #expect(report.published)
        #expect(report.diagnostics.map(\.severity) == [.warning])
        let page = try #require(project.read("Output/zh/a/index.html"))
        #expect(
            page.contains(
                "<mark class=\"figure-wrong\" title=\"计算值 50.00美元\">0.05美元<span class=\"figure-computed\"> (计算值 50.00美元)</span></mark>"
            ))
        #expect(page.contains("已核对 6 个数字，1 个不一致"))

        var strict = BuildPipeline(loader: loader, outputPath: project.path("Strict"))
        strict.strict = true
        let failed = strict.run()
        #expect(!failed.published && failed.diagnostics.map(\.severity) == [.error])
        #expect(project.read("Strict/zh/a/index.html") == nil)
    }
}
