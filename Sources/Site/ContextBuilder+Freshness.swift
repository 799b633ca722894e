import Content
import Freshness
import Numbers

extension ContextBuilder {
    /// The "prices as of" line and, on a translation whose source changed since it was made, the
    /// banner that says so and links to the source.
    func freshness(_ page: Page, from path: String, strings: UIStrings) -> [String: Any] {
        var context: [String: Any] = [:]
        if let (date, _) = PricesAsOf.date(of: page) {
            context["pricesAsOf"] = [
                "iso": date.isoDate, "display": strings.format(date),
                "text": TextPattern.fill(strings["pricesAsOf"], ["date": strings.format(date)]),
            ]
        }
        if let status = TranslationSource.status(of: page, versions: plan.content.translations(of: page)),
            status.isOutdated
        {
            let source = status.source
            let sourceName = theme.strings(for: source.language)["languageName"]
            // When the source says when it was last changed (`lastmod:` or `updated:`), the banner says so too.
            let updated = source.frontMatter.extra.first { $0.key == "lastmod" || $0.key == "updated" }?.value.string
                .flatMap(PageDate.init(parsing:))
            let text =
                updated.map {
                    TextPattern.fill(
                        strings["outdatedTranslationOn"], ["language": sourceName, "date": strings.format($0)])
                } ?? TextPattern.fill(strings["outdatedTranslation"], ["language": sourceName])
            context["outdated"] = [
                "text": text, "href": RelativeURL.link(from: path, to: plan.path(of: source)),
                "link": strings["outdatedSourceLink"], "sourceLang": source.language,
            ]
        }
        return context
    }
}
