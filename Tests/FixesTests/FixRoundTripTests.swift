import Foundation
import TestSupport
import Testing
import Workspace

@testable import Fixes

/// `check --fix` on pages in each language's formats: the wrong figure is rewritten the way its
/// author wrote it, and not one other byte of the file changes.
@Suite struct FixRoundTripTests {
    /// One page per format, each with one planted wrong figure and the text it should become.
    static let cases: [(file: String, text: String, wrong: String, right: String)] = [
        ("fr-cents.fr.md", "# Appels\n\n- 500 appels × 0,0001 $ = 0,08 $\n", "0,08 $", "0,05 $"),
        (
            "fr-grouped.fr.md", "# Licences\n\nDeux licences :\n\n- 2 × 617,25 € = 1 234,60 €\n", "1 234,60 €",
            "1 234,50 €"
        ),
        ("zh-wan.zh.md", "# 调用量\n\n- 每天 200万 次 × 5 天 = 1100万 次\n", "1100万", "1000万"),
        ("en-exponent.en.md", "# Per token\n\n- $5.00 / 1,000,000 = $6e-06\n", "$6e-06", "$5e-06"),
        ("ja-yen.ja.md", "# 費用\n\n- ¥617 × 2 = ¥1,244\n", "¥1,244", "¥1,234"),
        ("zh-fullwidth.zh.md", "# 全角\n\n- １２ × ３ ＝ ３８\n", "３８", "３６"),
        ("de-euro.de.md", "# Kosten\n\n- 2 × 1.617,25 € = 3.234,60 €\n", "3.234,60 €", "3.234,50 €"),
        (
            "en-crlf.en.md",
            "# Lines\r\n\r\nTrailing spaces stay.   \r\n\r\n| Item | Cost |\r\n| --- | ---: |\r\n| A | $1.20 |\r\n| B | $3.40 |\r\n| **Total** | **$4.70** |\r\n",
            "$4.70", "$4.60"
        ),
    ]

    static func project() throws -> FixtureProject {
        var files = ["Content/site.yaml": "languages: [zh, ja, fr, en, de]\n"]
        for c in cases { files["Content/reports/\(c.file)"] = c.text }
        return try FixtureProject(files)
    }

    static func run(_ project: FixtureProject) -> FixRun {
        let pipeline = CheckPipeline(paths: [project.path("Content")])
        return FixRun(pipeline: pipeline, report: pipeline.run())
    }

    @Test func diffRewritesEachFigureInItsAuthorsFormat() throws {
        let project = try Self.project()
        defer { project.remove() }
        let run = Self.run(project)
        #expect(run.fixes.count == Self.cases.count, "\(run.fixes.map(\.replacement))")
        assertGolden(run.diff.replacingOccurrences(of: project.root.path + "/", with: ""), named: "round-trip.diff")
    }

    @Test func writeChangesOnlyTheWrongFigures() throws {
        let project = try Self.project()
        defer { project.remove() }
        #expect(Self.run(project).write().isEmpty)
        for c in Self.cases {
            let expected = c.text.replacingOccurrences(of: c.wrong, with: c.right)
            #expect(project.read("Content/reports/\(c.file)").map { Data($0.utf8) } == Data(expected.utf8), "\(c.file)")
        }
        let again = Self.run(project)
        #expect(again.fixes.isEmpty)
        #expect(again.files.isEmpty)
    }

    @Test func aTotalOverAWrongRowIsNotMadeToMatchIt() throws {
        let page =
            "# Budget\n\n| Item | Price | Qty | Cost |\n| --- | ---: | ---: | ---: |\n| A | 12.00 | 3 | 37.00 |\n| B | 25.00 | 1 | 25.00 |\n| **Total** | | | **61.00** |\n\n<!-- formula: Cost = Price × Qty -->\n"
        let project = try FixtureProject(["Content/b.en.md": page])
        defer { project.remove() }
        let run = Self.run(project)
        #expect(run.write().isEmpty)
        #expect(project.read("Content/b.en.md") == page.replacingOccurrences(of: "37.00", with: "36.00"))
    }

    @Test func aTieBetweenTranslationsIsLeftAlone() throws {
        func page(_ lang: String, _ cell: String) -> String {
            "---\ntranslationKey: t\n---\n| Item | Cost |\n| --- | ---: |\n| A | \(cell) |\n| B | 5 |\n"
        }
        let project = try FixtureProject([
            "Content/t.zh.md": page("zh", "10"), "Content/t.ja.md": page("ja", "10"),
            "Content/t.fr.md": page("fr", "12"), "Content/t.en.md": page("en", "12"),
        ])
        defer { project.remove() }
        let pipeline = CheckPipeline(paths: [project.path("Content")])
        let report = pipeline.run()
        #expect(report.summary.errors > 0)
        let run = FixRun(pipeline: pipeline, report: report)
        #expect(run.fixes.isEmpty)
        #expect(!run.skipped.isEmpty)
    }

    @Test func theTranslationThatDepartsIsTheOneRewritten() throws {
        func page(_ cell: String) -> String {
            "---\ntranslationKey: t\n---\n| Item | Cost |\n| --- | ---: |\n| A | \(cell) |\n| B | 5.00 |\n"
        }
        let project = try FixtureProject([
            "Content/t.zh.md": page("36.00"), "Content/t.ja.md": page("36.00"),
            "Content/t.fr.md": page("37,00").replacingOccurrences(of: "5.00", with: "5,00"),
        ])
        defer { project.remove() }
        let run = Self.run(project)
        #expect(run.fixes.map(\.replacement) == ["36,00"], "\(run.fixes)")
        #expect(run.write().isEmpty)
        #expect(project.read("Content/t.fr.md")?.contains("| A | 36,00 |") == true)
        #expect(project.read("Content/t.zh.md") == page("36.00"))
    }

    @Test(arguments: [("１２", "3", "３"), ("１．５", "2.25", "２．２５"), ("12", "7", "7")])
    func fullWidthDigitsStayFullWidth(original: String, ascii: String, expected: String) {
        #expect(AuthorFormat.widen(ascii, like: original) == expected)
    }
}
