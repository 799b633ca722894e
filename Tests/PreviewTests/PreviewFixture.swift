import Foundation
import Preview
import TestSupport
import Workspace

/// A small zh/ja/fr site with a CJK path and one asset of each kind, on the repository's theme.
enum PreviewFixture {
    static let files: [String: String] = [
        "Content/site.yaml": "title: 成本\ndefaultLanguage: zh\nlanguages: [zh, ja, fr]\n",
        "Content/reports/cost.zh.md": "---\ntitle: 成本\ndate: 2025-09-01\n---\n正文 第一版\n",
        "Content/reports/cost.ja.md": "---\ntitle: コスト\ndate: 2025-09-01\n---\n本文\n",
        "Content/reports/cost.fr.md": "---\ntitle: Coûts\ndate: 2025-09-01\n---\nTexte\n",
        "Content/日本.ja.md": "---\ntitle: 日本\n---\n日本語のページ\n",
        "Templates/assets/logo.svg": "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "Templates/assets/data.json": "{\"a\": 1}",
        "Templates/assets/font.woff2": "wOF2",
        "Templates/assets/pic.png": "\u{89}PNG",
    ]

    static func project() throws -> FixtureProject {
        let project = try FixtureProject([:])
        try FileManager.default.copyItem(
            at: repositoryRoot.appendingPathComponent("Templates"), to: project.root.appendingPathComponent("Templates")
        )
        for (path, text) in files { try project.write(path, text) }
        return project
    }

    static func server(_ project: FixtureProject, output: Bool = false) -> PreviewServer {
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
        return PreviewServer(
            .init(
                host: "127.0.0.1", port: 0, loader: loader, outputPath: output ? project.path("Output") : nil,
                pollInterval: .milliseconds(20)))
    }
}
