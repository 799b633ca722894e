import Baseline
import Foundation
import TestSupport
import Testing
import Workspace

/// What a build tells a progress line: its phases in order, and every render job it planned done.
@Suite struct BuildProgressTests {
    static let templates = repositoryRoot.appendingPathComponent("Templates").path

    func build(_ project: FixtureProject, progress: BuildProgress) -> BuildReport {
        var pipeline = BuildPipeline(
            loader: ProjectLoader(contentPath: project.path("Content"), templatesPath: Self.templates),
            outputPath: project.path("Output"))
        pipeline.progress = progress
        return pipeline.run()
    }

    @Test func fullBuildReportsEachPhaseAndEveryPageRendered() throws {
        let project = try FixtureProject([
            "Content/a.en.md": "# A\n\nText.\n",
            "Content/b.en.md": "# B\n\nText.\n",
            "Content/c.fr.md": "# C\n\nTexte.\n",
        ])
        defer { project.remove() }
        let progress = BuildProgress()
        #expect(build(project, progress: progress).published)
        let history = progress.history
        #expect(history.map(\.phase) + [progress.current.phase] == [.reading, .checking, .rendering, .writing])
        let rendering = try #require(history.first { $0.phase == .rendering })
        // Three pages and the lists, picker, 404 page and sitemap beside them.
        #expect(rendering.total > 3 && rendering.done == rendering.total)

        let again = BuildProgress()
        #expect(build(project, progress: again).published)
        #expect(
            !(again.history.map(\.phase) + [again.current.phase]).contains(.writing),
            "nothing changed, so nothing is written")
    }
}

/// The figure record a build keeps is what reading every page for it would give: the build
/// takes it from the figures `check` read, instead of reading them twice.
@Suite struct BuildFigureRecordTests {
    @Test func recordFromTheChecksEqualsARecordReadAfresh() throws {
        let project = try FixtureProject([
            "Content/a.en.md":
                "# A\n\n| Item | Cost ($) |\n| --- | ---: |\n| Disk | 1,200 |\n| CPU | 800 |\n| **Total** | **2,000** |\n\nThe bill is 2,000 × 12 = 24,000 a year.\n",
            "Content/a.fr.md":
                "# A\n\n| Poste | Coût ($) |\n| --- | ---: |\n| Disque | 1 200 |\n| CPU | 800 |\n| **Total** | **2 000** |\n",
            "Content/b.en.md": "# B\n\nNo figures here.\n",
        ])
        defer { project.remove() }
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: BuildProgressTests.templates)
        #expect(BuildPipeline(loader: loader, outputPath: project.path("Output")).run().published)
        let kept = try #require(FigureRecordStore(outputPath: project.path("Output")).read())
        let afresh = FigureRecorder.record(loader.load().content)
        #expect(kept == afresh)
        #expect(kept.pages["a.en.md"]?.figures.isEmpty == false)

        // A rebuild appends its changes; read back, they give the record of the site as it is now.
        try project.write("Content/a.en.md", "# A\n\nThe bill is 3,000 × 12 = 36,000 a year.\n")
        try FileManager.default.removeItem(atPath: project.path("Content/b.en.md"))
        #expect(BuildPipeline(loader: loader, outputPath: project.path("Output")).run().published)
        let updated = try #require(FigureRecordStore(outputPath: project.path("Output")).read())
        #expect(updated == FigureRecorder.record(loader.load().content))
        #expect(updated != kept && updated.pages["b.en.md"] == nil)
    }
}
