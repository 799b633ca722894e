import Foundation
import TestSupport
import Testing

/// Runs the built `sitegen` binary the way users and CI do, checking exit codes and messages.
@Suite struct CommandLineTests: Sendable {
    static let binary = repositoryRoot.appendingPathComponent(".build/debug/sitegen").path

    func run(_ arguments: [String], in directory: URL, extraEnvironment: [String: String] = [:]) throws -> (
        code: Int32, out: String, err: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        environment.merge(extraEnvironment) { $1 }
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (
            process.terminationStatus, String(decoding: outData, as: UTF8.self),
            String(decoding: errData, as: UTF8.self)
        )
    }

    /// Without Pygments or KaTeX (`SITEGEN_PYTHON`, `SITEGEN_NODE` naming nothing) the site
    /// still builds, code plain and TeX as code, with one warning per missing tool.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: binary)))
    func buildWithoutToolsWarnsOnceEach() throws {
        let project = try FixtureProject([
            "Content/a.fr.md":
                "---\ntitle: A\n---\n```python\nx = 1\n```\n\n```bash\necho 1\n```\n\nCoût $C = n$ et $p$.\n",
            "Content/b.fr.md": "---\ntitle: B\n---\n```yaml\nk: v\n```\n",
        ])
        defer { project.remove() }
        let missing = ["SITEGEN_PYTHON": "/nonexistent/python3", "SITEGEN_NODE": "/nonexistent/node"]
        let result = try run(
            ["build", "--templates", repositoryRoot.appendingPathComponent("Templates").path], in: project.root,
            extraEnvironment: missing)
        #expect(result.code == 0, "\(result.err)")
        #expect(
            result.err == """
                Content: warning[tools]: code blocks are shown without colours: python3 with Pygments was not found; install it with `sudo apt-get install python3-pygments`
                Content: warning[tools]: formulas are shown as TeX code: node with KaTeX was not found; install it with `sudo apt-get install nodejs katex`

                """)
        let page = project.read("Output/fr/a/index.html") ?? ""
        #expect(page.contains("<pre><code class=\"language-python\">x = 1\n</code></pre>"))
        #expect(page.contains("<code class=\"math\">$C = n$</code>"))
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
