import Content

/// `serve`'s pages in file order and grouped into the site, kept between saves: a save that
/// changes pages but not where they go (language, translation group, folder and slug, draft)
/// puts them in place, instead of gathering and grouping every page of the site again.
struct LiveContent {
    /// Every page parsed, drafts left out included, in file order, and what parsing found.
    private(set) var all: [Page] = []
    private(set) var parseDiagnostics: [Diagnostic] = []
    /// The pages of the site, and what grouping them found (pages claiming one place).
    private(set) var content = ContentSet.assemble([], settings: SiteSettings()).0
    private(set) var setDiagnostics: [Diagnostic] = []
    /// Each page's index in `all` and, when it is in the site, in `content.pages`.
    private var positions: [String: (all: Int, site: Int?)] = [:]
    /// Files whose parsing found something: their problems' places move with their text.
    private var noted: Set<String> = []
    private var made = false

    /// Gathers and groups the pages of `files` (in file order) anew.
    mutating func make(
        _ files: [String], parsed: [String: ProjectLoader.FileResult], includeDrafts: Bool, settings: SiteSettings
    ) {
        all = []
        parseDiagnostics = []
        noted = []
        all.reserveCapacity(files.count)
        for file in files {
            guard let result = parsed[file] else { continue }
            if let page = result.page { all.append(page) }
            parseDiagnostics += result.diagnostics
            if !result.diagnostics.isEmpty { noted.insert(file) }
        }
        (content, setDiagnostics) = ContentSet.assemble(all.filter { includeDrafts || !$0.isDraft }, settings: settings)
        positions = [:]
        for (i, page) in all.enumerated() { positions[page.file] = (i, nil) }
        for (i, page) in content.pages.enumerated() { positions[page.file]?.site = i }
        made = true
    }

    /// Puts the pages of `files`, read again, in place of their last versions; false, changing
    /// nothing, when one cannot simply take its last version's place, and all must be made anew.
    mutating func replace(_ files: [String], parsed: [String: ProjectLoader.FileResult]) -> Bool {
        guard made, setDiagnostics.isEmpty else { return false }
        var replacing: [(Int, Int?, Page)] = []
        for file in files {
            guard let result = parsed[file], let page = result.page, result.diagnostics.isEmpty, !noted.contains(file),
                let at = positions[file]
            else { return false }
            let before = all[at.all]
            guard before.language == page.language, before.translationKey == page.translationKey,
                before.relativeFolder == page.relativeFolder, before.isDraft == page.isDraft
            else { return false }
            replacing.append((at.all, at.site, page))
        }
        for (i, site, page) in replacing {
            all[i] = page
            if let site { content.pages[site] = page }
        }
        return true
    }
}
