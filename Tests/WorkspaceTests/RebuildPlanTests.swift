import Content
import Site
import Testing
import TextKit

@testable import Workspace

/// The plan both `build` and `serve` follow after a change, worked out in memory: a site before,
/// the same site after one change, and what the plan says to check, render and remove.
@Suite struct RebuildPlanTests {
    static let settings = SiteSettings.parse("title: T\ndefaultLanguage: en\nlanguages: [en, fr]\n", file: "site.yaml")
        .0

    static let files: [String: String] = [
        "reports/a.en.md": "---\ntitle: Alpha\ndate: 2025-01-03\ntags: [power]\n---\nAlpha costs 10.\n",
        "reports/a.fr.md": "---\ntitle: Alpha FR\ndate: 2025-01-03\n---\nAlpha coûte 10.\n",
        "reports/b.en.md": "---\ntitle: Beta\ndate: 2025-01-02\n---\nBeta costs 20.\n",
        "reports/c.en.md": "---\ntitle: Gamma\ndate: 2025-01-01\n---\nGamma costs 30.\n",
        "notes/d.en.md": "---\ntitle: Delta\n---\nA note.\n",
    ]

    /// A site in memory: its pages by file, assembled, and its plan; as the store of a rebuild,
    /// every page was in the site.
    struct MemorySite: RebuildStore {
        var pages: [String: Page]
        var content: ContentSet
        var plan: SitePlan

        init(_ files: [String: String]) {
            let loader = PageLoader(settings: RebuildPlanTests.settings)
            var loaded: [String: Page] = [:]
            for (file, text) in files { loaded[file] = loader.load(file: file, text: text).0 }
            pages = loaded
            content =
                ContentSet.assemble(loaded.keys.sorted().compactMap { loaded[$0] }, settings: RebuildPlanTests.settings)
                .0
            plan = SitePlan(content: content, settings: RebuildPlanTests.settings)
        }

        func recorded(_ file: String) -> RecordedPage? {
            pages[file].map {
                RecordedPage(summary: PageSummary(of: $0, settings: RebuildPlanTests.settings), included: true)
            }
        }

        func navigation(_ file: String) -> ContentHash? {
            pages[file].map { BuildFingerprint.navigation(of: $0, plan: plan) }
        }
    }

    /// The plan from `before` to `after`, with `before` as the store a rebuild keeps.
    func plan(from before: MemorySite, to after: MemorySite) -> RebuildPlan {
        let changed = after.pages.keys.sorted().filter { before.pages[$0]?.source != after.pages[$0]?.source }
        return RebuildPlan(
            store: before, read: changed, changed: changed.compactMap { after.pages[$0] }, leftOut: [],
            removed: before.pages.keys.filter { after.pages[$0] == nil }.sorted(), content: after.content,
            settings: Self.settings)
    }

    func editing(_ file: String, _ change: (String) -> String) -> MemorySite {
        var files = Self.files
        files[file] = change(files[file]!)
        return MemorySite(files)
    }

    @Test func anEditToTheTextAloneRedoesItsGroupAndItsLanguagesSearch() {
        let before = MemorySite(Self.files)
        let after = editing("reports/b.en.md") { $0.replacingOccurrences(of: "costs 20", with: "costs 25") }
        let plan = plan(from: before, to: after)
        #expect(plan.keepsListings)
        #expect(plan.groups == [after.pages["reports/b.en.md"]!.translationKey])
        #expect(plan.lists == [.search("en")])
        #expect(plan.pages(in: after.content).map(\.file) == ["reports/b.en.md"])
    }

    @Test func nothingChangedPlansNothing() {
        let site = MemorySite(Self.files)
        let plan = plan(from: site, to: site)
        #expect(plan.keepsListings && plan.groups.isEmpty && plan.lists.isEmpty)
        #expect(plan.staleOutputs(["en/reports/a/index.html", "search/en/1.js"], written: [], plan: site.plan).isEmpty)
    }

    @Test func aNewTitleRedoesItsListsAndTheNeighboursThatShowIt() {
        let before = MemorySite(Self.files)
        let after = editing("reports/b.en.md") { $0.replacingOccurrences(of: "title: Beta", with: "title: Bêta") }
        let plan = plan(from: before, to: after)
        #expect(!plan.keepsListings)
        // Alpha and Gamma link to Beta as their next and previous page; Delta's section does not.
        let key = { (file: String) in after.pages[file]!.translationKey }
        #expect(plan.groups == [key("reports/b.en.md"), key("reports/a.en.md"), key("reports/c.en.md")])
        #expect(
            plan.pages(in: after.content).map(\.file).sorted() == [
                "reports/a.en.md", "reports/a.fr.md", "reports/b.en.md", "reports/c.en.md",
            ])
        #expect(
            plan.lists.isSuperset(of: [
                .index("en"), .index("fr"), .feed("en"), .search("en"), .section("en", "reports"),
                .section("fr", "reports"),
            ]))
        #expect(!plan.lists.contains(.section("en", "notes")) && !plan.lists.contains(.feed("fr")))
    }

    @Test func aRemovedPageRedoesItsGroupAndItsOutputGoes() {
        let before = MemorySite(Self.files)
        var files = Self.files
        files["reports/a.fr.md"] = nil
        let after = MemorySite(files)
        let plan = plan(from: before, to: after)
        #expect(!plan.keepsListings)
        #expect(plan.groups.contains(before.pages["reports/a.fr.md"]!.translationKey))
        #expect(
            plan.pages(in: after.content).map(\.file).contains("reports/a.en.md"),
            "the English version loses its switcher link")
        #expect(plan.lists.contains(.feed("fr")) && plan.lists.contains(.section("fr", "reports")))
        let previous = before.content.pages.map(before.plan.path(of:)) + ["search/fr/1.js", "search/en/1.js"]
        let stale = plan.staleOutputs(previous, written: ["search/fr/0.js"], plan: after.plan)
        #expect(stale == ["fr/reports/a/index.html", "search/fr/1.js"])
    }

    @Test func aPageMovedToAnotherGroupRedoesBothGroups() {
        let before = MemorySite(Self.files)
        let after = editing("reports/a.fr.md") {
            $0.replacingOccurrences(of: "title: Alpha FR", with: "title: Alpha FR\ntranslationKey: beta")
        }
        let plan = plan(from: before, to: after)
        #expect(plan.groups.isSuperset(of: [before.pages["reports/a.fr.md"]!.translationKey, "beta"]))
        #expect(plan.pages(in: after.content).map(\.file).contains("reports/a.en.md"))
    }

    @Test func unchangedListingsDropOnlyTheSearchShardsNoLongerWritten() {
        let before = MemorySite(Self.files)
        let after = editing("reports/c.en.md") { $0 + "\nMore words for the search index.\n" }
        let plan = plan(from: before, to: after)
        #expect(plan.keepsListings && plan.lists == [.search("en")])
        let previous = ["en/index.html", "search/en/0.js", "search/en/1.js", "search/fr/1.js"]
        #expect(plan.staleOutputs(previous, written: ["search/en/0.js"], plan: after.plan) == ["search/en/1.js"])
    }

    @Test func onlyPagesWhoseRenderKeyMovedAreRendered() {
        let site = MemorySite(Self.files)
        let pages = site.content.pages
        let keys = Dictionary(uniqueKeysWithValues: pages.map { ($0.file, ContentHash($0.source)) })
        let recorded: (Page) -> ContentHash? = { page in
            page.file == "reports/b.en.md" ? ContentHash("old") : keys[page.file]
        }
        #expect(RebuildPlan.pagesToRender(pages, keys: keys, recorded: recorded) == ["reports/b.en.md"])
        #expect(
            RebuildPlan.pagesToRender(pages, keys: keys, recorded: { _ in nil }).count == pages.count,
            "no output, no key")
        #expect(
            RebuildPlan.pagesToRender(pages, keys: [:], recorded: nil) == Set(pages.map(\.file)), "a store without keys"
        )
    }

    @Test func aPageReadAgainUnchangedButLeftOutNowIsAListingChange() {
        let before = MemorySite(Self.files)
        let page = before.pages["notes/d.en.md"]!
        let plan = RebuildPlan(
            store: before, read: [page.file], changed: [page], leftOut: [page.file], removed: [],
            content: before.content, settings: Self.settings)
        #expect(!plan.keepsListings)
    }
}
