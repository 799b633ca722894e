import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every bad input the corpus covers; fixture folders hold the text ones, the rest are built here.
extension BadInputCase {
    static let corpus: [BadInputCase] = fromFixtures + generated

    /// Cases whose whole input is in `Fixtures/bad-input/<name>/`.
    static let fromFixtures: [BadInputCase] = [
        BadInputCase(name: "no-front-matter"),
        BadInputCase(name: "unterminated-front-matter"),
        BadInputCase(name: "yaml-syntax"),
        BadInputCase(name: "wrong-types"),
        BadInputCase(name: "unknown-language"),
        BadInputCase(name: "duplicate-slug"),
        BadInputCase(name: "duplicate-translation"),
        BadInputCase(name: "language-settings"),
        BadInputCase(name: "section-collision"),
        BadInputCase(name: "tabs"),
        BadInputCase(name: "table-cells"),
        BadInputCase(name: "formulas", arguments: ["check", "Content"]),
        BadInputCase(name: "decimal-limits", arguments: ["check", "Content"]),
        BadInputCase(name: "python-listings", arguments: ["check", "Content"]),
        BadInputCase(name: "decimal-limits-build"),
        BadInputCase(name: "slug-escape"),
        BadInputCase(name: "output-inside-content", arguments: ["build", "--output", "Content/out"]),
        BadInputCase(name: "foreign-output", arguments: ["build", "--output", "Mine"]),
        BadInputCase(name: "hostile-strings", verify: { HostileMarkup.expectRawHTMLEscaped(in: $0) }),
        BadInputCase(name: "raw-html-opt-in", verify: { HostileMarkup.expectRawHTMLKept(in: $0) }),
        // Its warnings come from rendering, which a joint build with other cases' errors never reaches.
        BadInputCase(name: "math-and-code", verify: { HostileMarkup.expectFormulasAndCodeInert(in: $0) }, joins: false),
        BadInputCase(name: "mermaid", verify: { HostileMarkup.expectMermaidDrawnOrCode(in: $0) }),
        BadInputCase(name: "freshness", arguments: ["check", "Content"]),
        BadInputCase(name: "baseline-file", arguments: ["check", "Content", "--baseline", "figures.json"]),
    ]

    /// Cases whose bytes are the point, or which need links, pipes or permissions.
    static let generated: [BadInputCase] = [
        BadInputCase(
            name: "invalid-utf8",
            bytes: {
                [
                    "Content/latin1.fr.md": Array("---\ntitle: Co".utf8) + [0xFB]
                        + Array("ts en Latin-1\n---\n# Co".utf8) + [0xFB] + Array("ts\n".utf8),
                    "Content/ok.fr.md": Array("# Bon\n".utf8),
                ]
            }),
        BadInputCase(
            name: "utf8-bom",
            bytes: {
                [
                    "Content/bom.en.md": [0xEF, 0xBB, 0xBF] + Array("---\ntitle: Byte order mark\n---\n# Body\n".utf8),
                    "Content/site.yaml": [0xEF, 0xBB, 0xBF] + Array("title: Site with a BOM\n".utf8),
                ]
            },
            verify: { project in
                let page = project.read("Output/en/bom/index.html") ?? ""
                #expect(page.contains("<title>Byte order mark · Site with a BOM</title>"), "\(page.prefix(400))")
                #expect(!page.contains("\u{FEFF}"))
            }),
        BadInputCase(
            name: "crlf-line-endings",
            bytes: {
                [
                    "Content/windows.en.md": Array(
                        lines(
                            [
                                "---", "title: Windows", "date: 2025-13-01", "---", "", "# Body", "", "| a | b |",
                                "|---|---|", "| 1 | 2 |",
                            ], "\r\n"
                        ).utf8)
                ]
            }),
        BadInputCase(
            name: "cr-line-endings",
            bytes: {
                [
                    "Content/classic-mac.en.md": Array(
                        lines(
                            [
                                "---", "title: Classic Mac OS", "date: 2025-13-01", "---", "", "# Body", "",
                                "| a | b |", "|---|---|", "| 1 | 2 |",
                            ], "\r"
                        ).utf8)
                ]
            }),
        BadInputCase(
            name: "empty-file",
            bytes: {
                [
                    "Content/empty.en.md": [], "Content/blank.en.md": Array("\n \n\t\n".utf8),
                    "Content/fences-only.en.md": Array("---\n---\n".utf8),
                ]
            }),
        BadInputCase(
            name: "huge-file",
            bytes: {
                let line = Array("Une ligne de texte ordinaire qui coûte 1,50 $ et revient souvent.\n".utf8)
                var big = Array("---\ntitle: Énorme\n---\n".utf8)
                big.reserveCapacity(50 * 1_048_576 + line.count)
                while big.count < 50 * 1_048_576 { big += line }
                return ["Content/huge.fr.md": big, "Content/ok.fr.md": Array("# Bon\n".utf8)]
            }, timeLimit: 90),
        // Just under the size limit, a dense report (tables, charts, calculations) still builds:
        // about 11 s for a debug build, where the checks once took minutes.
        BadInputCase(
            name: "page-near-size-limit",
            bytes: {
                let report =
                    (try? String(
                        contentsOf: repositoryRoot.appendingPathComponent("Content/reports/model-costs.zh.md"),
                        encoding: .utf8)) ?? ""
                let body = report.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
                var page = "---\ntitle: 接近上限的页面\n---\n"
                while page.utf8.count + body.utf8.count < 1_900_000 { page += body }
                return ["Content/large.zh.md": Array(page.utf8)]
            },
            verify: { project in
                #expect(project.read("Output/zh/large/index.html") != nil)
            }, timeLimit: 180, joins: false),
        BadInputCase(
            name: "binary-file",
            bytes: {
                // A PNG's signature and header chunk: what a mis-saved image starts with.
                let png: [UInt8] = [
                    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52, 0, 0, 0,
                    0x10,
                ]
                return [
                    "Content/photo.en.md": png + (0..<2000).map { UInt8(truncatingIfNeeded: $0 &* 31) },
                    "Content/latin1-binary.en.md": [0x89] + Array("not UTF-8 but no NUL either\n".utf8),
                ]
            }),
        BadInputCase(
            name: "deep-nesting",
            bytes: {
                [
                    "Content/quotes.en.md": Array((String(repeating: "> ", count: 100_000) + "deep\n").utf8),
                    "Content/lists.en.md": Array(
                        (0..<51).map { String(repeating: "  ", count: $0) + "- item\n" }.joined().utf8),
                    "Content/emphasis.en.md": Array(
                        (String(repeating: "*a ", count: 20_000) + "x" + String(repeating: " b*", count: 20_000) + "\n")
                            .utf8),
                    "Content/links.en.md": Array(
                        (String(repeating: "[", count: 50_000) + "x" + String(repeating: "](u)", count: 50_000) + "\n")
                            .utf8),
                    "Content/fine.en.md": Array((String(repeating: "> ", count: 40) + "forty quotes are fine\n").utf8),
                ]
            }),
        BadInputCase(
            name: "symlink-loop", bytes: { ["Content/ok.en.md": Array("# Fine\n".utf8)] },
            prepare: { root in
                let fm = FileManager.default
                let content = root.appendingPathComponent("Content")
                try fm.createSymbolicLink(
                    atPath: content.appendingPathComponent("again").path, withDestinationPath: ".")
                try fm.createSymbolicLink(
                    atPath: content.appendingPathComponent("a.en.md").path, withDestinationPath: "b.en.md")
                try fm.createSymbolicLink(
                    atPath: content.appendingPathComponent("b.en.md").path, withDestinationPath: "a.en.md")
                try fm.createSymbolicLink(
                    atPath: content.appendingPathComponent("gone.en.md").path, withDestinationPath: "missing.md")
            }),
        BadInputCase(
            name: "named-pipe", bytes: { ["Content/ok.en.md": Array("# Fine\n".utf8)] },
            prepare: { root in
                // Reading a pipe waits for a writer forever; sitegen must refuse it instead.
                let path = root.appendingPathComponent("Content/pipe.en.md").path
                guard mkfifo(path, 0o644) == 0 else { throw CocoaError(.fileWriteUnknown) }
            }, timeLimit: 60),
        BadInputCase(
            name: "unreadable-file",
            bytes: {
                ["Content/secret.en.md": Array("# Secret\n".utf8), "Content/ok.en.md": Array("# Fine\n".utf8)]
            },
            prepare: { root in
                try FileManager.default.setAttributes(
                    [.posixPermissions: 0], ofItemAtPath: root.appendingPathComponent("Content/secret.en.md").path)
            }, needsUnprivilegedUser: true),
    ]

    private static func lines(_ lines: [String], _ ending: String) -> String {
        lines.map { $0 + ending }.joined()
    }
}
