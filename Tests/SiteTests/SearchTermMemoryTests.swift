import Content
import Foundation
import Synchronization
import Testing

@testable import Site

/// A search index made from terms an earlier build kept is the index a build from nothing makes.
@Suite struct SearchTermMemoryTests {
    final class Kept: Sendable {
        let indexed = Mutex<[String: SearchTerms]>([:])
        func memory(knowing known: [String: SearchTerms]) -> SearchTermMemory {
            SearchTermMemory(
                known: { known[$0] }, indexed: { language, terms in self.indexed.withLock { $0[language] = terms } })
        }
    }

    static let settings: SiteSettings = {
        var settings = SiteSettings()
        settings.languages = ["zh", "fr"]
        settings.defaultLanguage = "zh"
        return settings
    }()

    static let pages = [
        ("zh/a.md", "---\ntitle: 成本报告\n---\n\n每月成本约 2.1 万元，比 8 月少。\n"),
        ("zh/b.md", "---\ntitle: 云服务的预算\n---\n\n预算与成本。API 调用 2025 次。\n"),
        ("zh/c.md", "---\ntitle: 第三篇\n---\n\n税率与报告。\n"),
        (
            "fr/a.md",
            "---\ntitle: \"Coût « total » <élevé>\"\n---\n\nLe coût ÉLEVÉ d'un modèle\u{2028}par mois, \"guillemets\" et \\ barre.\n"
        ),
        ("fr/b.md", "---\ntitle: Budget\n---\n\nUn budget mensuel, été comme hiver.\n"),
    ]

    static func content(_ pages: [(String, String)]) -> ContentSet {
        let loader = PageLoader(settings: settings)
        return ContentSet.assemble(pages.compactMap { loader.load(file: $0.0, text: $0.1).0 }, settings: settings).0
    }

    static func searchFiles(_ content: ContentSet, memory: SearchTermMemory?) throws -> [String: [UInt8]] {
        let theme = Theme(
            templates: Dictionary(
                uniqueKeysWithValues: TemplateSet.required.map {
                    ($0, TemplateSource(text: "{{title}}", file: "\($0).mustache"))
                }))
        var builder = SiteBuilder(settings: settings, theme: theme)
        builder.searchTerms = memory
        let built = try builder.build(
            content,
            only: RenderSelection(pages: [], siteWide: true, assets: false, lists: [.search("zh"), .search("fr")]))
        return Dictionary(
            uniqueKeysWithValues: built.files.filter { $0.path.hasPrefix("search/") }.map { ($0.path, $0.contents) })
    }

    @Test func aRebuildFromKeptTermsEqualsAFreshIndex() throws {
        let first = Kept()
        let before = try Self.searchFiles(Self.content(Self.pages), memory: first.memory(knowing: [:]))
        #expect(before.keys.contains("search/zh/meta.js") && before.keys.contains("search/fr/t0.js"))
        let kept = first.indexed.withLock { $0 }
        #expect(Set(kept.keys) == ["zh", "fr"])
        #expect(kept["zh"]?.pages.count == 3)

        // A page edited, one gone, one new, one retitled.
        var pages = Self.pages
        pages[1].1 = pages[1].1.replacingOccurrences(of: "预算与成本", with: "新的预算与利润")
        pages.remove(at: 2)
        pages.append(("zh/d.md", "---\ntitle: 新页面\n---\n\n报告的成本。\n"))
        pages[3].1 = pages[3].1.replacingOccurrences(of: "title: \"Coût", with: "title: \"Prix")
        let fresh = Kept()
        let expected = try Self.searchFiles(Self.content(pages), memory: fresh.memory(knowing: [:]))
        let rebuilt = Kept()
        let incremental = try Self.searchFiles(Self.content(pages), memory: rebuilt.memory(knowing: kept))
        #expect(incremental == expected)
        #expect(try Self.searchFiles(Self.content(pages), memory: nil) == expected)
        #expect(incremental != before)
        // What is kept for the build after is what a fresh index would keep.
        #expect(rebuilt.indexed.withLock { $0 } == fresh.indexed.withLock { $0 })
    }

    @Test func aPageWhoseTextIsUnchangedIsNotTokenizedAgain() throws {
        let first = Kept()
        _ = try Self.searchFiles(Self.content(Self.pages), memory: first.memory(knowing: [:]))
        var kept = first.indexed.withLock { $0 }
        // Kept terms that say something else than the text: only reading them can show them.
        let page = try #require(kept["fr"]?.pages["fr/b.md"])
        kept["fr"] = SearchTerms(terms: ["zzkept"], pages: ["fr/b.md": SearchTerms.Page(source: page.source, ids: [0])])
        let files = try Self.searchFiles(Self.content(Self.pages), memory: Kept().memory(knowing: kept))
        let terms = try #require(
            files.filter { $0.key.contains("/t") }.values.map { String(decoding: $0, as: UTF8.self) }.joined()
                as String?)
        #expect(terms.contains("\"zzkept\":\"1\""))
        #expect(!terms.contains("\"budget\""))
        #expect(terms.contains("\"cout\""))
    }

    @Test func recordsAreEscapedForAScript() throws {
        let files = try Self.searchFiles(Self.content(Self.pages), memory: nil)
        let records = String(decoding: try #require(files["search/fr/d0.js"]), as: UTF8.self)
        #expect(
            records.contains(
                #"["Coût « total » \u003célevé>","fr/a/index.html","","Le coût ÉLEVÉ d'un modèle\u2028par mois, \"guillemets\" et \\ barre. "]"#
            ))
    }

    @Test(arguments: [(0, "0"), (9, "9"), (10, "a"), (35, "z"), (36, "10"), (1_295, "zz"), (46_656, "1000")])
    func gapsAreBase36(gap: Int, digits: String) {
        var script = ScriptBytes()
        script.gaps([3, 3 + gap])
        #expect(String(decoding: script.bytes, as: UTF8.self) == "3,\(digits)")
    }

    @Test func controlCharactersAreEscaped() {
        var script = ScriptBytes()
        script.json("a\u{1}\u{1F}\t\r\n\u{2029}\u{2027}€")
        #expect(String(decoding: script.bytes, as: UTF8.self) == #""a\u0001\u001f\t\r\n\u2029"# + "\u{2027}€\"")
    }
}
