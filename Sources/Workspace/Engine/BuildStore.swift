import Content
import Site
import TextKit

/// Where `BuildExecutor` finds the last build and leaves this one: `.sitegen-cache/` and the
/// output folder for `build` (`CachedOutput`), the last good site in memory for `serve`
/// (`LiveSite`). The executor asks it the questions whose answers depend on what it keeps,
/// and hands it each step's result; everything else is the executor's, the same for both.
protocol BuildStore: RebuildStore {
    /// Takes in the run's checks; returns every finding to report (the run's and those the
    /// store keeps for pages not checked again) and the checks pages are rendered with.
    mutating func checked(_ run: BuildExecutor.Run) -> (findings: [Diagnostic], checks: [String: PageCheck])
    /// The site plan to render `content` with; `keepingListings` when the rebuild's pages all
    /// list as they did, so what the store kept of the last plan's navigation may serve again.
    func sitePlan(for content: ContentSet, settings: SiteSettings, keepingListings: Bool) -> SitePlan
    /// The planned pages to render: those whose output may differ from what the store holds.
    func pagesToRender(_ run: BuildExecutor.Run, plan: SitePlan) -> Set<String>
    /// Whether the theme's files are rendered on every run; a store that keeps them from its
    /// first render does not.
    var rendersAssets: Bool { get }
    /// Every output path the store holds from the last build.
    var outputPaths: [String] { get }
    /// The files of `files` whose bytes differ from what the store holds at their paths, each
    /// with its content hash when the store records hashes.
    func differing(_ files: [OutputFile]) -> [(file: OutputFile, hash: ContentHash?)]
    /// Puts `run.changes` where the site is read from; the problem if it failed.
    mutating func publish(_ run: BuildExecutor.Run) -> Diagnostic?
    /// Keeps what the next run needs to know of this one, once it is published.
    mutating func record(_ run: BuildExecutor.Run)
}

extension BuildStore {
    func sitePlan(for content: ContentSet, settings: SiteSettings, keepingListings: Bool) -> SitePlan {
        SitePlan(content: content, settings: settings)
    }
}

/// The output files one run changed: those to write, and the paths it no longer makes.
struct OutputChanges {
    var writes: [(file: OutputFile, hash: ContentHash?)] = []
    var removed: [String] = []

    var isEmpty: Bool { writes.isEmpty && removed.isEmpty }
    /// Every path written or removed.
    var paths: Set<String> { Set(writes.map(\.file.path)).union(removed) }
}
