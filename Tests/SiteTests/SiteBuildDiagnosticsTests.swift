import Content
import Site
import TestSupport
import Testing

/// `SiteBuilder.build` hands back what rendering found, beside the files, for the caller to report.
@Suite struct SiteBuildDiagnosticsTests {
    @Test func aBadChartBlockComesBackWithTheFiles() throws {
        var settings = SiteSettings()
        settings.languages = ["en"]
        settings.defaultLanguage = "en"
        let text = "# R\n\n| a | b |\n| --- | --- |\n| x | 1 |\n\n```chart\ntable: 3\n```\n"
        let (page, _) = PageLoader(settings: settings).load(file: "r.en.md", text: text)
        let (content, _) = ContentSet.assemble([try #require(page)], settings: settings)
        let site = try SiteBuilder(settings: settings, theme: try RepositoryTheme.load(languages: ["en"])).build(
            content)
        #expect(site.files.contains { $0.path == "en/r/index.html" })
        #expect(site.diagnostics.count == 1)
        let d = try #require(site.diagnostics.first)
        #expect(d.severity == .error && d.rule == "chart")
        #expect(d.location == SourceLocation(file: "r.en.md", line: 8, column: 8))
    }
}
