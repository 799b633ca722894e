import Content
import Site
import Testing

@Suite struct PaginationTests {
    @Test(arguments: [
        (0, 1, [0..<0]), (1, 1, [0..<1]), (3, 3, [0..<3]), (4, 3, [0..<3, 3..<4]),
        (7, 2, [0..<2, 2..<4, 4..<6, 6..<7]),
    ])
    func splitsIntoPages(total: Int, size: Int, pages: [Range<Int>]) {
        let p = Pagination(total: total, size: size)
        #expect(p.pageCount == pages.count)
        #expect((1...p.pageCount).map(p.range(ofPage:)) == pages)
    }

    @Test func pathsPutPageOneAtTheListItself() {
        #expect(Pagination.path(folder: "zh/guide", page: 1) == "zh/guide/index.html")
        #expect(Pagination.path(folder: "zh/guide", page: 2) == "zh/guide/page/2/index.html")
        #expect(Pagination.path(folder: "", page: 3) == "page/3/index.html")
    }
}

@Suite struct TermSlugTests {
    @Test(arguments: [
        ("成本", "成本"), ("AI 模型", "ai-模型"), ("Démarrage rapide", "démarrage-rapide"), ("クラウドAPI", "クラウドapi"),
        ("a/b", "ab"), ("../..", "term-"), ("  spaced   out ", "spaced-out"), ("C#", "c"), ("what?", "what"),
    ])
    func slugs(term: String, slug: String) {
        let made = TermSlug.make(term)
        if slug.hasSuffix("-") {
            #expect(made.hasPrefix(slug) && made.count > slug.count)
        } else {
            #expect(made == slug)
        }
        #expect(SlugRules.problem(with: made) == nil)
    }
}

@Suite struct SectionTreeTests {
    func plan(_ files: [(String, String)], languages: [String] = ["zh", "fr"]) -> SitePlan {
        var settings = SiteSettings()
        settings.languages = languages
        settings.defaultLanguage = languages[0]
        let loader = PageLoader(settings: settings)
        let pages = files.compactMap { loader.load(file: $0.0, text: $0.1).0 }
        return SitePlan(content: ContentSet.assemble(pages, settings: settings).0, settings: settings)
    }

    @Test func everyFolderIsASectionWithItsParents() {
        let p = plan([("zh/a/b/c/x.md", "# X"), ("zh/a/y.md", "# Y"), ("zh/top.md", "# T")])
        #expect(p.navigation.sections(in: "zh").map(\.directory) == ["", "a", "a/b", "a/b/c"])
        #expect(p.navigation.section("zh", "a")?.subsections == ["a/b"])
        #expect(p.navigation.section("zh", "a")?.totalPages == 2)
        #expect(p.navigation.section("zh", "")?.totalPages == 3)
        #expect(p.navigation.trail(language: "zh", directory: "a/b").map(\.directory) == ["", "a", "a/b"])
    }

    @Test func indexFilesTitleTheirSectionAndAreNoPages() {
        let p = plan([("zh/a/_index.md", "---\ntitle: 甲\n---\n"), ("zh/a/x.md", "# X")])
        #expect(p.navigation.section("zh", "a")?.title == "甲")
        #expect(p.navigation.section("zh", "a")?.pages.map(\.file) == ["zh/a/x.md"])
        #expect(p.pages(in: "zh").map(\.file) == ["zh/a/x.md"])
    }

    @Test func weightThenNewestThenFileOrdersASection() {
        let p = plan([
            ("zh/a/old.md", "---\ndate: 2020-01-01\n---\n"), ("zh/a/new.md", "---\ndate: 2024-01-01\n---\n"),
            ("zh/a/heavy.md", "---\nweight: 5\n---\n"), ("zh/a/light.md", "---\nweight: 1\n---\n"),
            ("zh/a/02-b.md", "# B"), ("zh/a/01-a.md", "# A"),
        ])
        let order = p.navigation.section("zh", "a")?.pages.map(\.slug)
        #expect(order == ["light", "heavy", "new", "old", "01-a", "02-b"])
        let middle = p.navigation.section("zh", "a")!.pages[2]
        #expect(p.navigation.neighbours(of: middle).previous?.slug == "heavy")
        #expect(p.navigation.neighbours(of: middle).next?.slug == "old")
    }

    @Test func termsGroupBySlugPerLanguage() {
        let p = plan([
            ("zh/x.md", "---\ntags: [成本, 成本]\n---\n"), ("zh/y.md", "---\ntags: [成本]\ncategories: [报告]\n---\n"),
            ("fr/x.md", "---\ntags: [Coûts]\n---\n"),
        ])
        #expect(p.navigation.terms["zh"]?["tags"]?.map { "\($0.slug) \($0.pages.count)" } == ["成本 2"])
        #expect(p.navigation.terms["zh"]?["categories"]?.map(\.slug) == ["报告"])
        #expect(p.navigation.terms["fr"]?["tags"]?.map(\.slug) == ["coûts"])
    }
}

@Suite struct SearchTokenizerTests {
    @Test(arguments: [
        ("成本报告", ["成本", "本报", "报告"]),
        ("税", ["税"]),
        ("Coût ÉLEVÉ", ["cout", "eleve"]),
        ("API 成本 2025", ["api", "成本", "2025"]),
        ("損益分岐点の試算", ["損益", "益分", "分岐", "岐点", "点の", "の試", "試算"]),
        ("a l'été", ["ete"]),
    ])
    func terms(text: String, expected: [String]) {
        #expect(SearchTokenizer.terms(text) == expected)
    }

    @Test func codeBlocksAreLeftOutUnlessTheSiteOptsIn() {
        let (page, _) = PageLoader(settings: SiteSettings()).load(
            file: "a.md", text: "Prose here.\n\n```\nsecretcode\n```\n")
        #expect(!SearchText.of(page!, includeCode: false).contains("secretcode"))
        #expect(SearchText.of(page!, includeCode: true).contains("secretcode"))
    }
}

@Suite struct ListSelectionTests {
    @Test func aPageAppearsOnItsSectionsTermsIndexFeedAndSearch() {
        let keys = ListKey.lists(
            language: "zh", directory: "guide/advanced", terms: [("tags", "成本 A")], languages: ["zh", "fr"])
        #expect(
            keys == [
                .index("zh"), .feed("zh"), .search("zh"), .section("zh", "guide"), .section("fr", "guide"),
                .section("zh", "guide/advanced"), .section("fr", "guide/advanced"), .taxonomy("zh", "tags"),
                .term("zh", "tags", "成本-a"),
            ])
    }

    @Test func onlyTheNamedListsAreRendered() throws {
        var settings = SiteSettings()
        settings.languages = ["zh"]
        settings.defaultLanguage = "zh"
        let loader = PageLoader(settings: settings)
        let pages = [("zh/a/x.md", "---\ntags: [甲]\n---\n# X"), ("zh/b/y.md", "---\ntags: [乙]\n---\n# Y")].compactMap {
            loader.load(file: $0.0, text: $0.1).0
        }
        let content = ContentSet.assemble(pages, settings: settings).0
        let theme = Theme(
            templates: Dictionary(
                uniqueKeysWithValues: TemplateSet.required.map {
                    ($0, TemplateSource(text: "{{title}}", file: "\($0).mustache"))
                }))
        let selection = RenderSelection(
            pages: [], siteWide: true, assets: false, lists: [.section("zh", "a"), .term("zh", "tags", "甲")])
        let built = try SiteBuilder(settings: settings, theme: theme).build(content, only: selection)
        let lists = Set(built.files.map(\.path)).subtracting(["index.html", "404.html", "sitemap.xml"])
        #expect(lists == ["zh/a/index.html", "zh/tags/甲/index.html", "zh/tags/甲/atom.xml"])
        #expect(SitePlan(content: content, settings: settings).listPaths.isSuperset(of: lists))
    }
}
