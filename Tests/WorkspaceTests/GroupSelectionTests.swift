import Content
import Foundation
import TestSupport
import Testing
import Workspace

/// `--shard k/n`, `--changed-since` and `--groups-of` check whole translation groups, and the
/// shards together find exactly what one full check finds.
@Suite struct GroupSelectionTests {
    /// A site with findings of every kind: wrong totals, a drifted translation, a front-matter
    /// error, a page outside any group, stale prices.
    static let files: [String: String] = [
        "Content/site.yaml": "languages: [zh, fr, en]\nstaleAfterDays: 30\n",
        "Content/a.zh.md":
            "---\ntranslationKey: a\n---\n| 项目 | 费用 |\n| --- | ---: |\n| x | 1.00 |\n| y | 2.00 |\n| 合计 | 4.00 |\n",
        "Content/a.fr.md":
            "---\ntranslationKey: a\n---\n| Poste | Coût |\n| --- | ---: |\n| x | 1,00 |\n| y | 2,50 |\n| Total | 3,60 |\n",
        "Content/b.en.md": "---\nprices_as_of: 2020-01-01\n---\n- 2 × 3 = 7\n",
        "Content/c.en.md": "---\ntitle: [unclosed\n---\ntext\n",
        "Content/d.fr.md": "- 1 000 × 0,05 $ = 60,00 $\n",
        "Content/e.zh.md": "- 200万 × 3 = 500万\n",
        "Content/f.en.md": "| Item | Cost |\n| --- | ---: |\n| a | $5 |\n| Total | $6 |\n",
    ]

    static func describe(_ report: CheckReport) -> Set<String> {
        Set(report.diagnostics.map { "\($0.location) \($0.rule) \($0.message)" })
    }

    @Test(arguments: [2, 3, 5])
    func shardsTogetherFindWhatTheFullCheckFinds(count: Int) throws {
        let project = try FixtureProject(Self.files)
        defer { project.remove() }
        let full = CheckPipeline(paths: [project.path("Content")]).run()
        #expect(full.summary.errors >= 5 && full.summary.warnings >= 1, "\(full.diagnostics)")
        var union: [String] = []
        var files = 0
        for k in 1...count {
            var pipeline = CheckPipeline(paths: [project.path("Content")])
            pipeline.selection = GroupSelection(shard: (k, count))
            let part = pipeline.run()
            union += Self.describe(part)
            files += part.summary.files
        }
        #expect(union.count == Set(union).count, "a finding was reported by two shards")
        #expect(Set(union) == Self.describe(full))
        #expect(files == full.summary.files)
    }

    @Test func groupsOfFilesCheckEveryVersionOfTheirGroups() throws {
        let project = try FixtureProject(Self.files)
        defer { project.remove() }
        var pipeline = CheckPipeline(paths: [project.path("Content")])
        pipeline.selection = GroupSelection(files: ["a.fr.md"])
        let report = pipeline.run()
        #expect(report.summary.files == 2)
        #expect(
            Set(report.diagnostics.map { ($0.location.file as NSString).lastPathComponent }) == ["a.zh.md", "a.fr.md"])
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/git")))
    func changedSinceARevisionChecksTheGroupsItTouched() throws {
        let project = try FixtureProject(Self.files)
        defer { project.remove() }
        func git(_ arguments: [String]) throws {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/git")
            process.arguments =
                ["-c", "user.name=T", "-c", "user.email=t@example.org", "-c", "commit.gpgsign=false"] + arguments
            process.currentDirectoryURL = project.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
        }
        try git(["init", "-q"])
        try git(["add", "-A"])
        try git(["commit", "-qm", "one"])
        try project.write("Content/d.fr.md", "- 1 000 × 0,05 $ = 50,00 $\n- 2 × 2 = 5\n")
        try project.write("Content/g.en.md", "- 3 × 3 = 10\n")
        let files = try GroupSelection.changedFiles(since: "HEAD", contentPath: project.path("Content")).get()
        #expect(files == ["d.fr.md", "g.en.md"])
        var pipeline = CheckPipeline(paths: [project.path("Content")])
        pipeline.selection = GroupSelection(files: files)
        let report = pipeline.run()
        #expect(report.summary.files == 2)
        #expect(
            Set(report.diagnostics.map { ($0.location.file as NSString).lastPathComponent }) == ["d.fr.md", "g.en.md"])
        if case .success = GroupSelection.changedFiles(since: "no-such-revision", contentPath: project.path("Content"))
        {
            Issue.record("an unknown revision must be an error")
        }
    }

    @Test func shardsAreReadAsKOverN() {
        #expect(GroupSelection.parseShard("2/4")! == (2, 4))
        for bad in ["0/4", "5/4", "1/0", "x/2", "3"] { #expect(GroupSelection.parseShard(bad) == nil, "\(bad)") }
    }
}
