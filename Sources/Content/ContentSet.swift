/// All pages of a site, grouped into translation groups, with conflicts reported.
public struct ContentSet: Sendable {
    public var pages: [Page]
    /// The languages in display order: the settings' order, then any others alphabetically.
    public var languages: [String]
    /// Indices into `pages` of each translation group, by translation key.
    public var groups: [String: [Int]]

    /// Groups `pages` (already sorted by file), reporting pages that claim the same place.
    public static func assemble(_ pages: [Page], settings: SiteSettings) -> (ContentSet, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var groups: [String: [Int]] = [:]
        // Files, not pages, by slot and by output folder: a page is large to copy.
        var slots: [String: String] = [:]
        var outputs: [String: String] = [:]
        var kept: [Page] = []
        slots.reserveCapacity(pages.count)
        outputs.reserveCapacity(pages.count)
        kept.reserveCapacity(pages.count)
        for page in pages {
            let slot = "\(page.language)\u{0}\(page.translationKey)"
            let output = "\(page.language)/\(page.relativeFolder)"
            if let other = slots[slot] {
                let at = Self.location(of: FrontMatter.translationKeyName, in: page)
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "duplicate-translation",
                        "'\(other)' is already the \(page.language) version of '\(page.translationKey)'", at: at))
                continue
            }
            if let other = outputs[output] {
                let at = Self.location(of: "slug", in: page)
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "duplicate-slug",
                        "'\(other)' already produces \(output)/; give one of them another slug", at: at))
                continue
            }
            slots[slot] = page.file
            outputs[output] = page.file
            groups[page.translationKey, default: []].append(kept.count)
            kept.append(page)
        }
        let used = Set(kept.map(\.language))
        let ordered =
            settings.languages.isEmpty
            ? ([settings.defaultLanguage].filter(used.contains) + used.subtracting([settings.defaultLanguage]).sorted())
            : settings.languages
        return (ContentSet(pages: kept, languages: ordered, groups: groups), diagnostics)
    }

    /// Where the front matter sets `key`, so a conflict points at the line to change; else line 1.
    private static func location(of key: String, in page: Page) -> SourceLocation {
        let position = page.frontMatter.positions[key]
        return SourceLocation(file: page.file, line: position?.line ?? 1, column: position?.column ?? 1)
    }

    /// The other language versions of a page, in language order.
    public func translations(of page: Page) -> [Page] {
        let members = (groups[page.translationKey] ?? []).map { pages[$0] }
        return languages.compactMap { lang in members.first { $0.language == lang } }
    }
}
