import Content
import Foundation
import TestSupport
import Testing
import TextKit

@testable import Workspace

/// A rebuild appends what it changed to the cache instead of rewriting it; what a reader then
/// sees must be what a full build would have recorded, and a cache cut short must never be
/// taken for a whole one.
@Suite struct CacheChangesTests {
    let helpers = IncrementalBuildTests()

    func cache(_ project: FixtureProject, _ output: String = "Output") -> BuildCache? {
        CacheStore(outputPath: project.path(output)).read()
    }

    /// The cache's records, without what names one build or one output folder.
    func records(_ cache: BuildCache?) -> [UInt8]? {
        guard var cache else { return nil }
        cache.token = ""
        cache.fingerprint = ContentHash()
        return cache.encoded()
    }

    func cacheBytes(_ project: FixtureProject) throws -> Data {
        try Data(contentsOf: CacheStore(outputPath: project.path("Output")).url)
    }

    @Test func anEditIsAppendedAndReadsLikeAFullBuildsCache() throws {
        let project = try helpers.sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        let before = try cacheBytes(project)
        #expect(cache(project)?.appendedSize == 0)
        try helpers.edit(project, "Content/reports/model-costs.fr.md") { $0 + "\nUne phrase de plus : 2 + 2 = 4.\n" }
        #expect(build(project).published)
        let after = try cacheBytes(project)
        #expect(after.count > before.count && after.prefix(before.count) == before)
        #expect(try #require(cache(project)).appendedSize == after.count - before.count)
        #expect(build(project, output: "Full").published)
        #expect(records(cache(project)) == records(cache(project, "Full")))
    }

    @Test func aTouchedFileIsRecordedWithItsNewStamp() throws {
        let project = try helpers.sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        let file = "reports/model-costs.fr.md"
        let path = project.path("Content/" + file)
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        #expect(cache(project)?.pages[file]?.stamp != FileStamp(path: path))
        #expect(build(project).published)
        #expect(cache(project)?.pages[file]?.stamp == FileStamp(path: path))
        #expect(try #require(cache(project)).appendedSize > 0)
    }

    @Test func aCacheCutShortIsNotRead() throws {
        let project = try helpers.sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        try helpers.edit(project, "Content/reports/model-costs.fr.md") { $0 + "\nEncore une ligne.\n" }
        #expect(build(project).published)
        let bytes = try cacheBytes(project)
        let url = CacheStore(outputPath: project.path("Output")).url
        // Cut inside the `end` line, before it and inside the appended block: none is a cache.
        for cut in [2, 5, 40, 200] {
            #expect(BuildCache.decode(Array(bytes.dropLast(cut))) == nil, "cut by \(cut)")
        }
        try bytes.dropLast(40).write(to: url)
        try helpers.edit(project, "Content/reports/model-costs.fr.md") { $0 + "\nEt une autre.\n" }
        #expect(build(project).published)
        #expect(build(project, output: "Full", incremental: false).published)
        #expect(site(project) == site(project, "Full"))
        #expect(cache(project)?.appendedSize == 0)
    }

    @Test func appendedChangesAreFoldedInOnceTheyOutgrowHalfTheCache() throws {
        let project = try helpers.sampleProject()
        defer { project.remove() }
        #expect(build(project).published)
        var sizes: [Int] = []
        for round in 1...12 {
            try helpers.edit(project, "Content/notes/glossary.zh.md") { $0 + "\n第 \(round) 次修改。\n" }
            #expect(build(project).published)
            let read = try #require(cache(project))
            sizes.append(read.appendedSize)
            #expect(read.appendedSize * 2 <= read.storedSize - read.appendedSize)
        }
        // Growing, then rewritten whole, then growing again.
        #expect(sizes.first! > 0 && sizes.contains(0))
        #expect(build(project, output: "Full").published)
        #expect(records(cache(project)) == records(cache(project, "Full")))
    }

    @Test func changesApplyAsTheirBlockReads() throws {
        var cache = BuildCache(fingerprint: ContentHash("x"), token: "1")
        cache.outputs = ["a/index.html": ContentHash("a"), "b/index.html": ContentHash("b")]
        let page = BuildCache.Page(
            stamp: FileStamp(size: 1, seconds: 2, nanoseconds: 3), hash: ContentHash("a"), renderKey: ContentHash("k"),
            summary: PageSummary(
                file: "a.md", language: "fr", translationKey: "a", directory: "", slug: "a", title: "A\tb", date: nil,
                summary: "s", draft: false, weight: nil, terms: [], searchText: ""),
            figures: 2, findings: [], loadNotes: [], renderNotes: [])
        cache.pages = ["a.md": page, "b.md": page]
        cache.pages["b.md"]?.summary.file = "b.md"
        var changes = BuildCache.Changes(token: "2")
        changes.outputs = [("c/index.html", ContentHash("c")), ("a/index.html", ContentHash("a2"))]
        changes.droppedOutputs = ["b/index.html"]
        var edited = page
        edited.summary.title = "Édité\n"
        changes.pages = [edited]
        changes.droppedPages = ["b.md"]
        let appended = try #require(BuildCache.decode(cache.encoded() + changes.encoded()))
        let applied = cache.applying(changes)
        #expect(appended.encoded() == applied.encoded())
        #expect(
            appended.token == "2" && appended.pages.keys.sorted() == ["a.md"]
                && appended.pages["a.md"]?.summary.title == "Édité\n")
        #expect(appended.outputs == ["a/index.html": ContentHash("a2"), "c/index.html": ContentHash("c")])
    }
}
