import Content
import Freshness

/// Builds the values templates see; every string here is escaped by Mustache unless it is
/// HTML sitegen made itself (`body`, `content`).
struct ContextBuilder {
    let plan: SitePlan
    let theme: Theme
    /// Each language's interface strings as templates read them, made once rather than per page.
    private let templateStrings: [String: TemplateData]

    init(plan: SitePlan, theme: Theme) {
        self.plan = plan
        self.theme = theme
        var templateStrings: [String: TemplateData] = [:]
        for language in plan.content.languages {
            templateStrings[language] = .object(theme.strings(for: language).values.mapValues { .text($0) })
        }
        self.templateStrings = templateStrings
    }

    /// What every template gets: language, site title, links to shared files, interface strings.
    func common(path: String, language: String) -> [String: Any] {
        let strings = theme.strings(for: language)
        return [
            "lang": language,
            "siteTitle": plan.settings.title(for: language),
            "root": RelativeURL.rootPrefix(of: path),
            "css": RelativeURL.link(from: path, to: SitePlan.stylesheet),
            "homeHref": RelativeURL.link(from: path, to: plan.indexPath(of: language)),
            "rootHref": RelativeURL.link(from: path, to: SitePlan.rootIndex),
            "feedHref": RelativeURL.link(from: path, to: plan.feedPath(of: language)),
            "searchScript": RelativeURL.link(from: path, to: SitePlan.searchScript),
            "strings": templateStrings[language] ?? strings.values,
            "canonical": RelativeURL.absolute(base: plan.settings.baseURL, path: path),
            "site": [
                "params": Dictionary(uniqueKeysWithValues: plan.settings.extra.map { ($0.key, $0.value.templateValue) })
            ],
        ]
    }

    /// Language links for a set of versions: the switcher and the `hreflang` alternates.
    func languageLinks(path: String, current: String, versions: [(language: String, path: String)], xDefault: String)
        -> [String: Any]
    {
        let switcher: [[String: Any]] = versions.map { v in
            [
                "lang": v.language, "name": theme.strings(for: v.language)["languageName"],
                "href": RelativeURL.link(from: path, to: v.path), "current": v.language == current,
            ]
        }
        let alternates: [[String: Any]] =
            versions.map { v in
                ["hreflang": v.language, "href": RelativeURL.absolute(base: plan.settings.baseURL, path: v.path)]
            } + [["hreflang": "x-default", "href": RelativeURL.absolute(base: plan.settings.baseURL, path: xDefault)]]
        return ["translations": switcher, "hasTranslations": versions.count > 1, "alternates": alternates]
    }

    func page(_ page: Page, body: PageBody) -> [String: Any] {
        let path = plan.path(of: page)
        let strings = theme.strings(for: page.language)
        var context = common(path: path, language: page.language)
        let versions = plan.versions(of: page).map { ($0.language, plan.path(of: $0)) }
        context.merge(
            languageLinks(
                path: path, current: page.language, versions: versions,
                xDefault: plan.path(of: plan.defaultVersion(of: page)))
        ) { $1 }
        context["title"] = page.title
        context["content"] = body.html
        if let summary = page.frontMatter.summary, !summary.isEmpty { context["summary"] = summary }
        context.merge(termChips(page, from: path)) { $1 }
        context["breadcrumbs"] = breadcrumbs(language: page.language, directory: page.directory, from: path)
        let (previous, next) = plan.navigation.neighbours(of: page)
        if let previous {
            context["previous"] = [
                "title": previous.title, "href": RelativeURL.link(from: path, to: plan.path(of: previous)),
            ]
        }
        if let next {
            context["next"] = ["title": next.title, "href": RelativeURL.link(from: path, to: plan.path(of: next))]
        }
        context["hasNeighbours"] = previous != nil || next != nil
        context["hasBreadcrumbs"] = !((context["breadcrumbs"] as? [Any])?.isEmpty ?? true)
        if let date = page.date { context["date"] = ["iso": date.isoDate, "display": strings.format(date)] }
        context["reading"] = [
            "minutes": body.reading.minutes, "count": body.reading.count, "text": strings.readingTime(body.reading),
        ]
        let toc = body.anchors.entries.filter { $0.level >= 2 && $0.level <= 3 }
        context["toc"] = toc.map {
            ["id": $0.id, "text": $0.text, "level": $0.level, "sub": $0.level == 3] as [String: Any]
        }
        context["hasToc"] = toc.count >= 2
        context.merge(freshness(page, from: path, strings: strings)) { $1 }
        context["params"] = Dictionary(
            uniqueKeysWithValues: page.frontMatter.extra.map { ($0.key, $0.value.templateValue) })
        context["file"] = page.file
        return context
    }

    /// The page's terms of every taxonomy, each linking to its term page; `tags` stays the tag list.
    func termChips(_ page: Page, from path: String) -> [String: Any] {
        var groups: [[String: Any]] = []
        for taxonomy in plan.settings.taxonomies {
            var seen: Set<String> = []
            let terms: [[String: Any]] = page.frontMatter.terms(taxonomy).compactMap { name in
                let slug = TermSlug.make(name)
                guard !name.isEmpty, seen.insert(slug).inserted else { return nil }
                return [
                    "name": name,
                    "href": RelativeURL.link(from: path, to: plan.termPath(page.language, taxonomy, slug)),
                ]
            }
            guard !terms.isEmpty else { continue }
            groups.append(["taxonomy": taxonomy, "label": theme.strings(for: page.language)[taxonomy], "terms": terms])
        }
        let tags = groups.first { ($0["taxonomy"] as? String) == "tags" }?["terms"] ?? [Any]()
        return [
            "tags": tags, "hasTags": !((tags as? [Any])?.isEmpty ?? true),
            "taxonomies": groups.filter { ($0["taxonomy"] as? String) != "tags" },
        ]
    }

    func entry(_ page: Page, from path: String) -> [String: Any] {
        var e: [String: Any] = [
            "title": page.title, "href": RelativeURL.link(from: path, to: plan.path(of: page)),
            "lang": page.language,
        ]
        if let summary = page.frontMatter.summary, !summary.isEmpty { e["summary"] = summary }
        if let date = page.date {
            e["date"] = ["iso": date.isoDate, "display": theme.strings(for: page.language).format(date)]
        }
        return e
    }

    func home() -> [String: Any] {
        let path = SitePlan.rootIndex
        let language = plan.settings.defaultLanguage
        var context = common(path: path, language: language)
        let versions = plan.content.languages.map { ($0, plan.indexPath(of: $0)) }
        context.merge(languageLinks(path: path, current: "", versions: versions, xDefault: path)) { $1 }
        context["title"] = plan.settings.title(for: language)
        context["languages"] = plan.content.languages.map { lang -> [String: Any] in
            [
                "lang": lang, "name": theme.strings(for: lang)["languageName"],
                "siteTitle": plan.settings.title(for: lang),
                "choose": theme.strings(for: lang)["chooseLanguage"],
                "href": RelativeURL.link(from: path, to: plan.indexPath(of: lang)),
            ]
        }
        return context
    }
}
