import Content

/// One list of the site with all its pages: a language's index or feed, a section, a taxonomy's
/// page of terms, one term (its pages and feed), a language's search index. A rebuild names the
/// lists an edit can change and renders those alone.
public enum ListKey: Sendable, Hashable {
    case index(String)
    case feed(String)
    case section(String, String)
    case taxonomy(String, String)
    case term(String, String, String)
    case search(String)

    /// The lists a page appears on (as it is now, or as the cache recorded it): its language's
    /// index, feed and search, its section and every section above it (their counts include
    /// it) in every language (their language switchers), and each of its terms with its taxonomy.
    public static func lists(
        language: String, directory: String, terms: [(taxonomy: String, term: String)],
        languages: [String]
    ) -> Set<ListKey> {
        var keys: Set<ListKey> = [.index(language), .feed(language), .search(language)]
        var parts = directory.split(separator: "/").map(String.init)
        while !parts.isEmpty {
            for other in languages { keys.insert(.section(other, parts.joined(separator: "/"))) }
            parts.removeLast()
        }
        for (taxonomy, term) in terms {
            keys.insert(.taxonomy(language, taxonomy))
            keys.insert(.term(language, taxonomy, TermSlug.make(term)))
        }
        return keys
    }

    /// The lists a section's own `_index.md` shows on: its section, the one above (its title in
    /// the subsections), every section below (their breadcrumbs), and its language's search
    /// (the section named beside each result).
    public static func lists(ofSectionIndexIn directory: String, language: String, plan: SitePlan) -> Set<ListKey> {
        var keys: Set<ListKey> = [.index(language), .search(language)]
        for section in plan.navigation.sections(in: language)
        where section.directory == directory || section.directory.hasPrefix(directory.isEmpty ? "" : directory + "/") {
            keys.insert(.section(language, section.directory))
        }
        if let parent = Section(language: language, directory: directory).parentDirectory {
            keys.insert(.section(language, parent))
        }
        return keys
    }
}
