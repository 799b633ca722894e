import ArgumentParser
import Workspace

/// The folders and draft switch every command that builds the site reads (`build`, `serve`).
struct ProjectOptions: ParsableArguments {
    @Option(help: "The folder of Markdown pages and site.yaml.")
    var content = "Content"
    @Option(help: "The theme folder: templates, i18n strings and assets.")
    var templates = "Templates"
    @Option(help: "The folder to write the site into (serve mirrors what it serves there, without its reload script).")
    var output = "Output"
    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    var loader: ProjectLoader {
        ProjectLoader(contentPath: content, templatesPath: templates, includeDrafts: drafts)
    }
}

/// How the site is published and how strict its figures are, the same for `build` and `serve`.
struct PublishingOptions: ParsableArguments {
    @Option(name: .customLong("base-url"), help: "The address the site is published at (feeds and sitemap).")
    var baseURL: String?
    @Flag(help: "Fail the build on a wrong figure, as `sitegen check` does, instead of warning.")
    var strict = false
}
