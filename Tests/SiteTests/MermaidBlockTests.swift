import Content
import Diagrams
import Graphviz
import TestSupport
import Testing

@testable import Site

/// Mermaid blocks in pages: drawn as a figure, or kept as code with warnings at file:line:col.
@Suite struct MermaidBlockTests {
    static let flow = "```mermaid\ngraph TD\n    A[开始] --> B{检查}\n```\n"

    private func site(_ pages: [String: String], diagrams: DiagramRenderer = DiagramRenderer()) throws -> SiteBuild {
        var settings = SiteSettings()
        settings.languages = ["zh"]
        settings.defaultLanguage = "zh"
        let loaded = pages.sorted { $0.key < $1.key }.compactMap {
            PageLoader(settings: settings).load(file: $0.key, text: $0.value).0
        }
        let (content, _) = ContentSet.assemble(loaded, settings: settings)
        var builder = SiteBuilder(settings: settings, theme: try RepositoryTheme.load(languages: ["zh"]))
        builder.diagrams = diagrams
        return try builder.build(content)
    }

    private func page(_ site: SiteBuild, _ path: String) -> String {
        site.files.first { $0.path == path }?.text ?? ""
    }

    @Test(.enabled(if: GraphvizLibrary.system.isAvailable)) func aFlowchartBecomesAFigureWithThePagesWords() throws {
        let built = try site(["a.zh.md": "# 流程\n\n" + Self.flow])
        let html = page(built, "zh/a/index.html")
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        #expect(
            html.contains("<figure class=\"diagram\" tabindex=\"0\">")
                && html.contains("<title id=\"diagram-3-title\">流程图</title>"))
        #expect(html.contains("节点：") || html.contains("节点: "))
        #expect(!html.contains("language-mermaid"))
    }

    @Test func withoutGraphvizBlocksStayCodeAndTheBuildSaysSoOnce() throws {
        let missing = DiagramRenderer(graphviz: GraphvizLibrary(names: ["libgvc-not-installed.so.99"]))
        let built = try site(
            ["a.zh.md": "# 一\n\n" + Self.flow + "\n" + Self.flow, "b.zh.md": "# 二\n\n" + Self.flow], diagrams: missing)
        #expect(
            page(built, "zh/a/index.html").components(separatedBy: "<code class=\"language-mermaid\">").count - 1 == 2)
        #expect(page(built, "zh/b/index.html").contains("<code class=\"language-mermaid\">"))
        let missingNotes = built.diagnostics.filter { $0.rule == MermaidBlock.missingGraphvizRule }
        #expect(missingNotes.count == 1 && missingNotes[0].severity == .warning)
        #expect(missingNotes[0].message.contains("apt-get install libgraphviz-dev"))
        #expect(built.diagnostics.count == 1)
    }

    @Test func aProblemIsAWarningAtItsPlaceInTheFileAndTheBlockStaysCode() throws {
        let built = try site(["a.zh.md": "---\ntitle: T\n---\n# T\n\n```mermaid\ngraph TD\n    A --> B ]\n```\n"])
        let d = try #require(built.diagnostics.first)
        #expect(built.diagnostics.count == 1 && d.severity == .warning && d.rule == "mermaid")
        #expect(d.location == SourceLocation(file: "a.zh.md", line: 8, column: 13))
        #expect(page(built, "zh/a/index.html").contains("<code class=\"language-mermaid\">"))
        #expect(
            MermaidValidation.diagnostics(for: [
                try #require(
                    PageLoader(settings: SiteSettings()).load(
                        file: "a.zh.md", text: "---\ntitle: T\n---\n# T\n\n```mermaid\ngraph TD\n    A --> B ]\n```\n"
                    ).0)
            ]) == built.diagnostics)
    }

    @Test func aPieBecomesTheProjectsBarChart() throws {
        let built = try site(["a.zh.md": "# 饼\n\n```mermaid\npie title 工时占比\n    \"基准\" : 10\n    \"人工抽检\" : 35\n```\n"]
        )
        let html = page(built, "zh/a/index.html")
        #expect(built.diagnostics.isEmpty)
        #expect(html.contains("<figure class=\"chart\"") && html.contains("工时占比") && html.contains("人工抽检"))
    }
}
