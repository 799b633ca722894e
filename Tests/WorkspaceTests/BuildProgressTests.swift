import Foundation
import Testing
import TestSupport
import Workspace

/// What a build tells a progress line: its phases in order, and every render job it planned done.
@Suite struct BuildProgressTests {
    static let templates = repositoryRoot.appendingPathComponent("Templates").path

    func build(_ project: FixtureProject, progress: BuildProgress) -> BuildReport {
        var pipeline = BuildPipeline(loader: ProjectLoader(contentPath: project.path("Content"), templatesPath: Self.templates),
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
        #expect(!(again.history.map(\.phase) + [again.current.phase]).contains(.writing), "nothing changed, so nothing is written")
    }
}
