import Content

/// What one `LiveBuild.update` did, and the complete site to serve afterwards.
public struct LiveBuildResult: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// Every page rendered: the first build, or settings, theme or languages changed.
        case full
        /// Only the pages an edit can change, plus the indexes, feeds and sitemap.
        case incremental
        /// Nothing that matters changed (a save without edits, say).
        case unchanged
        /// An error stopped the render; `files` is still the last good site.
        case failed
        /// A file changed again while it was being read (an editor still writing it); nothing was
        /// rendered, and the next scan reads it again.
        case pending
    }

    public var outcome: Outcome
    /// Every file of the site by output path: the new site, or the last good one when `failed`.
    public var files: [String: [UInt8]]
    /// Output paths whose bytes changed, appeared or disappeared in this update.
    public var changedPaths: Set<String>
    /// Content files read and parsed again.
    public var reparsed: [String]
    /// Pages rendered again (indexes and feeds not counted).
    public var renderedPages: Int
    public var diagnostics: [Diagnostic]
    /// File text by the path diagnostics use, so they can quote the offending line.
    public var sources: [String: String]
    public var duration: Duration
}
