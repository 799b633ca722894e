import Foundation
import TestSupport
import Testing

/// Signals and write failures during a build, on the real binary: the previous output stays as
/// it was, no staging folder is left, and the message says what happened.
@Suite(.enabled(if: SitegenRun.binaryExists, "needs the built sitegen binary"), .serialized)
struct FaultTests {
    static let templates = repositoryRoot.appendingPathComponent("Templates").path

    /// A site large enough that publishing takes a while, so a signal can land inside it.
    static func largeSite(pages: Int = 1500) throws -> FixtureProject {
        var files: [String: String] = [:]
        let paragraph = String(repeating: "Some words about what the service costs each month. ", count: 30)
        for i in 0..<pages {
            files["Content/p\(i).en.md"] =
                "---\ntitle: Page \(i)\ndate: 2025-01-02\n---\n# Page \(i)\n\n\(paragraph)\n\n\(paragraph)\n"
        }
        return try FixtureProject(files)
    }

    func build(_ project: FixtureProject, output: String = "Output") throws -> SitegenRun {
        // --no-cache: these tests are about the full publish, which stages every file.
        try SitegenRun.run(
            ["build", "--no-cache", "--templates", Self.templates, "--output", output], in: project.root)
    }

    /// Starts a build of a changed site and sends `signal` once its staging folder has files.
    /// Every page changes: a build over an earlier output stages only the files that differ.
    func interruptedBuild(_ project: FixtureProject, signal: Int32) throws -> (run: SitegenRun, sawStaging: Bool) {
        // Letters only: a UUID's `8447E980` reads as a figure, whose warning would change stderr.
        let change = String(
            UUID().uuidString.unicodeScalars.map { $0.properties.numericType == nil ? Character($0) : "x" })
        for name in try FileManager.default.contentsOfDirectory(atPath: project.path("Content"))
        where name.hasSuffix(".md") {
            try project.write("Content/\(name)", (project.read("Content/\(name)") ?? "") + "\nChanged \(change)\n")
        }
        let launch = SitegenRun.start(["build", "--no-cache", "--templates", Self.templates], in: project.root)
        let logs = try launch.launch()
        defer { try? FileManager.default.removeItem(at: logs.folder) }
        var sawStaging = false
        let deadline = Date().addingTimeInterval(120)
        while launch.process.isRunning, Date() < deadline {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: project.root.path)) ?? []
            if let staging = names.first(where: { $0.hasPrefix(".Output.staging-") }),
                (try? FileManager.default.contentsOfDirectory(atPath: project.path(staging)).count) ?? 0 > 20
            {
                sawStaging = true
                kill(launch.process.processIdentifier, signal)
                break
            }
            Thread.sleep(forTimeInterval: 0.002)
        }
        launch.process.waitUntilExit()
        return (
            SitegenRun(
                code: launch.process.terminationStatus, out: logs.read("out"), err: logs.read("err"), timedOut: false),
            sawStaging
        )
    }

    /// A signal can land after the last write, or even after the swap, when the complete new site
    /// is already in place; such a run must leave the complete new site. Each signal is tried until
    /// one lands mid-publish (a few attempts at most), so the test never depends on the machine's
    /// speed or on when the test thread is scheduled.
    @Test func interruptDuringPublishKeepsPreviousOutput() throws {
        let project = try Self.largeSite(pages: 600)
        defer { project.remove() }
        #expect(try build(project).code == 0)
        for signal in [SIGINT, SIGTERM] {
            var interrupted = false
            for _ in 0..<8 where !interrupted {
                let before = project.snapshot("Output")
                let (run, _) = try interruptedBuild(project, signal: signal)
                #expect(ProjectTree.leftovers(in: project.root) == [])
                let afterSwap = "sitegen: interrupted after the new site was in place in Output\n"
                if run.code == 0 || run.err == afterSwap {
                    #expect(run.code == 0 || run.code == 128 + signal, "\(run.err)")
                    #expect(project.read("Output/en/p1/index.html")?.contains("Changed") == true)
                    continue
                }
                interrupted = true
                #expect(run.code == 128 + signal, "\(run.err)")
                #expect(
                    run.err == "sitegen: interrupted; the partly written site was removed; Output was left unchanged\n")
                #expect(project.snapshot("Output") == before)
            }
            #expect(interrupted, "signal \(signal) never landed while the site was being written")
        }
    }

    /// SIGKILL cannot be caught: its staging folder stays until the next build, which removes it,
    /// and restores the output if the kill came between the two renames of the swap.
    @Test func nextBuildCleansUpAfterAKill() throws {
        let project = try Self.largeSite(pages: 500)
        defer { project.remove() }
        #expect(try build(project).code == 0)
        var killedMidPublish = false
        for _ in 0..<8 where !killedMidPublish {
            let before = project.snapshot("Output")
            let (run, sawStaging) = try interruptedBuild(project, signal: SIGKILL)
            let leftovers = ProjectTree.leftovers(in: project.root)
            // A kill that came after the swap (or never came) leaves a complete new site; the
            // next attempt starts from it.
            guard sawStaging, leftovers.count == 1, run.code != 0 else {
                #expect(try build(project).code == 0)
                continue
            }
            killedMidPublish = true
            #expect(project.snapshot("Output") == before)
            #expect(try build(project).code == 0)
            #expect(ProjectTree.leftovers(in: project.root) == [])
        }
        #expect(killedMidPublish, "SIGKILL never landed while the site was being written")
        let before = project.snapshot("Output")

        // A dead build's previous output, with no output folder: the kill fell inside the swap.
        let dead = Self.deadProcessID()
        try FileManager.default.moveItem(
            atPath: project.path("Output"), toPath: project.path(".Output.previous-\(dead)-7"))
        try project.write(".Output.staging-\(dead)-7/half.html", "half")
        try project.write("Content/broken.en.md", "---\ndate: yesterday\n---\n")
        let failed = try build(project)
        #expect(failed.code == 1)
        #expect(ProjectTree.leftovers(in: project.root) == [])
        #expect(project.snapshot("Output") == before, "the previous output is back in place")
    }

    /// The output folder's parent cannot be written: no staging folder can be made beside it.
    @Test(.enabled(if: ReadOnlyFolder.available, "needs chattr as root, or a non-root user"))
    func readOnlyParentIsAClearError() throws {
        let project = try FixtureProject(["Content/a.en.md": "# A\n"])
        defer { project.remove() }
        #expect(try build(project, output: "locked/Output").code == 0)
        let before = project.snapshot("locked/Output")
        try project.write("Content/a.en.md", "# Changed\n")
        let undo = try ReadOnlyFolder.lock(project.path("locked"))
        defer { undo() }
        let run = try build(project, output: "locked/Output")
        #expect(run.code == 1)
        #expect(
            run.err.hasPrefix(
                "locked/Output: error[output]: cannot write the site: creating the staging folder beside locked/Output: \(ReadOnlyFolder.reason)\n"
            ), "\(run.err)")
        #expect(run.err.hasSuffix("sitegen: build failed with 1 error; locked/Output was left unchanged\n"))
        #expect(project.snapshot("locked/Output") == before)
    }

    /// The output folder itself cannot be replaced: the new site is built, then thrown away.
    @Test(.enabled(if: ReadOnlyFolder.available, "needs chattr as root, or a non-root user"))
    func lockedOutputFolderIsAClearError() throws {
        let project = try FixtureProject(["Content/a.en.md": "# A\n"])
        defer { project.remove() }
        #expect(try build(project).code == 0)
        let before = project.snapshot("Output")
        try project.write("Content/a.en.md", "# Changed\n")
        let undo = try ReadOnlyFolder.lock(project.path("Output"))
        defer { undo() }
        let run = try build(project)
        #expect(run.code == 1)
        #expect(run.err.contains("cannot write the site: cannot replace Output: "), "\(run.err)")
        #expect(project.snapshot("Output") == before)
        #expect(ProjectTree.leftovers(in: project.root) == [])
    }

    /// A disk with room for the previous site (a page, the theme, its search index) but not the new one: a tmpfs of 160 KiB.
    @Test(.enabled(if: SmallDisk.available, "needs permission to mount a tmpfs"))
    func fullDiskIsAClearError() throws {
        let project = try FixtureProject(["Content/a.en.md": "# A\n"])
        defer { project.remove() }
        let disk = project.path("disk")
        try SmallDisk.mount(at: disk)
        defer { SmallDisk.unmount(disk) }
        #expect(try build(project, output: "disk/Output").code == 0)
        let before = project.snapshot("disk/Output")
        let text = String(repeating: "Text that fills the disk. ", count: 400)
        for i in 0..<40 { try project.write("Content/p\(i).en.md", "# Page \(i)\n\n\(text)\n") }
        let run = try build(project, output: "disk/Output")
        #expect(run.code == 1)
        #expect(run.err.contains("disk/Output: error[output]: cannot write the site: writing "), "\(run.err)")
        #expect(run.err.contains(": the disk is full\n"), "\(run.err)")
        #expect(project.snapshot("disk/Output") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk) == ["Output"])
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

/// A folder no one may add to or rename in: `chattr +i` as root (whom modes do not stop), or
/// mode 555 for anyone else.
enum ReadOnlyFolder {
    static let chattr = "/usr/bin/chattr"
    static var available: Bool { getuid() != 0 || FileManager.default.isExecutableFile(atPath: chattr) }
    static var reason: String {
        getuid() == 0 ? "operation not permitted (is the folder immutable?)" : "permission denied"
    }

    /// Locks `path` and returns what unlocks it.
    static func lock(_ path: String) throws -> () -> Void {
        if getuid() != 0 {
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: path)
            return { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path) }
        }
        guard Shell.run(chattr, ["+i", path]) else { throw CocoaError(.fileWriteNoPermission) }
        return { _ = Shell.run(chattr, ["-i", path]) }
    }
}

/// A tmpfs of 64 KiB, mounted where a test needs a full disk (root in a permitting container).
enum SmallDisk {
    static let available: Bool = {
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent(
            "sitegen-mount-probe-\(UUID().uuidString)"
        ).path
        guard getuid() == 0,
            (try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)) != nil
        else { return false }
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard Shell.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]) else { return false }
        unmount(probe)
        return true
    }()

    static func mount(at path: String) throws {
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Shell.run("/usr/bin/mount", ["-t", "tmpfs", "-o", "size=160k", "tmpfs", path]) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    static func unmount(_ path: String) {
        _ = Shell.run("/usr/bin/umount", [path])
    }
}

enum Shell {
    /// Runs a tool quietly; true when it succeeded.
    static func run(_ tool: String, _ arguments: [String]) -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
