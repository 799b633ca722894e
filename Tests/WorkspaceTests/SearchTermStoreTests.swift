import Foundation
import Site
import TestSupport
import Testing
import TextKit

@testable import Workspace

/// The search terms kept beside the build cache: read back as written, and nothing known from a
/// file that is damaged or was written by another build.
@Suite struct SearchTermStoreTests {
    static let terms = SearchTerms(
        terms: ["api", "成本", "本报", "été"],
        pages: [
            "zh/a.md": .init(source: 7, ids: [0, 1, 2]), "fr/b.md": .init(source: 1 << 63, ids: [3]),
            "zh/empty.md": .init(source: 0, ids: []),
        ])

    @Test func termsReadBackAsWritten() {
        let bytes = SearchTermStore.encode(Self.terms, fingerprint: ContentHash(value: 42))
        #expect(SearchTermStore.decode(bytes, fingerprint: ContentHash(value: 42)) == Self.terms)
        #expect(SearchTermStore.decode(bytes, fingerprint: ContentHash(value: 43)) == nil)
    }

    @Test func aDamagedFileKnowsNothing() {
        let bytes = SearchTermStore.encode(Self.terms, fingerprint: ContentHash(value: 42))
        for cut in [1, 4, 20, bytes.count - 1] {
            #expect(
                SearchTermStore.decode(Array(bytes.prefix(cut)), fingerprint: ContentHash(value: 42)) == nil,
                "cut at \(cut)")
        }
        #expect(SearchTermStore.decode(bytes + [0], fingerprint: ContentHash(value: 42)) == nil)
        // A page's numbers must be increasing positions among the terms.
        for ids: [UInt32] in [[4], [1, 1], [2, 1]] {
            let bad = SearchTerms(terms: Self.terms.terms, pages: ["zh/a.md": .init(source: 7, ids: ids)])
            #expect(
                SearchTermStore.decode(
                    SearchTermStore.encode(bad, fingerprint: ContentHash()), fingerprint: ContentHash()) == nil,
                "\(ids)")
        }
    }

    @Test func aBuildKeepsEveryLanguagesTermsAndARebuildWorksWithoutThem() throws {
        let project = try FixtureProject([:])
        defer { project.remove() }
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent(folder), to: project.root.appendingPathComponent(folder))
        }
        #expect(build(project).published)
        let store = SearchTermStore(outputPath: project.path("Output"))
        let kept = try FileManager.default.contentsOfDirectory(atPath: store.folder.path).sorted()
        #expect(kept == ["en", "fr", "ja", "zh"])

        // Damaged terms are tokenized again; an edited page's are replaced.
        try Data("sitegen-search-terms 1\ncut".utf8).write(to: store.url("zh"))
        let before = try #require(FileManager.default.contents(atPath: store.url("fr").path))
        let file = "Content/reports/model-costs.fr.md"
        try project.write(
            file,
            try #require(project.read(file)).replacingOccurrences(
                of: "Pour choisir un modèle", with: "Pour bien choisir un modèle"))
        try project.write(
            "Content/reports/model-costs.zh.md",
            try #require(project.read("Content/reports/model-costs.zh.md")) + "\n新增一句。\n")
        #expect(build(project).published)
        #expect(FileManager.default.contents(atPath: store.url("fr").path) != before)
        #expect(build(project, output: "Full", incremental: false).published)
        #expect(site(project) == site(project, "Full"))
        // A build without the cache keeps no terms either.
        #expect(!FileManager.default.fileExists(atPath: SearchTermStore(outputPath: project.path("Full")).folder.path))
    }
}
