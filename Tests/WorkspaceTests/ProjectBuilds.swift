import Foundation
import TestSupport

@testable import Workspace

/// Builds a fixture project's `Content/` with its `Templates/` into `output`, as `sitegen build` does.
func build(_ project: FixtureProject, output: String = "Output", incremental: Bool = true) -> BuildReport {
    let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
    var pipeline = BuildPipeline(loader: loader, outputPath: project.path(output))
    pipeline.incremental = incremental
    return pipeline.run()
}

/// The output without the marker, whose build token differs from build to build.
func site(_ project: FixtureProject, _ output: String = "Output") -> [String: Data] {
    project.snapshot(output).filter { $0.key != OutputPublisher.marker }
}
