import ArgumentParser
import Foundation
import Workspace

/// `sitegen build`: renders the site into the output folder, or leaves it untouched on error.
struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Render Content/ with Templates/ into Output/.",
        discussion: "The previous output stays as it was unless the whole build succeeds."
    )

    @OptionGroup var project: ProjectOptions
    @OptionGroup var publishing: PublishingOptions
    @Flag(name: .customLong("no-cache"), help: "Render every page and keep no .sitegen-cache beside the output folder.")
    var noCache = false
    @Flag(help: "Print problems only: no progress line and no summary.")
    var quiet = false

    func run() throws {
        let started = Date()
        let output = project.output
        InterruptHandlers.install(output: output)
        var pipeline = BuildPipeline(loader: project.loader, outputPath: output, baseURL: publishing.baseURL)
        pipeline.strict = publishing.strict
        pipeline.incremental = !noCache
        pipeline.endsTheProcess = true
        let progress = BuildProgress()
        pipeline.progress = progress
        let line = ProgressLine.start(progress, quiet: quiet)
        let report = pipeline.run()
        line?.stop()
        DiagnosticPrinter(sources: report.sources).print(report.diagnostics)
        let elapsed = String(format: "%.2f", Date().timeIntervalSince(started))
        let perLanguage = report.pagesPerLanguage.map { "\($0.language) \($0.count)" }.joined(separator: ", ")
        let total = report.pagesPerLanguage.reduce(0) { $0 + $1.count }
        if report.published {
            guard !quiet else { return }
            print("sitegen: built \(total) pages (\(perLanguage)) into \(output) in \(elapsed) s")
        } else {
            let errors = report.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.stderr(
                "sitegen: build failed with \(errors) error\(errors == 1 ? "" : "s"); \(output) was left unchanged")
            throw ExitCode(1)
        }
    }
}
