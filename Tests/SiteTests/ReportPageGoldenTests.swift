import Content
import Site
import TestSupport
import Testing

/// One report, in Chinese and French, through the repository's templates: the whole page as a
/// reader's browser gets it (theme script and menu, reading time, contents, named table regions).
@Suite struct ReportPageGoldenTests {
    static let chinese = """
        ---
        title: 模型成本
        date: 2025-09-06
        summary: 四款模型的月度费用。
        tags: [成本]
        translationKey: costs
        ---

        选模型时，真正决定账单的是token单价和用量。GPT-4o-mini 每月**4.50美元**。

        ## 模型与单价

        | 模型 | 输入 | 输出 |
        | --- | ---: | ---: |
        | GPT-4o-mini | 0.15 | 0.60 |

        | 模型 | 合计 |
        | --- | ---: |
        | GPT-4o-mini | 4.50 |

        ## 成本 & 预算

        ```python
        cost = tokens * price
        ```

        ### 成本 & 预算

        按月计算。
        """

    static let french = """
        ---
        title: Coût des modèles
        date: 2025-09-06
        translationKey: costs
        ---

        | modèle | prix |
        | --- | ---: |
        | GPT-4o-mini | 0,15 $ |

        ## Coût par 1M tokens

        L'entreprise paiera peut-être 4,50 $ par mois.

        ## Main

        Le budget mensuel.
        """

    static func build() throws -> [String: String] {
        var settings = SiteSettings()
        settings.titles = ["zh": "成本报告", "fr": "Rapports de coûts"]
        settings.defaultLanguage = "zh"
        settings.languages = ["zh", "fr"]
        let loader = PageLoader(settings: settings)
        let pages = [("costs.zh.md", chinese), ("costs.fr.md", french)].compactMap {
            loader.load(file: $0.0, text: $0.1).0
        }
        let (content, _) = ContentSet.assemble(pages, settings: settings)
        let files = try SiteBuilder(settings: settings, theme: try RepositoryTheme.load(languages: ["zh", "fr"])).build(
            content
        ).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    @Test func chineseReportPage() throws {
        let html = try #require(try Self.build()["zh/costs/index.html"])
        assertGolden(html, named: "report-page.zh.html")
    }

    @Test func frenchReportPage() throws {
        let html = try #require(try Self.build()["fr/costs/index.html"])
        assertGolden(html, named: "report-page.fr.html")
    }

    @Test func tableRegionsAreNamedAfterTheirSection() throws {
        let zh = try #require(try Self.build()["zh/costs/index.html"])
        #expect(zh.contains("role=\"region\" aria-label=\"模型与单价\""))
        #expect(zh.contains("role=\"region\" aria-label=\"模型与单价 2\""))
        let fr = try #require(try Self.build()["fr/costs/index.html"])
        #expect(fr.contains("role=\"region\" aria-label=\"Tableau\""))
        #expect(!fr.contains("aria-label=\"table\""))
    }

    @Test func headingIdsStayUniqueAndAvoidTheLayoutsIds() throws {
        let zh = try #require(try Self.build()["zh/costs/index.html"])
        #expect(zh.contains("<h2 id=\"成本-预算\">"))
        #expect(zh.contains("<h3 id=\"成本-预算-1\">"))
        let fr = try #require(try Self.build()["fr/costs/index.html"])
        #expect(fr.contains("<h2 id=\"main-1\">Main</h2>"))
        #expect(fr.components(separatedBy: "id=\"main\"").count == 2)
    }

    @Test func everyPageCarriesTheThemeScriptBeforeTheStylesheet() throws {
        for (path, html) in try Self.build() where path.hasSuffix(".html") {
            let script = try #require(html.range(of: "localStorage.getItem(\"sitegen-theme\")"), "\(path)")
            let stylesheet = try #require(html.range(of: "<link rel=\"stylesheet\""), "\(path)")
            #expect(script.lowerBound < stylesheet.lowerBound, "\(path)")
            #expect(html.contains("<div class=\"theme-menu\" hidden>"), "\(path)")
            for theme in ["auto", "light", "dark", "sepia", "contrast", "forest"] {
                #expect(html.contains("<option value=\"\(theme)\">"), "\(path): \(theme)")
            }
        }
    }
}
