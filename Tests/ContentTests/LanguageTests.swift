import Content
import Testing

@Suite struct LanguageTests {
    @Test(arguments: [
        ("reports/ai.fr.md", "", "fr", "reports/ai"),
        ("reports/ai.md", "lang: ja\n", "ja", "reports/ai"),
        ("ai.zh.md", "lang: ja\n", "ja", "ai"),
        ("ai.md", "", "en", "ai"),
        ("v1.2.md", "", "en", "v1.2"),
        ("日本.zh.md", "", "zh", "日本"),
    ])
    func languageComesFromFrontMatterThenSuffixThenDefault(file: String, yaml: String, language: String, key: String) throws {
        let (page, _) = PageLoader(settings: SiteSettings()).load(file: file, text: "---\n\(yaml)---\n# T\n")
        let p = try #require(page)
        #expect(p.language == language)
        #expect(p.translationKey == key)
    }

    @Test func unknownLanguageIsAnErrorWhenTheSiteListsItsLanguages() {
        var settings = SiteSettings()
        settings.languages = ["zh", "ja", "fr"]
        let (_, diagnostics) = PageLoader(settings: settings).load(file: "a.md", text: "---\nlang: de\n---\n")
        #expect(diagnostics.map(\.rule) == ["language"])
        #expect(diagnostics.first?.location.description == "a.md:2:7")
    }

    @Test func translationsAreGroupedAndConflictsReported() {
        var settings = SiteSettings()
        settings.languages = ["zh", "ja", "fr"]
        let loader = PageLoader(settings: settings)
        let files = [
            ("a.fr.md", "# A"), ("a.ja.md", "# A"), ("a.zh.md", "# A"), ("b.zh.md", "# B"),
            ("c.md", "---\nlang: zh\ntranslationKey: a\n---\n# dup"),
            ("d.zh.md", "---\nslug: b\n---\n# same output as b"),
        ]
        let pages = files.compactMap { loader.load(file: $0.0, text: $0.1).0 }
        let (set, diagnostics) = ContentSet.assemble(pages, settings: settings)
        #expect(set.pages.count == 4)
        #expect(set.translations(of: set.pages[0]).map(\.language) == ["zh", "ja", "fr"])
        #expect(set.translations(of: set.pages[3]).map(\.file) == ["b.zh.md"])
        #expect(diagnostics.map(\.rule) == ["duplicate-translation", "duplicate-slug"])
    }

    @Test func settingsFileIsReadWithDefaults() {
        let yaml = "title:\n  zh: 成本报告\n  fr: Rapports\ndefaultLanguage: zh\nlanguages: [zh, ja, fr]\nbaseURL: https://x.test/r\n"
        let (s, diagnostics) = SiteSettings.parse(yaml, file: "site.yaml")
        #expect(diagnostics.isEmpty)
        #expect(s.title(for: "zh") == "成本报告" && s.title(for: "ja") == "Reports")
        #expect(s.languages == ["zh", "ja", "fr"] && s.baseURL == "https://x.test/r/")
        let (_, bad) = SiteSettings.parse("languages: zh\n", file: "site.yaml")
        #expect(bad.first?.location.description == "site.yaml:1:12")
    }
}
