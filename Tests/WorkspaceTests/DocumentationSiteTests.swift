import Content
import Foundation
import Site
import TestSupport
import Testing

@testable import Workspace

/// A documentation-shaped site, one folder per language, built end to end: language from the
/// folder (with an alias), sections with `_index.md`, tags, pagination and search; and rebuilt
/// from the cache after adding, moving and retagging pages, which must leave what a full build leaves.
@Suite struct DocumentationSiteTests {
    static let files: [String: String] = [
        "Content/site.yaml":
            "title: Docs\ndefaultLanguage: en\nlanguages: [zh, ja, fr, en]\nlanguageAliases: {zh-cn: zh}\npaginate: 2\n",
        "Content/zh-cn/guide/_index.md": "---\ntitle: 指南\n---\n\n指南栏目的说明。\n",
        "Content/zh-cn/guide/install.md":
            "---\ntitle: 安装步骤\ndate: 2026-01-03\ntags: [入门, 安装]\n---\n\n先下载安装包，再运行安装程序。\n",
        "Content/zh-cn/guide/config.md": "---\ntitle: 配置文件\ndate: 2026-01-02\ntags: [入门]\n---\n\n配置文件放在项目根目录。\n",
        "Content/zh-cn/guide/deploy.md": "---\ntitle: 部署上线\ndate: 2026-01-01\n---\n\n把生成的文件夹复制到服务器。\n",
        "Content/ja/guide/install.md": "---\ntitle: インストール手順\ndate: 2026-01-03\ntags: [入門]\n---\n\nインストーラーを実行します。\n",
        "Content/fr/guide/install.md":
            "---\ntitle: Installer l’outil\ndate: 2026-01-03\ntags: [Démarrage rapide]\n---\n\nTéléchargez l’archive puis lancez l’installateur.\n",
        "Content/fr/guide/advanced/tuning.md":
            "---\ntitle: Réglages avancés\nweight: 1\n---\n\nLes réglages fins se font dans le fichier de configuration.\n",
        "Content/en/guide/install.md":
            "---\ntitle: Installing the tool\ndate: 2026-01-03\ntags: [Getting started]\n---\n\nDownload the archive, then run the installer.\n",
    ]

    func project() throws -> FixtureProject {
        let project = try FixtureProject(Self.files)
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates"), to: project.root.appendingPathComponent("Templates")
        )
        return project
    }

    func text(_ site: [String: Data], _ path: String) -> String {
        site[path].map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func foldersGiveLanguagesSectionsTermsAndSearch() throws {
        let project = try project()
        defer { project.remove() }
        let report = build(project, incremental: false)
        #expect(report.published, "\(report.diagnostics)")
        #expect(report.pagesPerLanguage.map { "\($0.0) \($0.1)" } == ["zh 3", "ja 1", "fr 2", "en 1"])
        let out = site(project)
        // The alias folder never reaches a URL; translations are grouped by the path below it.
        #expect(out["zh/guide/install/index.html"] != nil && !out.keys.contains { $0.hasPrefix("zh-cn") })
        #expect(text(out, "zh/guide/install/index.html").contains("hreflang=\"fr\""))
        // The section list: its _index text, pages newest first, two a page, then page 2.
        let section = text(out, "zh/guide/index.html")
        #expect(section.contains("指南栏目的说明"))
        let first = try #require(section.range(of: "安装步骤")), second = try #require(section.range(of: "配置文件"))
        #expect(first.lowerBound < second.lowerBound && !section.contains("部署上线"))
        #expect(section.contains("href=\"page/2/index.html\""))
        #expect(text(out, "zh/guide/page/2/index.html").contains("部署上线"))
        // Breadcrumbs and neighbours on a page.
        let page = text(out, "zh/guide/config/index.html")
        #expect(page.contains("class=\"breadcrumbs\"") && page.contains("href=\"../index.html\">指南</a>"))
        #expect(page.contains("rel=\"prev\"") && page.contains("rel=\"next\""))
        // A subsection and its weight-ordered page, linked from the parent section.
        #expect(text(out, "fr/guide/index.html").contains("href=\"advanced/index.html\""))
        // Term pages keep CJK in their slugs; chips link to them; each term has a feed.
        #expect(text(out, "zh/tags/入门/index.html").contains("配置文件"))
        #expect(page.contains("href=\"../../tags/%E5%85%A5%E9%97%A8/index.html\""))
        #expect(text(out, "fr/tags/démarrage-rapide/atom.xml").contains("Installer l’outil"))
        #expect(text(out, "zh/tags/index.html").contains("<span class=\"count\">2</span>"))
        // Search: a shard set per language, and the section title beside each record.
        #expect(text(out, "search/zh/d0.js").contains("\"指南\""))
        #expect(out.keys.contains("search/en/meta.js"))
    }

    @Test func sameLanguageTwoWaysIsReportedAtItsLine() throws {
        let project = try project()
        defer { project.remove() }
        try project.write("Content/ja/guide/config.md", "---\ntitle: 設定\nlang: fr\n---\n\n本文。\n")
        let report = build(project, incremental: false)
        let conflict = try #require(report.diagnostics.first { $0.rule == "language-conflict" })
        #expect(conflict.location.line == 3 && conflict.location.file.hasSuffix("ja/guide/config.md"))
        #expect(conflict.message.contains("'ja'"))
    }

    @Test(arguments: ["add", "move", "retag", "retitle-section", "reweight"])
    func rebuildEqualsFullBuild(change: String) throws {
        let project = try project()
        defer { project.remove() }
        #expect(build(project).published)
        switch change {
        case "add":
            try project.write(
                "Content/zh-cn/guide/upgrade.md", "---\ntitle: 升级\ndate: 2026-01-04\ntags: [安装]\n---\n\n升级前先备份。\n")
        case "move":
            let moved = try #require(project.read("Content/zh-cn/guide/config.md"))
            try FileManager.default.removeItem(atPath: project.path("Content/zh-cn/guide/config.md"))
            try project.write("Content/zh-cn/reference/config.md", moved)
        case "retag":
            let old = try #require(project.read("Content/zh-cn/guide/config.md"))
            try project.write(
                "Content/zh-cn/guide/config.md", old.replacingOccurrences(of: "tags: [入门]", with: "tags: [配置]"))
        case "retitle-section":
            try project.write("Content/zh-cn/guide/_index.md", "---\ntitle: 使用指南\n---\n\n新的说明。\n")
        default:
            let old = try #require(project.read("Content/zh-cn/guide/deploy.md"))
            try project.write(
                "Content/zh-cn/guide/deploy.md", old.replacingOccurrences(of: "title:", with: "weight: 1\ntitle:"))
        }
        let incremental = build(project)
        #expect(incremental.published, "\(incremental.diagnostics)")
        #expect(build(project, output: "Full", incremental: false).published)
        let rebuilt = site(project), full = site(project, "Full")
        #expect(Set(rebuilt.keys) == Set(full.keys))
        for path in full.keys.sorted() where rebuilt[path] != full[path] {
            Issue.record("\(change): \(path) differs from a full build")
        }
    }

    /// `serve` after the same kinds of edits, one after another: what a full build gives.
    @Test func liveRebuildsEqualFullBuilds() throws {
        let project = try project()
        defer { project.remove() }
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
        let scan = { SourceScan(contentPath: project.path("Content"), templatesPath: project.path("Templates")) }
        let live = LiveBuild(loader: loader)
        #expect(live.update(to: scan()).outcome == .full)
        let edits: [(String, String?)] = [
            ("Content/zh-cn/guide/upgrade.md", "---\ntitle: 升级\ndate: 2026-01-04\ntags: [安装]\n---\n\n升级前先备份。\n"),
            ("Content/zh-cn/guide/config.md", "---\ntitle: 配置文件\ndate: 2026-01-02\ntags: [配置]\n---\n\n配置文件放在项目根目录。\n"),
            ("Content/zh-cn/guide/_index.md", "---\ntitle: 使用指南\n---\n\n新的说明。\n"),
            ("Content/zh-cn/guide/deploy.md", nil),
            ("Content/fr/guide/advanced/tuning.md", nil),
        ]
        for (path, text) in edits {
            if let text {
                try project.write(path, text)
            } else {
                try FileManager.default.removeItem(atPath: project.path(path))
            }
            let result = live.update(to: scan())
            #expect(result.outcome == .incremental, "\(path): \(result.diagnostics)")
            let full = loader.load()
            let (checks, _) = BuildPipeline(loader: loader, outputPath: "").runChecks(full.content)
            let site = try SiteBuilder(settings: full.settings, theme: full.theme).build(full.content, checks: checks)
            let expected = Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.contents) })
            #expect(result.files.keys.sorted() == expected.keys.sorted(), "\(path)")
            for (file, bytes) in expected where result.files[file] != bytes {
                Issue.record("after editing \(path), \(file) differs from a full build")
            }
        }
    }
}
