import Foundation
import Site
import TestSupport
import Testing

@testable import Workspace

/// `serve` keeps the output folder in step by replacing only what a rebuild changed, unless the
/// folder was written by something else meanwhile; either way the folder is the site served.
@Suite struct OutputMirrorTests {
    func inode(_ path: String) -> UInt64? {
        var info = stat()
        return stat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func laterWritesReplaceOnlyWhatChanged() throws {
        let project = try FixtureProject(["Content/site.yaml": "title: t\n"])
        defer { project.remove() }
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
        var mirror = OutputMirror(outputPath: project.path("Output"), loader: loader)
        var files: [String: [UInt8]] = [
            "index.html": Array("home".utf8), "a/index.html": Array("a".utf8), "b/index.html": Array("b".utf8),
        ]
        #expect(mirror.write(files, changed: Set(files.keys)) == nil)
        let untouched = inode(project.path("Output/a/index.html"))
        files["index.html"] = Array("home 2".utf8)
        files["b/index.html"] = nil
        files["c/index.html"] = Array("c".utf8)
        #expect(mirror.write(files, changed: ["index.html", "b/index.html", "c/index.html"]) == nil)
        let written = project.snapshot("Output").filter { !$0.key.hasPrefix(".") }
        #expect(written.mapValues { Array($0) } == files)
        #expect(inode(project.path("Output/a/index.html")) == untouched)
        #expect(!FileManager.default.fileExists(atPath: project.path("Output/b")))
    }

    @Test func aFolderWrittenByAnotherBuildIsWrittenWhole() throws {
        let project = try FixtureProject(["Content/site.yaml": "title: t\n"])
        defer { project.remove() }
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
        var mirror = OutputMirror(outputPath: project.path("Output"), loader: loader)
        let files: [String: [UInt8]] = ["index.html": Array("home".utf8), "a/index.html": Array("a".utf8)]
        #expect(mirror.write(files, changed: Set(files.keys)) == nil)
        // Another writer leaves its own token and a file of its own.
        try OutputPublisher(outputPath: project.path("Output")).publish(
            [.init(path: "index.html", text: "other"), .init(path: "z/index.html", text: "z")], buildToken: "other")
        #expect(mirror.write(files, changed: []) == nil)
        let written = project.snapshot("Output").filter { !$0.key.hasPrefix(".") }
        #expect(written.mapValues { Array($0) } == files)
    }

    @Test func anOutputInsideTheContentIsRefused() throws {
        let project = try FixtureProject(["Content/site.yaml": "title: t\n"])
        defer { project.remove() }
        let loader = ProjectLoader(contentPath: project.path("Content"), templatesPath: project.path("Templates"))
        var mirror = OutputMirror(outputPath: project.path("Content/Output"), loader: loader)
        #expect(mirror.write(["index.html": []], changed: ["index.html"])?.rule == "output")
    }
}

/// The scan `serve` takes of the project several times a second sees files as the loader does.
@Suite struct SourceScanTests {
    @Test func filesLinksAndHiddenOnes() throws {
        let project = try FixtureProject([
            "Content/a.md": "a", "Content/deep/er/b.md": "bb", "Content/.hidden.md": "h", "Content/.git/c": "c",
            "Other/linked.md": "linked", "Other/folder/d.md": "d",
        ])
        defer { project.remove() }
        let fm = FileManager.default
        try fm.createSymbolicLink(
            atPath: project.path("Content/link.md"), withDestinationPath: project.path("Other/linked.md"))
        try fm.createSymbolicLink(
            atPath: project.path("Content/folder"), withDestinationPath: project.path("Other/folder"))
        try fm.createSymbolicLink(
            atPath: project.path("Content/broken.md"), withDestinationPath: project.path("nothing"))
        let stamps = SourceScan.stamps(below: project.path("Content"))
        #expect(Set(stamps.keys) == ["a.md", "deep/er/b.md", "link.md"])
        #expect(stamps["link.md"]?.size == 6 && stamps["deep/er/b.md"]?.size == 2)
        #expect(stamps["link.md"] == SourceScan.stamp(atPath: project.path("Other/linked.md")))
    }
}
