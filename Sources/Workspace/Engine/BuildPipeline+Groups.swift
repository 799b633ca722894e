import Content
import Site

extension BuildPipeline {
    /// `check`'s rules on whole translation groups of `content` alone, for a rebuild.
    ///
    /// Every rule looks at one page except translation agreement, which compares the versions
    /// of one group; so checking the planned groups gives, for their pages, exactly what checking
    /// the whole site gives. The groups are ordered by the site's languages, not their own.
    func checkGroups(
        _ pages: [Page], of content: ContentSet, settings: SiteSettings,
        collecting records: FigureRecordCollector? = nil
    ) -> ([String: PageCheck], [Diagnostic]) {
        var subset = ContentSet.assemble(pages, settings: settings).0
        subset.languages = content.languages
        return runChecks(subset, settings: settings, collecting: records)
    }
}
