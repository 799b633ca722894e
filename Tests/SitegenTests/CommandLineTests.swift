import Foundation
import Testing
import TestSupport

/// Runs the built `sitegen` binary the way users and CI do, checking exit codes and messages.
@Suite struct CommandLineTests: Sendable {
    static let binary = repositoryRoot.appendingPathComponent(".build/debug/sitegen").path

    func run(_ arguments: [String], in directory: URL) throws -> (code: Int32, out: String, err: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func buildPrintsSummaryAndErrorsWithCaret() throws {
        let project = try FixtureProject([
            "Content/a.zh.md": "---\ntitle: 成本\n---\n# 成本\n",
            "Templates/base.mustache": "{{{body}}}", "Templates/page.mustache": "<h1>{{title}}</h1>",
            "Templates/list.mustache": "", "Templates/home.mustache": "", "Templates/404.mustache": "",
        ])
        defer { project.remove() }
        let ok = try run(["build"], in: project.root)
        #expect(ok.code == 0, "\(ok.err)")
        #expect(ok.out.hasPrefix("sitegen: built 1 pages (zh 1) into Output in "))
        #expect(project.read("Output/zh/a/index.html") == "<h1>成本</h1>")

        try project.write("Content/a.zh.md", "---\ntitle: 成本\ndate: 昨天\n---\n# 成本\n")
        let bad = try run(["build"], in: project.root)
        #expect(bad.code == 1)
        assertGolden(bad.err, named: "bad-date.stderr")
        #expect(project.read("Output/zh/a/index.html") == "<h1>成本</h1>")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func usageErrorsExitWithTwo() throws {
        let dir = FileManager.default.temporaryDirectory
        #expect(try run(["build", "--no-such-flag"], in: dir).code == 2)
        #expect(try run(["frobnicate"], in: dir).code == 2)
        #expect(try run(["--version"], in: dir).out == "0.1.0\n")
    }
}
