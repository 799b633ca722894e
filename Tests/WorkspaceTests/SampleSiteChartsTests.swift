import Content
import Foundation
import TestSupport
import Testing
import Workspace

/// The charts of the repository's own sample site, and a chart block that fails a build.
@Suite struct SampleSiteChartsTests {
    @Test func everyChartInTheSampleSiteIsWellFormedXML() throws {
        let (report, out) = SampleSite.built
        #expect(report.published, "\(report.diagnostics)")
        var kinds: Set<String> = []
        for (path, data) in out.snapshot("Output") where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let svgs = XMLCheck.svgElements(in: html)
            // Report pages, not the reports section's own list.
            if path.contains("/reports/"), path.split(separator: "/").count == 4 {
                #expect(!svgs.isEmpty, "\(path) has no chart")
            }
            for svg in svgs {
                #expect(XMLCheck.problem(svg) == nil, "\(path): \(XMLCheck.problem(svg) ?? "")")
                if svg.contains("chart-break-even") { kinds.insert("break-even") }
                if svg.contains(">0.01<") || svg.contains(">0,01<") { kinds.insert("log") }
            }
        }
        #expect(kinds == ["break-even", "log"])
    }

    @Test func sampleSiteChartsAreByteIdenticalBetweenBuilds() throws {
        let out = try FixtureProject([:])
        defer { out.remove() }
        let loader = SampleSite.loader
        _ = BuildPipeline(loader: loader, outputPath: out.path("A")).run()
        _ = BuildPipeline(loader: loader, outputPath: out.path("B")).run()
        let a = out.snapshot("A"), b = out.snapshot("B")
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, data) in a where path.hasSuffix(".html") { #expect(b[path] == data, "\(path)") }
    }

    @Test func aBadChartBlockFailsTheBuildAndLeavesOutputAlone() throws {
        let project = try FixtureProject([
            "Content/r.md": "# R\n\n| a | b |\n| --- | --- |\n| x | 1 |\n\n```chart\ntable: 1\nvalue: c\n```\n",
            "Templates/base.mustache": "{{{body}}}", "Templates/page.mustache": "{{{body}}}",
            "Templates/list.mustache": "",
            "Templates/home.mustache": "", "Templates/404.mustache": "",
            "Output/.gitkeep": "",
        ])
        defer { project.remove() }
        let before = project.snapshot("Output")
        let report = BuildPipeline(
            loader: ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates")),
            outputPath: project.path("Output")
        ).run()
        #expect(!report.published)
        let d = try #require(report.diagnostics.first { $0.rule == "chart" })
        #expect(d.location == SourceLocation(file: project.path("Content") + "/r.md", line: 9, column: 8))
        #expect(project.snapshot("Output") == before)
    }

    @Test func checkReportsTheChartProblemBuildFailsOn() throws {
        let project = try FixtureProject([
            "Content/r.md": "# R\n\n| a | b |\n| --- | --- |\n| x | 1 |\n\n```chart\ntable: 1\nvalue: c\n```\n",
            "Templates/base.mustache": "{{{body}}}", "Templates/page.mustache": "{{{body}}}",
            "Templates/list.mustache": "",
            "Templates/home.mustache": "", "Templates/404.mustache": "",
        ])
        defer { project.remove() }
        let build = BuildPipeline(
            loader: ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates")),
            outputPath: project.path("Output")
        ).run()
        let check = CheckPipeline(paths: [project.path("Content")]).run()
        let fromBuild = build.diagnostics.filter { $0.rule == "chart" }
        #expect(fromBuild.count == 1)
        #expect(check.diagnostics.filter { $0.rule == "chart" } == fromBuild)
        #expect(check.summary.errors == 1)
    }
}
