import Content
import Foundation
import Site
import TestSupport
import Testing
import TextKit

@testable import Workspace

/// What the cache beside the output folder promises: a rebuild leaves exactly what a full build
/// leaves, whatever changed, and anything global that changes makes every page render again.
@Suite struct IncrementalBuildTests {
    /// The repository's sample content and theme, copied so the tests can edit them.
    func sampleProject() throws -> FixtureProject {
        let project = try FixtureProject([:])
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent(folder), to: project.root.appendingPathComponent(folder))
        }
        return project
    }

    func edit(_ project: FixtureProject, _ path: String, _ change: (String) -> String) throws {
        try project.write(path, change(try #require(project.read(path))))
    }

    @Test func rebuildAfterEditsEqualsAFullBuild() throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        #expect(CacheStore(outputPath: project.path("Output")).read() != nil)
        let untouched = "zh/notes/formula-sheet/index.html"
        let untouchedTime = try modificationTimes(project.path("Output"))[untouched]
        // An edit that changes a figure, a title and the set of versions of two groups.
        try edit(project, "Content/reports/model-costs.fr.md") {
            $0.replacingOccurrences(of: "## ", with: "## Édité ") + "\nUne phrase de plus.\n"
        }
        try edit(project, "Content/notes/glossary.fr.md") {
            $0.replacingOccurrences(of: "title: \"", with: "title: \"Nouveau ")
        }
        try FileManager.default.removeItem(atPath: project.path("Content/reports/break-even.ja.md"))
        try project.write(
            "Content/notes/new-page.fr.md",
            "---\ntitle: Nouvelle page\ndate: 2026-01-02\n---\n\n# Nouvelle\n\n1 + 2 = 3\n")
        let incremental = build(project)
        #expect(incremental.published, "\(incremental.diagnostics)")
        #expect(build(project, output: "Full", incremental: false).published)
        let rebuilt = site(project)
        #expect(rebuilt == site(project, "Full"))
        #expect(rebuilt["fr/notes/new-page/index.html"] != nil && rebuilt["ja/reports/break-even/index.html"] == nil)
        #expect(!FileManager.default.fileExists(atPath: project.path("Output/ja/reports/break-even")))
        // A page in a group nothing touched was not written again.
        #expect(try modificationTimes(project.path("Output"))[untouched] == untouchedTime)
        // Warnings and findings of pages that were not read again are still reported.
        #expect(incremental.diagnostics.count == build(project, output: "Full2", incremental: false).diagnostics.count)
    }

    /// Indexes, feeds and the sitemap are rendered again only when what they show of a page
    /// changed; each edit below changes one thing they show (or, for the text, nothing), and
    /// the rebuild must still leave what a full build leaves.
    @Test(arguments: [
        ("text", "Pour choisir un modèle", "Pour bien choisir un modèle"),
        ("title", "title: \"Coût et", "title: \"Le coût et"),
        ("date", "date: 2025-09-06", "date: 2025-10-01"),
        ("summary", "summary: \"Pour 10", "summary: \"Avec 10"),
        ("draft", "translationKey: model-costs", "translationKey: model-costs\ndraft: true"),
        ("slug", "translationKey: model-costs", "translationKey: model-costs\nslug: couts"),
        ("group", "translationKey: model-costs", "translationKey: cout-des-modeles"),
    ])
    func listingsFollowWhatTheyShow(what: String, from: String, to: String) throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        try edit(project, "Content/reports/model-costs.fr.md") { text in
            #expect(text.contains(from), "\(what)")
            return text.replacingOccurrences(of: from, with: to)
        }
        let report = build(project)
        #expect(report.published, "\(report.diagnostics)")
        #expect(build(project, output: "Full", incremental: false).published)
        #expect(site(project) == site(project, "Full"), "after an edit of the \(what)")
    }

    @Test func rebuildWithNothingChangedWritesNothing() throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        let before = try modificationTimes(project.path("Output"))
        let report = build(project)
        #expect(report.published)
        #expect(try modificationTimes(project.path("Output")) == before)
        #expect(report.pagesPerLanguage.map(\.count) == [6, 4, 5, 1])
    }

    @Test func templateChangeRendersEveryPageAgain() throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        try edit(project, "Templates/base.mustache") {
            $0.replacingOccurrences(of: "</body>", with: "<!-- theme v2 --></body>")
        }
        #expect(build(project).published)
        let pages = site(project).filter { $0.key.hasSuffix("index.html") }
        #expect(pages.count > 9)
        for (path, data) in pages { #expect(String(decoding: data, as: UTF8.self).contains("theme v2"), "\(path)") }
    }

    @Test func settingsChangeRendersEveryPageAgain() throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        try edit(project, "Content/site.yaml") { $0.replacingOccurrences(of: "zh: 成本报告", with: "zh: 新的成本报告") }
        #expect(build(project).published)
        #expect(build(project, output: "Full", incremental: false).published)
        #expect(site(project) == site(project, "Full"))
        #expect(project.read("Output/zh/reports/model-costs/index.html")?.contains("新的成本报告") == true)
    }

    @Test func outputChangedBehindTheCacheMeansAFullBuild() throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        // Another build without the cache (or another tool) rewrote the output folder.
        #expect(build(project, incremental: false).published)
        try FileManager.default.removeItem(atPath: project.path("Output/zh/index.html"))
        try edit(project, "Content/reports/model-costs.fr.md") { $0 + "\nEncore.\n" }
        #expect(build(project).published)
        #expect(project.read("Output/zh/index.html") != nil)
    }

    @Test func failedRebuildLeavesOutputAndCacheAsTheyWere() throws {
        let project = try sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        let before = project.snapshot("Output")
        let cache = project.snapshot(".sitegen-cache")
        try edit(project, "Content/reports/model-costs.fr.md") { $0 + "\n```chart\ntype: bar\ntable: 9\n```\n" }
        #expect(!build(project).published)
        #expect(project.snapshot("Output") == before)
        #expect(project.snapshot(".sitegen-cache") == cache)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.root.path).filter {
            $0.contains("staging") || $0.contains("previous")
        }
        #expect(leftovers.isEmpty)
    }

    @Test func pagesRenderedInParallelEqualPagesRenderedInOrder() throws {
        let project = SampleSite.loader.load()
        var builder = SiteBuilder(settings: project.settings, theme: project.theme)
        let parallel = try builder.build(project.content)
        builder.sequential = true
        let sequential = try builder.build(project.content)
        #expect(parallel.files == sequential.files)
        #expect(parallel.diagnostics == sequential.diagnostics)
    }

    @Test func cacheRoundTrips() throws {
        var cache = BuildCache(fingerprint: ContentHash("x"), token: "1-2")
        let d = Diagnostic(
            .warning, rule: "table-total", "total:\tstated\n1\\2",
            at: SourceLocation(file: "C/a b.md", line: 3, column: 4),
            stated: "1", computed: nil, length: 2)
        cache.pages["a b.md"] = BuildCache.Page(
            stamp: FileStamp(size: 10, seconds: 20, nanoseconds: 30), hash: ContentHash("a"),
            renderKey: ContentHash("k"),
            summary: PageSummary(
                file: "a b.md", language: "fr", translationKey: "k\tey", directory: "", slug: "a", title: "Titre « x »",
                date: PageDate(year: 2025, month: 9, day: 6), summary: nil, draft: false, weight: nil, terms: [],
                searchText: ""),
            figures: 7, findings: [d], loadNotes: [], renderNotes: [d])
        cache.outputs["fr/a/index.html"] = ContentHash("out")
        cache.outputs["fr/tab\there\\and\nbreak/index.html"] = ContentHash(value: 0x0123_4567_89ab_cdef)
        cache.outputs["zh/成本/index.html"] = ContentHash(value: 0)
        let decoded = try #require(BuildCache.decode(cache.encoded()))
        #expect(decoded.encoded() == cache.encoded())
        #expect(decoded.outputs == cache.outputs && decoded.fingerprint == cache.fingerprint && decoded.token == "1-2")
        #expect(
            String(decoding: cache.encoded(), as: UTF8.self).contains(
                "out\t0123456789abcdef\tfr/tab\\there\\\\and\\nbreak/index.html\n"))
        #expect(decoded.pages["a b.md"]?.findings == [d] && decoded.pages["a b.md"]?.summary.translationKey == "k\tey")
        #expect(BuildCache.decode(Array("sitegen-cache 0\n".utf8)) == nil)
    }

    private func modificationTimes(_ root: String) throws -> [String: Date] {
        var times: [String: Date] = [:]
        let e = try #require(FileManager.default.enumerator(atPath: root))
        while let item = e.nextObject() as? String {
            times[item] =
                try FileManager.default.attributesOfItem(atPath: root + "/" + item)[.modificationDate] as? Date
        }
        return times
    }
}
