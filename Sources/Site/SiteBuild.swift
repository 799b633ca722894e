import Content

/// What a build produced: the site's files, and the problems found while rendering its pages
/// (a chart block that names a missing column, say), which the caller reports and fails on.
public struct SiteBuild: Sendable {
    public var files: [OutputFile]
    public var diagnostics: [Diagnostic]

    public init(files: [OutputFile], diagnostics: [Diagnostic]) {
        self.files = files
        self.diagnostics = diagnostics
    }
}
