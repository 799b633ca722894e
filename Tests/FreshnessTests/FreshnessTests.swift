import Content
import Freshness
import Testing

/// Stale prices and outdated translations, found from front matter, caption lines and hashes.
@Suite struct FreshnessTests {
    static func page(_ file: String, _ text: String, languages: [String] = ["zh", "ja", "fr", "en"]) -> Page {
        var settings = SiteSettings()
        settings.languages = languages
        return PageLoader(settings: settings).load(file: file, text: text).0!
    }

    static let today = PageDate(year: 2026, month: 6, day: 30)

    @Test(arguments: [
        // front matter, caption line, page date: which of them make prices stale after 180 days
        ("---\nprices_as_of: 2025-09-01\n---\n| a | b |\n| --- | --: |\n| x | 1 |\n", true, 2),
        ("---\nprices_as_of: 2026-06-01\n---\n| a | b |\n| --- | --: |\n| x | 1 |\n", false, 0),
        ("# Prix\n\nPrix au 2025-10-01 :\n| a | b |\n| --- | --: |\n| x | 1 |\n", true, 3),
        ("# 价格\n\n价格截至 2026-05-01\n\n| a | b |\n| --- | --: |\n| x | 1 |\n", false, 0),
        ("---\ndate: 2026-06-01\nprices_as_of: 2025-11-01\n---\ntext\n", true, 3),
    ])
    func stalePrices(text: String, stale: Bool, line: Int) {
        let found = StalePrices.findings(
            [Self.page("p.fr.md", text)], staleAfterDays: 180, today: Self.today, displayPath: { "Content/" + $0 })
        #expect(found.count == (stale ? 1 : 0), "\(found)")
        if stale {
            #expect(
                found[0].rule == "stale-prices" && found[0].severity == .warning && found[0].location.line == line,
                "\(found)")
            #expect(found[0].location.file == "Content/p.fr.md")
        }
    }

    @Test func pricesLaterThanThePageDateCountFromTheDate() {
        let text = "---\ndate: 2026-01-01\nprices_as_of: 2025-12-01\n---\n"
        #expect(
            StalePrices.findings(
                [Self.page("p.en.md", text)], staleAfterDays: 30, today: Self.today, displayPath: { $0 }
            ).count == 1)
        #expect(
            StalePrices.findings(
                [Self.page("p.en.md", text)], staleAfterDays: nil, today: Self.today, displayPath: { $0 }
            ).isEmpty)
    }

    @Test func staleAfterDaysMustBeANumber() {
        var settings = SiteSettings.parse("staleAfterDays: 90\n", file: "site.yaml").0
        #expect(StalePrices.limit(in: settings, file: "site.yaml").0 == 90)
        settings = SiteSettings.parse("staleAfterDays: soon\n", file: "site.yaml").0
        #expect(StalePrices.limit(in: settings, file: "site.yaml").1?.location.line == 1)
    }

    static func site(source: String, translation: String) -> ContentSet {
        var settings = SiteSettings()
        settings.languages = ["zh", "fr"]
        let loader = PageLoader(settings: settings)
        let pages = [("r.zh.md", source), ("r.fr.md", translation)].compactMap { loader.load(file: $0.0, text: $0.1).0 }
        return ContentSet.assemble(pages, settings: settings).0
    }

    @Test func aTranslationIsOutdatedOnceItsSourceTextChanges() {
        let body = "\n成本是 36.00 美元。\n"
        // What follows the front matter's closing line, which is what the hash covers.
        let hash = TranslationSource.hash(ofBody: String(body.dropFirst()))
        let translation =
            "---\ntranslationKey: r\ntranslatedFrom: zh\nsourceHash: \(hash)\n---\nLe coût est de 36,00 $.\n"
        let current = Self.site(source: "---\ntranslationKey: r\ntitle: 成本\n---" + body, translation: translation)
        #expect(TranslationSource.findings(current, displayPath: { $0 }).isEmpty)
        // Front matter edits leave the translation current; a changed sentence does not.
        let retitled = Self.site(source: "---\ntranslationKey: r\ntitle: 新标题\n---" + body, translation: translation)
        #expect(TranslationSource.findings(retitled, displayPath: { $0 }).isEmpty)
        let edited = Self.site(source: "---\ntranslationKey: r\n---\n成本是 39.00 美元。\n", translation: translation)
        let found = TranslationSource.findings(edited, displayPath: { $0 })
        #expect(
            found.count == 1 && found[0].rule == "outdated-translation" && found[0].severity == .warning
                && found[0].location.line == 4, "\(found)")
        #expect(found[0].message.contains(TranslationSource.hash(ofBody: "成本是 39.00 美元。\n")))
    }

    @Test func aTranslationWithoutAHashIsToldWhichToRecord() {
        let site = Self.site(
            source: "---\ntranslationKey: r\n---\n成本。\n",
            translation: "---\ntranslationKey: r\ntranslatedFrom: zh\n---\nCoût.\n")
        let found = TranslationSource.findings(site, displayPath: { $0 })
        #expect(
            found.count == 1 && found[0].severity == .info
                && found[0].message.contains("sourceHash: \(TranslationSource.hash(ofBody: "成本。\n"))"), "\(found)")
        let orphan = Self.site(
            source: "---\ntranslationKey: other\n---\n成本。\n",
            translation: "---\ntranslationKey: r\ntranslatedFrom: zh\n---\nCoût.\n")
        #expect(TranslationSource.findings(orphan, displayPath: { $0 }).first?.severity == .warning)
    }
}
