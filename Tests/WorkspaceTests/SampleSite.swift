import Foundation
import TestSupport
import Workspace

/// The repository's own sample site, as tests build it.
enum SampleSite {
    /// A loader for `Content/` with `Templates/`, as a new user's first build uses them.
    static var loader: ProjectLoader {
        ProjectLoader(
            contentPath: repositoryRoot.appendingPathComponent("Content").path,
            templatesPath: repositoryRoot.appendingPathComponent("Templates").path)
    }

    /// The sample site built once for the tests that only read the result; each of them used to
    /// build the whole site again.
    static let built: (report: BuildReport, output: FixtureProject) = {
        let output = try! FixtureProject([:])
        return (BuildPipeline(loader: loader, outputPath: output.path("Output")).run(), output)
    }()
}
