import Content
import GFM
import Numbers

/// The values of list pages: the language index, sections, the terms of a taxonomy and each term.
extension ContextBuilder {
    /// Mustache cannot ask whether a list is empty without looping over it: flags say so.
    func withFlags(_ context: [String: Any]) -> [String: Any] {
        var context = context
        for key in ["pages", "breadcrumbs", "taxonomies"] {
            let flag = "has" + key.prefix(1).uppercased() + key.dropFirst()
            context[flag] = !((context[key] as? [Any])?.isEmpty ?? true)
        }
        return context
    }

    /// One page of a language's index: every page newest first, the top folders as sections.
    func list(language: String, page number: Int = 1) -> [String: Any] {
        let all = plan.pages(in: language)
        let pagination = Pagination(total: all.count, size: plan.settings.paginate)
        let path = Pagination.path(folder: language, page: number)
        var context = common(path: path, language: language)
        let versions = number == 1 ? plan.content.languages.map { ($0, plan.indexPath(of: $0)) } : [(language, path)]
        context.merge(
            languageLinks(
                path: path, current: language, versions: versions,
                xDefault: number == 1 ? plan.indexPath(of: plan.settings.defaultLanguage) : path)
        ) { $1 }
        context["title"] = plan.settings.title(for: language)
        context["pages"] = all[pagination.range(ofPage: number)].map { entry($0, from: path) }
        context.merge(sectionParts(plan.navigation.section(language, ""), path: path, firstPage: number == 1)) { $1 }
        context.merge(
            paginationLinks(pagination, current: number, from: path) { Pagination.path(folder: language, page: $0) }
        ) { $1 }
        if number == 1 { context.merge(missingEntries(language, from: path)) { $1 } }
        context["taxonomies"] = plan.settings.taxonomies.compactMap { taxonomy -> [String: Any]? in
            guard !(plan.navigation.terms[language]?[taxonomy] ?? []).isEmpty else { return nil }
            return [
                "name": theme.strings(for: language)[taxonomy],
                "href": RelativeURL.link(from: path, to: plan.taxonomyPath(language, taxonomy)),
            ]
        }
        return context
    }

    /// One page of a section's list: its text, its subsections, its pages.
    func section(_ section: Section, page number: Int) -> [String: Any] {
        let pagination = Pagination(total: section.pages.count, size: plan.settings.paginate)
        let path = plan.sectionPath(section.language, section.directory, page: number)
        var context = common(path: path, language: section.language)
        let versions = plan.content.languages.compactMap { language -> (String, String)? in
            guard number == 1, plan.navigation.section(language, section.directory) != nil else { return nil }
            return (language, plan.sectionPath(language, section.directory))
        }
        context.merge(
            languageLinks(
                path: path, current: section.language,
                versions: versions.isEmpty ? [(section.language, path)] : versions,
                xDefault: versions.first { $0.0 == plan.settings.defaultLanguage }?.1 ?? path)
        ) { $1 }
        context["title"] = section.title
        context["breadcrumbs"] = breadcrumbs(language: section.language, directory: section.parentDirectory, from: path)
        context["pages"] = section.pages[pagination.range(ofPage: number)].map { entry($0, from: path) }
        context.merge(sectionParts(section, path: path, firstPage: number == 1)) { $1 }
        context.merge(
            paginationLinks(pagination, current: number, from: path) {
                plan.sectionPath(section.language, section.directory, page: $0)
            }
        ) { $1 }
        if let summary = section.index?.frontMatter.summary, !summary.isEmpty { context["summary"] = summary }
        return context
    }

    /// The page of all terms of one taxonomy, with how many pages each has.
    func taxonomy(_ taxonomy: String, language: String) -> [String: Any] {
        let path = plan.taxonomyPath(language, taxonomy)
        var context = common(path: path, language: language)
        context.merge(languageLinks(path: path, current: language, versions: [(language, path)], xDefault: path)) { $1 }
        context["title"] = theme.strings(for: language)[taxonomy]
        context["breadcrumbs"] = breadcrumbs(language: language, directory: "", from: path)
        let terms: [[String: Any]] = (plan.navigation.terms[language]?[taxonomy] ?? []).map { term in
            [
                "name": term.name, "count": term.pages.count,
                "href": RelativeURL.link(from: path, to: plan.termPath(language, taxonomy, term.slug)),
            ]
        }
        context["terms"] = terms
        context["hasTerms"] = !terms.isEmpty
        context["pages"] = [Any]()
        return context
    }

    /// One page of a term's list, with its own feed.
    func term(_ term: SiteNavigation.Term, taxonomy: String, language: String, page number: Int) -> [String: Any] {
        let pagination = Pagination(total: term.pages.count, size: plan.settings.paginate)
        let path = plan.termPath(language, taxonomy, term.slug, page: number)
        var context = common(path: path, language: language)
        context.merge(languageLinks(path: path, current: language, versions: [(language, path)], xDefault: path)) { $1 }
        context["title"] = term.name
        context["feedHref"] = RelativeURL.link(from: path, to: plan.termFeedPath(language, taxonomy, term.slug))
        var crumbs = breadcrumbs(language: language, directory: "", from: path)
        crumbs.append([
            "title": theme.strings(for: language)[taxonomy],
            "href": RelativeURL.link(from: path, to: plan.taxonomyPath(language, taxonomy)),
        ])
        context["breadcrumbs"] = crumbs
        context["pages"] = term.pages[pagination.range(ofPage: number)].map { entry($0, from: path) }
        context.merge(
            paginationLinks(pagination, current: number, from: path) {
                plan.termPath(language, taxonomy, term.slug, page: $0)
            }
        ) { $1 }
        return context
    }

    /// Links from the language index down to the section `directory` (nil: the index alone is above).
    func breadcrumbs(language: String, directory: String?, from path: String) -> [[String: Any]] {
        guard let directory else { return [] }
        return plan.navigation.trail(language: language, directory: directory).map { section in
            let title = section.directory.isEmpty ? plan.settings.title(for: language) : section.title
            return [
                "title": title, "href": RelativeURL.link(from: path, to: plan.sectionPath(language, section.directory)),
            ]
        }
    }

    /// A section's text from its `_index.md` and its subsections, shown on its first page only.
    private func sectionParts(_ section: Section?, path: String, firstPage: Bool) -> [String: Any] {
        guard let section, firstPage else { return [:] }
        var parts: [String: Any] = [:]
        if var index = section.index {
            // The list's heading already shows the title; an `_index.md` opening with it would say it twice.
            if let first = index.document.children.first, case .heading(level: 1) = first.kind,
                first.plainText == section.title
            {
                index.document.children.removeFirst()
            }
            parts["intro"] = PageBody(page: index, allowRawHTML: plan.settings.allowRawHTML).html
        }
        let subsections: [[String: Any]] = section.subsections.compactMap { directory in
            guard let sub = plan.navigation.section(section.language, directory) else { return nil }
            return [
                "title": sub.title, "count": sub.totalPages,
                "href": RelativeURL.link(from: path, to: plan.sectionPath(section.language, directory)),
            ]
        }
        parts["subsections"] = subsections
        parts["hasSubsections"] = !subsections.isEmpty
        return parts
    }

    /// First, previous, next and last links, and which page this is; nothing for a single page.
    func paginationLinks(_ pagination: Pagination, current: Int, from path: String, pathOf: (Int) -> String) -> [String:
        Any]
    {
        guard pagination.pageCount > 1 else { return [:] }
        let strings = theme.strings(
            for: plan.content.languages.first { path.hasPrefix($0 + "/") } ?? plan.settings.defaultLanguage)
        func link(_ n: Int) -> String { RelativeURL.link(from: path, to: pathOf(n)) }
        var links: [String: Any] = [
            "label": TextPattern.fill(
                strings["pageOfTotal"], ["page": String(current), "total": String(pagination.pageCount)])
        ]
        if current > 1 {
            links["first"] = link(1)
            links["previous"] = link(current - 1)
        }
        if current < pagination.pageCount {
            links["next"] = link(current + 1)
            links["last"] = link(pagination.pageCount)
        }
        return ["pagination": links]
    }

    /// Reports with no version in `language` yet, on the index's first page; at most a page's worth.
    private func missingEntries(_ language: String, from path: String) -> [String: Any] {
        let missing: [[String: Any]] = plan.missing(in: language).prefix(plan.settings.paginate).map { page in
            var e = entry(page, from: path)
            e["versions"] = plan.versions(of: page).map { v in
                [
                    "lang": v.language, "name": theme.strings(for: v.language)["languageName"],
                    "href": RelativeURL.link(from: path, to: plan.path(of: v)),
                ]
            }
            return e
        }
        return ["missing": missing, "hasMissing": !missing.isEmpty]
    }
}
