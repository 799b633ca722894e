import Foundation
import TestSupport
import Testing

/// The bad-input corpus, run through the real binary: each case's message and exit code match
/// its golden, and the promises hold whatever the input: the previous output is untouched by a
/// failed build, nothing is written outside the output folder, no staging folder is left, and
/// no hostile string is live in what a successful build wrote.
@Suite(.enabled(if: SitegenRun.binaryExists, "needs the built sitegen binary"))
struct BadInputCorpusTests {
    /// The previous output every case starts with, so a failed build can be seen to keep it.
    static let previousPage = "<p>the previous build</p>\n"

    @Test(arguments: BadInputCase.corpus)
    func badInputKeepsThePromises(_ badInput: BadInputCase) throws {
        // As root without setpriv, permissions cannot be felt: there is nothing this case can show.
        guard let user = Self.user(for: badInput) else { return }
        let project = try FixtureProject([:])
        defer { Self.remove(project) }
        try badInput.write(into: project)
        let output = badInput.outputFolder
        try Self.seedPreviousOutput(in: project, at: output, for: badInput)
        if user != nil { try Self.openToEveryone(project.root) }
        let inputsBefore = ProjectTree.snapshot(project.root, skipping: output)
        let outputBefore = project.snapshot(output)

        let run = try SitegenRun.run(
            badInput.fullArguments, in: project.root, timeLimit: badInput.timeLimit, user: user)

        #expect(!run.timedOut, "sitegen took longer than \(badInput.timeLimit) s")
        assertGolden("exit \(run.code)\n" + run.err, named: "bad-input/\(badInput.name).txt")
        #expect(ProjectTree.snapshot(project.root, skipping: output) == inputsBefore, "files outside \(output) changed")
        #expect(ProjectTree.leftovers(in: project.root) == [], "staging folders left behind")
        if run.code != 0 || badInput.arguments.first != "build" {
            #expect(project.snapshot(output) == outputBefore, "\(output) changed although nothing was built")
        } else {
            #expect(project.read("\(output)/index.html") != Self.previousPage, "a successful build replaces the output")
            badInput.verify?(project)
        }
    }

    /// Every case that can share a project, in one: each file's problems are still reported.
    @Test func everyBadFileIsReportedInOneBuild() throws {
        let joined = BadInputCase.corpus.filter(\.joinsOthers)
        let project = try FixtureProject([:])
        defer { Self.remove(project) }
        var expected: Set<ReportedProblem> = []
        for badInput in joined {
            try badInput.write(into: project, content: "Content/\(badInput.name)")
            let golden = try String(
                contentsOf: repositoryRoot.appendingPathComponent(
                    "Tests/SitegenTests/Golden/bad-input/\(badInput.name).txt"), encoding: .utf8)
            expected.formUnion(ReportedProblem.all(in: golden).map { $0.moved(into: badInput.name) })
        }
        let run = try SitegenRun.run(["build", "--templates", BadInputCase.templates], in: project.root)
        #expect(run.code == 1)
        #expect(!expected.isEmpty)
        #expect(ReportedProblem.all(in: run.err) == expected)
        let errors = expected.filter { $0.severity == "error" }.count
        #expect(
            run.err.hasSuffix("sitegen: build failed with \(errors) errors; Output was left unchanged\n"),
            "\(run.err.suffix(200))")
    }

    /// An output folder sitegen made before, unless the case brings its own.
    static func seedPreviousOutput(in project: FixtureProject, at output: String, for badInput: BadInputCase) throws {
        guard !FileManager.default.fileExists(atPath: project.path(output)) else { return }
        try project.write("\(output)/.sitegen-output", "built by sitegen\n")
        try project.write("\(output)/index.html", previousPage)
    }

    /// The uid to run as: nil for the current user, `nobody` when root must feel permissions;
    /// the outer nil means the case cannot run here.
    static func user(for badInput: BadInputCase) -> UInt32?? {
        guard badInput.needsUnprivilegedUser, getuid() == 0 else { return .some(nil) }
        return FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") ? .some(65534) : nil
    }

    /// Lets `nobody` walk the project and write its output; the modes of files stay as set.
    static func openToEveryone(_ root: URL) throws {
        try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: root.path)
        for folder in ProjectTree.folders(below: root) {
            try FileManager.default.setAttributes([.posixPermissions: 0o777], ofItemAtPath: folder.path)
        }
    }

    static func remove(_ project: FixtureProject) {
        try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: project.root.path)
        project.remove()
    }
}

/// The hostile-markup reader itself: it must see live markup and let escaped text pass.
@Suite struct HostileMarkupTests {
    @Test(arguments: [
        "<svg onload=pwn()>", "<p title=\"x\" onclick='pwn()'>", "<a href=\"javascript:pwn()\">x</a>",
        "<a href=\"&#106;avascript:pwn()\">x</a>", "<img src=\" JaVaScRiPt:pwn()\">", "<script>alert(1)</script>",
        "<a href=\"data:text/html,x\">x</a>",
    ])
    func liveMarkupIsFound(_ html: String) {
        #expect(!HostileMarkup.problems(in: html).isEmpty)
    }

    @Test(arguments: [
        "<p>&lt;svg onload=pwn()&gt;</p>", "<meta content=\"&lt;img src=x onerror=pwn(&#39;x&#39;)&gt;\">",
        "<text>\"&gt;&lt;svg onload=pwn('x')&gt;</text>", "<a href=\"https://example.org/javascript:x\">x</a>",
        "<script>try{localStorage.getItem('theme')}catch(e){}</script>",
    ])
    func escapedTextPasses(_ html: String) {
        #expect(HostileMarkup.problems(in: html).isEmpty)
    }
}
