import Foundation
import TestSupport
import Testing
import Workspace

@testable import Preview

/// inotify tells the watcher when to scan: a write anywhere below the roots, in a folder made
/// after the signal started too, and nothing when nothing moved.
@Suite struct ChangeSignalTests {
    func fires(_ signal: ChangeSignal) async throws -> Bool {
        for _ in 0..<200 {
            if signal.fired() { return true }
            try await Task.sleep(for: .milliseconds(10))
        }
        return false
    }

    @Test func writesBelowTheRootsFireIt() async throws {
        let project = try FixtureProject(["Content/reports/a.md": "a", "Templates/page.html": "p"])
        defer { project.remove() }
        let signal = try #require(ChangeSignal(roots: [project.path("Content"), project.path("Templates")]))
        #expect(!signal.fired())
        try project.write("Content/reports/a.md", "a 2")
        #expect(try await fires(signal))
        #expect(!signal.fired())
        try project.write("Content/new/deeper/b.md", "b")
        #expect(try await fires(signal))
        signal.watchFolders()
        _ = signal.fired()
        try project.write("Content/new/deeper/b.md", "b 2")
        #expect(try await fires(signal))
        try project.write("Templates/page.html", "p 2")
        #expect(try await fires(signal))
    }

    @Test func theEventsNameTheFilesSavedAndAFolderMadeAsksForAWholeScan() async throws {
        let project = try FixtureProject(["Content/reports/a.md": "a", "Content/b.md": "b", "Templates/page.html": "p"])
        defer { project.remove() }
        let (content, templates) = (project.path("Content"), project.path("Templates"))
        let signal = try #require(ChangeSignal(roots: [content, templates]))
        let before = SourceScan(contentPath: content, templatesPath: templates)
        try project.write("Content/reports/a.md", "a, longer")
        try project.write("Content/.a.md.swp", "editor")
        try FileManager.default.removeItem(atPath: project.path("Content/b.md"))
        try project.write("Templates/page.html", "p 2")
        #expect(try await fires(signal))
        let named = try #require(signal.takeNamed())
        #expect(named.isSuperset(of: [content + "/reports/a.md", content + "/b.md", templates + "/page.html"]))
        let updated = try #require(before.updating(named, contentPath: content, templatesPath: templates))
        let whole = SourceScan(contentPath: content, templatesPath: templates)
        #expect(updated == whole)
        #expect(updated.changedContent(since: before) == ["reports/a.md", "b.md"])
        #expect(updated.changedContent(since: before) == whole.changedContent(since: before))
        #expect(updated.templatesChanged(since: before))

        try project.write("Content/new/c.md", "c")
        #expect(try await fires(signal))
        #expect(signal.takeNamed() == nil)
        #expect(signal.takeNamed() == [])
    }

    @Test func hiddenAndLinkedFoldersAreLeftOut() throws {
        let project = try FixtureProject(["Content/a/x.md": "x", "Content/.git/y": "y", "Other/z.md": "z"])
        defer { project.remove() }
        try FileManager.default.createSymbolicLink(
            atPath: project.path("Content/linked"), withDestinationPath: project.path("Other"))
        let folders = ChangeSignal.folders(below: [project.path("Content")])
        #expect(Set(folders) == [project.path("Content"), project.path("Content/a")])
    }
}
