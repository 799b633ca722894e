import Content

/// The list pages of one language, as jobs that run beside the pages: every page of the
/// language index, of each section and of each term, each taxonomy's page of terms, each term's feed.
struct ListJobs {
    let plan: SitePlan
    let contexts: ContextBuilder
    let renderer: PageRenderer
    let theme: Theme

    func jobs(for language: String, only selection: RenderSelection = .all) -> [@Sendable () -> [OutputFile]] {
        // A rebuild for a search index alone lists nothing, and need not work out the terms.
        guard selection.listsPages else { return [] }
        let (plan, contexts, renderer, theme) = (self.plan, self.contexts, self.renderer, self.theme)
        let size = plan.settings.paginate
        var jobs: [@Sendable () -> [OutputFile]] = []
        if selection.includes(.index(language)) {
            for n in 1...Pagination(total: plan.pages(in: language).count, size: size).pageCount {
                jobs.append {
                    [
                        renderer.layout(
                            "list", path: Pagination.path(folder: language, page: n),
                            context: contexts.withFlags(contexts.list(language: language, page: n)))
                    ]
                }
            }
        }
        for section in plan.navigation.sections(in: language)
        where !section.directory.isEmpty && selection.includes(.section(language, section.directory)) {
            // Pages of one list go together: a section of a few pages is cheaper as one job.
            jobs.append {
                (1...Pagination(total: section.pages.count, size: size).pageCount).map { n in
                    renderer.layout(
                        "list", path: plan.sectionPath(language, section.directory, page: n),
                        context: contexts.withFlags(contexts.section(section, page: n)))
                }
            }
        }
        for taxonomy in plan.settings.taxonomies {
            let terms = plan.navigation.terms[language]?[taxonomy] ?? []
            guard !terms.isEmpty else { continue }
            if selection.includes(.taxonomy(language, taxonomy)) {
                jobs.append {
                    [
                        renderer.layout(
                            "list", path: plan.taxonomyPath(language, taxonomy),
                            context: contexts.withFlags(contexts.taxonomy(taxonomy, language: language)))
                    ]
                }
            }
            for term in terms where selection.includes(.term(language, taxonomy, term.slug)) {
                jobs.append {
                    let feed = AtomFeed(
                        plan: plan, language: language, theme: theme, title: term.name, pages: term.pages,
                        selfPath: plan.termFeedPath(language, taxonomy, term.slug),
                        alternatePath: plan.termPath(language, taxonomy, term.slug))
                    return (1...Pagination(total: term.pages.count, size: size).pageCount).map { n in
                        renderer.layout(
                            "list", path: plan.termPath(language, taxonomy, term.slug, page: n),
                            context: contexts.withFlags(
                                contexts.term(term, taxonomy: taxonomy, language: language, page: n)))
                    } + [OutputFile(path: plan.termFeedPath(language, taxonomy, term.slug), text: feed.xml)]
                }
            }
        }
        return jobs
    }
}

extension SitePlan {
    /// Every list page and feed a full build writes, worked out without rendering them, so a
    /// rebuild that renders some lists knows which outputs of the others are still the site's.
    /// The search shards are left out: their number depends on their contents.
    public var listPaths: Set<String> {
        var paths: Set<String> = []
        let size = settings.paginate
        for language in content.languages {
            paths.insert(feedPath(of: language))
            for n in 1...Pagination(total: pages(in: language).count, size: size).pageCount {
                paths.insert(Pagination.path(folder: language, page: n))
            }
            for section in navigation.sections(in: language) where !section.directory.isEmpty {
                for n in 1...Pagination(total: section.pages.count, size: size).pageCount {
                    paths.insert(sectionPath(language, section.directory, page: n))
                }
            }
            for taxonomy in settings.taxonomies {
                let terms = navigation.terms[language]?[taxonomy] ?? []
                guard !terms.isEmpty else { continue }
                paths.insert(taxonomyPath(language, taxonomy))
                for term in terms {
                    paths.insert(termFeedPath(language, taxonomy, term.slug))
                    for n in 1...Pagination(total: term.pages.count, size: size).pageCount {
                        paths.insert(termPath(language, taxonomy, term.slug, page: n))
                    }
                }
            }
        }
        return paths
    }
}

/// Pages published where a list already is: a page `guide.md` beside a folder `guide/`, or a
/// top folder named like a taxonomy. Each is an error at the page, since one would hide the other.
struct ListCollisions {
    let plan: SitePlan

    var diagnostics: [Diagnostic] {
        var lists: Set<String> = []
        for language in plan.content.languages {
            for section in plan.navigation.sections(in: language) {
                lists.insert(plan.sectionPath(language, section.directory))
            }
            for taxonomy in plan.settings.taxonomies { lists.insert(plan.taxonomyPath(language, taxonomy)) }
        }
        var found: [Diagnostic] = []
        for page in plan.content.pages where !page.isSectionIndex && lists.contains(plan.path(of: page)) {
            let position = page.frontMatter.positions["slug"]
            let at = SourceLocation(file: page.file, line: position?.line ?? 1, column: position?.column ?? 1)
            found.append(
                Diagnostic(
                    .error, rule: "duplicate-slug",
                    "\(plan.path(of: page).dropLast("index.html".count)) is already the list of the folder of the same name; "
                        + "move this page into that folder as _index.md, or give it another slug", at: at))
        }
        for language in plan.content.languages {
            for taxonomy in plan.settings.taxonomies where plan.navigation.section(language, taxonomy) != nil {
                guard
                    let page = plan.navigation.sections(in: language).first(where: {
                        $0.directory == taxonomy || $0.directory.hasPrefix(taxonomy + "/")
                    })
                    .flatMap({ $0.pages.first ?? $0.index })
                else { continue }
                found.append(
                    Diagnostic(
                        .error, rule: "duplicate-slug",
                        "the folder '\(taxonomy)/' has the name of the taxonomy '\(taxonomy)', whose term pages go there; rename the folder",
                        at: SourceLocation(file: page.file, line: 1, column: 1)))
            }
        }
        return found
    }
}
