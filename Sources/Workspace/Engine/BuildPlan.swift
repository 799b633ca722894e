import Content
import Site

/// What a build redoes: the previous state and the site now in, what to check and what to
/// render out. Pure. With no previous state (a first build, `--no-cache`, a cache that no
/// longer matches the output folder) it is everything: a full build is this plan with an
/// empty previous state, run by the same `BuildExecutor` as every rebuild.
struct BuildPlan {
    /// The groups to check and the lists to render again; nil checks every page.
    var checks: RebuildPlan?
    /// What to render; nil renders every page and list (also when only some groups are
    /// checked: `serve` after its theme changed).
    var renders: RebuildPlan?

    /// Every page checked, every page and list rendered.
    static let everything = BuildPlan(checks: nil, renders: nil)

    /// Checks and renders what `rebuild` says.
    init(_ rebuild: RebuildPlan) {
        checks = rebuild
        renders = rebuild
    }

    init(checks: RebuildPlan?, renders: RebuildPlan?) {
        self.checks = checks
        self.renders = renders
    }

    /// The plan from `previous` (nil: no previous state) to the site now; the parameters are
    /// `RebuildPlan`'s.
    init(
        previous: (some RebuildStore)?, read: [String], changed: [Page], leftOut: Set<String>, removed: [String],
        content: ContentSet, settings: SiteSettings
    ) {
        guard let previous else {
            self = .everything
            return
        }
        self.init(
            RebuildPlan(
                store: previous, read: read, changed: changed, leftOut: leftOut, removed: removed,
                content: content, settings: settings))
    }

    /// The pages to check, group by group: every page of `content` when all are.
    func pagesToCheck(in content: ContentSet) -> [Page] {
        checks?.pages(in: content) ?? content.pages
    }
}
