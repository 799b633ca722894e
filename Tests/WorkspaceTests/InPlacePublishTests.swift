import Foundation
import TestSupport
import Testing

@testable import Workspace

/// A build over an earlier output replaces only the files whose bytes changed, and a commit that
/// a kill cut short is undone by the next build.
@Suite struct InPlacePublishTests {
    static let templates = repositoryRoot.appendingPathComponent("Templates").path

    func fullBuild(_ project: FixtureProject, output: String = "Output") -> BuildReport {
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: Self.templates)
        var pipeline = BuildPipeline(loader: loader, outputPath: project.path(output))
        pipeline.incremental = false
        return pipeline.run()
    }

    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    static let pages = [
        "Content/a.en.md": "---\ntitle: A\ndate: 2025-01-02\n---\nFirst text.\n",
        "Content/b.en.md": "---\ntitle: B\ndate: 2025-01-03\n---\nSecond text.\n",
        "Content/notes/c.en.md": "---\ntitle: C\ndate: 2025-01-04\n---\nThird text.\n",
    ]

    /// Foundation's `deletingLastPathComponent` traps on a one-character path, such as the
    /// folder `z` of `z/index.html`, which a commit making new folders used to ask it for.
    @Test func aNewOneLetterFolderIsMade() throws {
        let project = try FixtureProject([:])
        defer { project.remove() }
        let publisher = OutputPublisher(outputPath: project.path("Output"))
        try publisher.publish([.init(path: "index.html", contents: Array("a".utf8))])
        try publisher.publish([
            .init(path: "index.html", contents: Array("a".utf8)),
            .init(path: "z/index.html", contents: Array("z".utf8)),
            .init(path: "y/x/index.html", contents: Array("x".utf8)),
        ])
        #expect(project.read("Output/z/index.html") == "z" && project.read("Output/y/x/index.html") == "x")
        #expect(InPlaceCommit.parent(of: "z") == "" && InPlaceCommit.parent(of: "y/x/index.html") == "y/x")
    }

    @Test func fullBuildReplacesOnlyChangedFilesAndRemovesGoneOnes() throws {
        let project = try FixtureProject(Self.pages)
        defer { project.remove() }
        #expect(fullBuild(project).published)
        let untouched = project.path("Output/en/b/index.html")
        let stylesheet = project.path("Output/assets/style.css")
        let (bBefore, cssBefore) = (inode(untouched), inode(stylesheet))
        #expect(bBefore != nil && cssBefore != nil)

        try project.write("Content/a.en.md", "---\ntitle: A\ndate: 2025-01-02\n---\nFirst text, edited.\n")
        try FileManager.default.removeItem(atPath: project.path("Content/notes/c.en.md"))
        #expect(fullBuild(project).published)
        // Same bytes, same file: neither rewritten nor replaced.
        #expect(inode(untouched) == bBefore && inode(stylesheet) == cssBefore)
        #expect(project.read("Output/en/a/index.html")?.contains("First text, edited.") == true)
        #expect(
            !FileManager.default.fileExists(atPath: project.path("Output/en/notes")),
            "the removed page's folders go too")

        #expect(fullBuild(project, output: "Fresh").published)
        var built = project.snapshot("Output"), fresh = project.snapshot("Fresh")
        built[OutputPublisher.marker] = nil
        fresh[OutputPublisher.marker] = nil
        #expect(built == fresh)
        #expect(leftovers(project) == [])
    }

    @Test func commitCutShortIsUndoneByTheNextBuild() throws {
        let project = try FixtureProject(Self.pages)
        defer { project.remove() }
        #expect(fullBuild(project).published)
        let before = project.snapshot("Output")

        // What a build killed mid-commit leaves: a's page replaced (its old file aside as 0), a
        // new page moved in with its new folder, c's page moved aside as r0, and the journal.
        let dead = Self.deadProcessID()
        let previous = project.path(".Output.previous-\(dead)-7")
        try FileManager.default.createDirectory(atPath: previous, withIntermediateDirectories: true)
        try FileManager.default.moveItem(atPath: project.path("Output/en/a/index.html"), toPath: previous + "/0")
        try project.write("Output/en/a/index.html", "new a")
        try project.write("Output/en/d/index.html", "new d")
        try FileManager.default.moveItem(atPath: project.path("Output/en/notes/c/index.html"), toPath: previous + "/r0")
        try project.write(
            ".Output.previous-\(dead)-7/\(OutputPublisher.journalName)",
            "d\ten/d\nc\t0\t1\ten/a/index.html\nc\t1\t0\ten/d/index.html\nr\t0\ten/notes/c/index.html\n")
        try project.write(".Output.staging-\(dead)-7/2", "staged, never moved")

        // A build that fails still tidies up first.
        try project.write("Content/broken.en.md", "---\ndate: yesterday\n---\n")
        #expect(!fullBuild(project).published)
        #expect(project.snapshot("Output") == before)
        #expect(leftovers(project) == [])
    }

    func leftovers(_ project: FixtureProject) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: project.root.path)) ?? [])
            .filter { $0.contains(".staging-") || $0.contains(".previous-") }
    }

    /// The id of a process that has just exited, so no running build owns it.
    static func deadProcessID() -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try? process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }
}
