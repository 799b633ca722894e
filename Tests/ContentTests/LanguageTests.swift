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
    func languageComesFromFrontMatterThenSuffixThenDefault(file: String, yaml: String, language: String, key: String)
        throws
    {
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
        let yaml =
            "title:\n  zh: 成本报告\n  fr: Rapports\ndefaultLanguage: zh\nlanguages: [zh, ja, fr]\nbaseURL: https://x.test/r\n"
        let (s, diagnostics) = SiteSettings.parse(yaml, file: "site.yaml")
        #expect(diagnostics.isEmpty)
        #expect(s.title(for: "zh") == "成本报告" && s.title(for: "ja") == "Reports")
        #expect(s.languages == ["zh", "ja", "fr"] && s.baseURL == "https://x.test/r/")
        let (_, bad) = SiteSettings.parse("languages: zh\n", file: "site.yaml")
        #expect(bad.first?.location.description == "site.yaml:1:12")
    }
}

@Suite struct LanguageFolderTests {
    func settings() -> SiteSettings {
        var s = SiteSettings()
        s.languages = ["zh", "ja", "fr", "en"]
        s.languageAliases = ["zh-cn": "zh", "fr-fr": "fr"]
        return s
    }

    @Test(arguments: [
        ("zh/guide/x.md", "", "zh", "guide", "guide/x"),
        ("zh-CN/guide/x.md", "", "zh", "guide", "guide/x"),
        ("fr-fr/x.md", "", "fr", "", "x"),
        ("ja/guide/x.fr.md", "", "fr", "guide", "guide/x"),
        ("ja/guide/x.md", "lang: en\n", "en", "guide", "guide/x"),
        ("en/guide/x.md", "translationKey: other\n", "en", "guide", "other"),
        ("guide/x.md", "", "en", "guide", "guide/x"),
        ("de/x.md", "", "en", "de", "de/x"),
    ])
    func folderThenSuffixThenFrontMatter(file: String, yaml: String, language: String, directory: String, key: String)
        throws
    {
        let (page, _) = PageLoader(settings: settings()).load(file: file, text: "---\n\(yaml)---\n# T\n")
        let p = try #require(page)
        #expect(p.language == language)
        #expect(p.directory == directory)
        #expect(p.translationKey == key)
    }

    @Test func conflictsAreWarningsAtTheWinningLine() {
        let loader = PageLoader(settings: settings())
        let (_, fm) = loader.load(file: "zh/a.md", text: "---\ntitle: A\nlang: ja\n---\n")
        #expect(fm.map(\.rule) == ["language-conflict"] && fm.first?.location.description == "zh/a.md:3:7")
        let (_, suffix) = loader.load(file: "zh/a.fr.md", text: "# A\n")
        #expect(suffix.map(\.rule) == ["language-conflict"] && suffix.first?.location.line == 1)
        let (_, agreeing) = loader.load(file: "zh/a.zh.md", text: "---\nlang: zh\n---\n")
        #expect(agreeing.isEmpty)
        let (_, region) = loader.load(file: "a.ja.md", text: "---\nlang: ja-JP\n---\n")
        #expect(!region.contains { $0.rule == "language-conflict" }, "\(region)")
    }

    @Test func foldersOfOneKeyGroupIntoTranslations() {
        let loader = PageLoader(settings: settings())
        let pages = ["zh-cn/g/x.md", "ja/g/x.md", "fr/g/x.md", "en/g/y.md"].compactMap {
            loader.load(file: $0, text: "# T\n").0
        }
        let (set, diagnostics) = ContentSet.assemble(pages, settings: settings())
        #expect(diagnostics.isEmpty)
        #expect(set.translations(of: set.pages[0]).map(\.language) == ["zh", "ja", "fr"])
    }

    @Test func aliasesAreReadFromSettings() {
        let (s, diagnostics) = SiteSettings.parse(
            "languages: [zh, fr]\nlanguageAliases: {zh-cn: zh, Zh-Hans: zh}\npaginate: 30\ntaxonomies: [tags, series]\n",
            file: "site.yaml")
        #expect(diagnostics.isEmpty)
        #expect(
            s.language(ofFolder: "zh-hans") == "zh" && s.language(ofFolder: "FR") == "fr"
                && s.language(ofFolder: "guide") == nil)
        #expect(s.paginate == 30 && s.taxonomies == ["tags", "series"])
        let (_, bad) = SiteSettings.parse("languageAliases: {zh-cn: 中文}\n", file: "site.yaml")
        #expect(bad.first?.location.description == "site.yaml:1:26")
    }
}
