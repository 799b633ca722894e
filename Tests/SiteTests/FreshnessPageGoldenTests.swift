import Content
import Freshness
import Site
import TestSupport
import Testing

/// A Japanese translation whose Chinese source changed since it was made, with its prices dated:
/// the page carries the banner linking to the source and the "prices as of" line.
@Suite struct FreshnessPageGoldenTests {
    static let sourceBody = """

        云服务器的月费用。

        | 项目 | 费用 |
        | --- | ---: |
        | 服务器 | 36.00 |

        """

    static func build(sourceEdited: Bool) throws -> [String: String] {
        var settings = SiteSettings()
        settings.defaultLanguage = "zh"
        settings.languages = ["zh", "ja"]
        let recorded = TranslationSource.hash(ofBody: sourceBody)
        let zh =
            "---\ntitle: 服务器费用\ndate: 2026-01-10\nlastmod: 2026-03-02\ntranslationKey: servers\n---\n"
            + (sourceEdited ? sourceBody.replacingOccurrences(of: "云服务器的月费用。", with: "云服务器每月的费用。") : sourceBody)
        let ja = """
            ---
            title: サーバー費用
            date: 2026-01-12
            prices_as_of: 2026-01-05
            translationKey: servers
            translatedFrom: zh
            sourceHash: \(recorded)
            ---

            クラウドサーバーの月額費用。

            | 項目 | 費用 |
            | --- | ---: |
            | サーバー | 36.00 |

            """
        let loader = PageLoader(settings: settings)
        let pages = [("servers.zh.md", zh), ("servers.ja.md", ja)].compactMap { loader.load(file: $0.0, text: $0.1).0 }
        let (content, _) = ContentSet.assemble(pages, settings: settings)
        let files = try SiteBuilder(settings: settings, theme: try RepositoryTheme.load(languages: ["zh", "ja"])).build(
            content
        ).files
        return Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.text) })
    }

    @Test func outdatedTranslationShowsTheBannerAndPricesLine() throws {
        let html = try #require(try Self.build(sourceEdited: true)["ja/servers/index.html"])
        assertGolden(html, named: "outdated-translation.ja.html")
        #expect(
            html.contains(
                "<p class=\"outdated-translation\" role=\"note\">この翻訳は古い可能性があります — 中文の原文は 2026年3月2日 に更新されました <a href=\"../../zh/servers/index.html\" hreflang=\"zh\" lang=\"zh\">原文を読む</a></p>"
            ))
        #expect(html.contains("<time datetime=\"2026-01-05\">価格は 2026年1月5日 時点</time>"))
    }

    @Test func currentTranslationHasNoBanner() throws {
        let site = try Self.build(sourceEdited: false)
        #expect(site["ja/servers/index.html"]?.contains("outdated-translation") == false)
        #expect(site["zh/servers/index.html"]?.contains("prices-as-of") == false)
    }
}
