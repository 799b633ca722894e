import Content
import Foundation
import Site
import TestSupport
import Testing

@testable import Workspace

/// The in-memory build behind `sitegen serve`: after any sequence of edits, its site must be
/// byte-for-byte what a full build of the same files gives, while re-rendering only what changed.
@Suite struct LiveBuildTests {
    static let files: [String: String] = [
        "Content/site.yaml": "title: 成本\ndefaultLanguage: zh\nlanguages: [zh, ja, fr]\n",
        "Content/reports/cost.zh.md": "---\ntitle: 成本\ndate: 2025-09-01\n---\n正文 1\n",
        "Content/reports/cost.ja.md": "---\ntitle: コスト\ndate: 2025-09-01\n---\n本文 1\n",
        "Content/reports/cost.fr.md": "---\ntitle: Coûts\ndate: 2025-09-01\n---\nTexte 1\n",
        "Content/notes/other.zh.md": "---\ntitle: 其他\ndate: 2025-08-01\n---\n其他\n",
        "Content/日本.ja.md": "---\ntitle: 日本\n---\n日本語\n",
    ]

    func project() throws -> FixtureProject {
        let project = try FixtureProject(Self.files)
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates"), to: project.root.appendingPathComponent("Templates")
        )
        return project
    }

    func loader(_ p: FixtureProject) -> ProjectLoader {
        ProjectLoader(contentPath: p.path("Content"), templatesPath: p.path("Templates"))
    }

    func scan(_ p: FixtureProject) -> SourceScan {
        SourceScan(contentPath: p.path("Content"), templatesPath: p.path("Templates"))
    }

    /// What `sitegen build` would produce from the same files.
    func fullBuild(_ p: FixtureProject) throws -> [String: [UInt8]] {
        let project = loader(p).load()
        #expect(!project.diagnostics.hasErrors, "\(project.diagnostics)")
        let (checks, _) = BuildPipeline(loader: loader(p), outputPath: "").runChecks(project.content)
        let site = try SiteBuilder(settings: project.settings, theme: project.theme).build(
            project.content, checks: checks)
        return Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.contents) })
    }

    @Test func everyEditGivesWhatAFullBuildGives() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        #expect(live.update(to: scan(p)).outcome == .full)
        let edits: [(String, String?)] = [
            ("Content/reports/cost.zh.md", "---\ntitle: 成本（修订）\ndate: 2025-09-02\n---\n正文 2\n"),
            ("Content/reports/cost.ja.md", "---\ntitle: コスト\ntranslationKey: other\n---\n別のグループへ\n"),
            ("Content/notes/new.fr.md", "---\ntitle: Nouveau\n---\nNeuf\n"),
            ("Content/reports/cost.fr.md", nil),
            ("Content/notes/clash.zh.md", "---\ntitle: 冲突\nslug: other\n---\n同一个地址\n"),
            ("Content/notes/other.zh.md", nil),
            ("Content/日本.ja.md", "---\ntitle: 日本（改）\n---\n日本語 2\n"),
        ]
        var last: [String: [UInt8]] = [:]
        for (path, text) in edits {
            if let text { try p.write(path, text) } else { try FileManager.default.removeItem(atPath: p.path(path)) }
            let result = live.update(to: scan(p))
            if path.hasSuffix("clash.zh.md") {
                // Two pages claim zh/notes/other/: an error, so the last good site stays.
                #expect(result.outcome == .failed && result.diagnostics.contains { $0.rule == "duplicate-slug" })
                #expect(result.files == last)
                continue
            }
            #expect(result.outcome == .incremental, "\(path): \(result.diagnostics)")
            // What a rebuild says changed is exactly what differs, so the server and the output
            // folder, which replace only those, stay whole.
            let differing = Set(result.files.keys).union(last.keys).filter { result.files[$0] != last[$0] }
            #expect(last.isEmpty || result.changedPaths == differing, "\(path)")
            last = result.files
            let expected = try fullBuild(p)
            #expect(result.files.keys.sorted() == expected.keys.sorted(), "\(path)")
            for (file, bytes) in expected where result.files[file] != bytes {
                Issue.record("after editing \(path), \(file) differs from a full build")
            }
        }
    }

    /// A body edit keeps every listing, and the rebuild reuses the last navigation; the edits
    /// after it (a neighbour's new title, a section's own text) must not see a stale one.
    @Test func neighboursAndSectionsStayRightAcrossEditsThatKeepOrMoveListings() throws {
        let p = try project()
        defer { p.remove() }
        for n in 1...3 {
            try p.write("Content/notes/n\(n).zh.md", "---\ntitle: 笔记\(n)\ndate: 2025-07-0\(n)\n---\n内容 \(n)\n")
        }
        let live = LiveBuild(loader: loader(p))
        #expect(live.update(to: scan(p)).outcome == .full)
        let edits: [(String, String)] = [
            ("Content/notes/n2.zh.md", "---\ntitle: 笔记2\ndate: 2025-07-02\n---\n内容 改\n"),
            ("Content/notes/n1.zh.md", "---\ntitle: 笔记一\ndate: 2025-07-01\n---\n内容 1\n"),
            ("Content/notes/n3.zh.md", "---\ntitle: 笔记3\ndate: 2025-07-03\n---\n内容 再改\n"),
            ("Content/notes/_index.zh.md", "---\ntitle: 笔记本\n---\n各种笔记\n"),
            ("Content/notes/n2.zh.md", "---\ntitle: 笔记2\ndate: 2025-07-02\n---\n内容 三改\n"),
            ("Content/notes/n2.zh.md", "---\ntitle: 笔记2\ndate: 2025-06-30\n---\n内容 三改\n"),
        ]
        var last = live.update(to: scan(p)).files
        for (path, text) in edits {
            try p.write(path, text)
            let result = live.update(to: scan(p))
            #expect(result.outcome == .incremental, "\(path): \(result.diagnostics)")
            let differing = Set(result.files.keys).union(last.keys).filter { result.files[$0] != last[$0] }
            #expect(result.changedPaths == differing, "\(path)")
            last = result.files
            let expected = try fullBuild(p)
            #expect(result.files.keys.sorted() == expected.keys.sorted(), "\(path)")
            for (file, bytes) in expected where result.files[file] != bytes {
                Issue.record("after editing \(path) to \(text), \(file) differs from a full build")
            }
        }
    }

    /// Only the files read since the last good site are compared with it: a draft that joins
    /// and leaves, and edits made while the site failed to build, must all be seen.
    @Test func draftsAndEditsAcrossAFailedRebuildMatchAFullBuild() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        #expect(live.update(to: scan(p)).outcome == .full)
        let draft = "Content/notes/d.zh.md"
        let steps: [(String, String?, LiveBuildResult.Outcome)] = [
            (draft, "---\ntitle: 草稿\ndraft: true\n---\n草稿\n", .incremental),
            (draft, "---\ntitle: 草稿\n---\n草稿\n", .incremental),
            (draft, "---\ntitle: 草稿\ndraft: true\n---\n草稿\n", .incremental),
            ("Content/reports/cost.zh.md", "---\ntitle: [broken\n---\n正文\n", .failed),
            ("Content/notes/other.zh.md", "---\ntitle: 其他（改）\ndate: 2025-08-01\n---\n其他\n", .failed),
            (draft, nil, .failed),
            ("Content/reports/cost.zh.md", "---\ntitle: 成本\ndate: 2025-09-01\n---\n正文 修好\n", .incremental),
        ]
        for (path, text, outcome) in steps {
            if let text { try p.write(path, text) } else { try FileManager.default.removeItem(atPath: p.path(path)) }
            let result = live.update(to: scan(p))
            #expect(result.outcome == outcome, "\(path): \(result.diagnostics)")
            guard outcome != .failed else { continue }
            let expected = try fullBuild(p)
            #expect(result.files.keys.sorted() == expected.keys.sorted(), "\(path)")
            for (file, bytes) in expected where result.files[file] != bytes {
                Issue.record("after editing \(path), \(file) differs from a full build")
            }
        }
    }

    @Test func oneEditRendersItsTranslationsAndTheIndexesOnly() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        let first = live.update(to: scan(p))
        try p.write("Content/reports/cost.zh.md", "---\ntitle: 成本\ndate: 2025-09-01\n---\n正文 已改\n")
        let result = live.update(to: scan(p))
        #expect(result.outcome == .incremental)
        #expect(result.reparsed == ["reports/cost.zh.md"])
        #expect(result.renderedPages == 3)  // the zh page and its ja and fr translations' switchers
        #expect(result.changedPaths.contains("zh/reports/cost/index.html"))
        #expect(!result.changedPaths.contains("zh/notes/other/index.html"))
        #expect(!result.changedPaths.contains("assets/style.css"))
        #expect(result.files["zh/notes/other/index.html"] == first.files["zh/notes/other/index.html"])
        #expect(String(decoding: result.files["zh/reports/cost/index.html"]!, as: UTF8.self).contains("正文 已改"))
    }

    @Test func brokenFrontMatterKeepsTheLastGoodSiteUntilFixed() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        let good = live.update(to: scan(p))
        try p.write("Content/reports/cost.zh.md", "---\ntitle: [unclosed\ndate: 2025-09-01\n---\n正文\n")
        let broken = live.update(to: scan(p))
        #expect(broken.outcome == .failed)
        let error = try #require(broken.diagnostics.first { $0.severity == .error })
        #expect(error.location.file.hasSuffix("Content/reports/cost.zh.md") && error.location.line >= 2)
        #expect(broken.files == good.files)
        #expect(broken.sources[error.location.file] != nil)

        try p.write("Content/reports/cost.zh.md", "---\ntitle: 成本\ndate: 2025-09-01\n---\n修好了\n")
        let fixed = live.update(to: scan(p))
        #expect(fixed.outcome == .incremental)
        #expect(fixed.diagnostics.isEmpty)
        #expect(fixed.files == (try fullBuild(p)))
    }

    @Test func settingsAndThemeChangesRenderEverything() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        _ = live.update(to: scan(p))
        #expect(live.update(to: scan(p)).outcome == .unchanged)
        try p.write("Content/site.yaml", "title: 成本报告\ndefaultLanguage: zh\nlanguages: [zh, ja, fr]\n")
        #expect(live.update(to: scan(p)).outcome == .full)
        try p.write("Templates/page.mustache", "<article>{{title}}{{{content}}}</article>")
        let themed = live.update(to: scan(p))
        #expect(themed.outcome == .full)
        #expect(themed.files == (try fullBuild(p)))
    }

    @Test func checkFindingsArriveAsWarningsAndTheSiteStillUpdates() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        _ = live.update(to: scan(p))
        let table = "| 项目 | 金额（美元） |\n|---|---:|\n| 硬件摊销 | 2,222 |\n| 电费 | 115 |\n| 合计 | %@ |\n"
        try p.write(
            "Content/reports/cost.zh.md",
            "---\ntitle: 成本\ndate: 2025-09-01\n---\n" + table.replacingOccurrences(of: "%@", with: "2,338"))
        let wrong = live.update(to: scan(p))
        #expect(wrong.outcome == .incremental)
        let finding = try #require(wrong.diagnostics.first { $0.stated != nil })
        #expect(
            finding.severity == .warning && finding.stated == "2,338"
                && finding.location.file.hasSuffix("reports/cost.zh.md"))
        #expect(wrong.files == (try fullBuild(p)))
        let everything = BuildPipeline(loader: loader(p), outputPath: "").runChecks(loader(p).load().content).1
        #expect(wrong.diagnostics == everything, "re-checking one group finds what checking the site finds")
        try p.write(
            "Content/reports/cost.zh.md",
            "---\ntitle: 成本\ndate: 2025-09-01\n---\n" + table.replacingOccurrences(of: "%@", with: "2,337"))
        let fixed = live.update(to: scan(p))
        #expect(fixed.diagnostics.isEmpty, "\(fixed.diagnostics)")
        #expect(fixed.files == (try fullBuild(p)))
    }

    /// The sample site, with real tables, charts and translations: edits that break figures (and
    /// so the agreement between languages) give the same files and findings as a full build.
    @Test func sampleSiteEditsMatchAFullBuildAndCheck() throws {
        let p = try FixtureProject([:])
        defer { p.remove() }
        for folder in ["Content", "Templates"] {
            try FileManager.default.copyItem(
                at: repositoryRoot.appendingPathComponent(folder), to: p.root.appendingPathComponent(folder))
        }
        let live = LiveBuild(loader: loader(p))
        #expect(live.update(to: scan(p)).outcome == .full)
        let zh = "Content/reports/model-costs.zh.md"
        let original = try #require(p.read(zh))
        let edits = [
            original.replacingOccurrences(of: "0.75", with: "0.85"),
            original.replacingOccurrences(of: "1.60", with: "1.70").replacingOccurrences(of: "4.50", with: "4.60"),
            original + "\n新的段落。\n",
            original,
        ]
        for (n, text) in edits.enumerated() {
            try p.write(zh, text)
            let result = live.update(to: scan(p))
            #expect(result.outcome == .incremental, "edit \(n): \(result.diagnostics.filter { $0.severity == .error })")
            let project = loader(p).load()
            let pipeline = BuildPipeline(loader: loader(p), outputPath: "")
            let (checks, findings) = pipeline.runChecks(project.content)
            var builder = SiteBuilder(settings: project.settings, theme: project.theme)
            builder.tools = pipeline.tools.render
            let site = try builder.build(project.content, checks: checks)
            #expect(
                result.diagnostics == project.diagnostics + findings + site.diagnostics.map(loader(p).prefixed),
                "edit \(n)")
            #expect(
                result.files == Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.contents) }), "edit \(n)"
            )
        }
    }

    /// An editor still writing a file when it is read: nothing is rendered from the half-read
    /// text, and the next update reads it again.
    @Test func aFileChangingWhileReadIsReadAgain() throws {
        let p = try project()
        defer { p.remove() }
        let live = LiveBuild(loader: loader(p))
        let first = live.update(to: scan(p))
        try p.write("Content/reports/cost.zh.md", "---\ntitle: 成本\n---\n第二版\n")
        let seen = scan(p)
        try p.write("Content/reports/cost.zh.md", "---\ntitle: 成本\n---\n第三版，更长一些\n")
        let pending = live.update(to: seen)
        #expect(pending.outcome == .pending)
        #expect(pending.files == first.files)
        let settled = live.update(to: scan(p))
        #expect(settled.outcome == .incremental)
        #expect(String(decoding: settled.files["zh/reports/cost/index.html"]!, as: UTF8.self).contains("第三版"))
        try FileManager.default.removeItem(atPath: p.path("Content/notes/other.zh.md"))
        #expect(live.update(to: scan(p)).files["zh/notes/other/index.html"] == nil)
    }
}
