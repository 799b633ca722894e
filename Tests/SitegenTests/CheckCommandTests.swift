import Foundation
import TestSupport
import Testing

/// `sitegen check` as CI runs it: exit codes and each output format, against golden files.
@Suite struct CheckCommandTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    let runner = CommandLineTests()

    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary)),
        arguments: ["text", "json", "github", "sarif"])
    func formatsMatchTheirGoldens(format: String) throws {
        let result = try runner.run(["check", "check-site", "--format", format], in: Self.fixture)
        #expect(result.code == 1)
        assertGolden(format == "text" ? result.err : result.out, named: "check.\(format)")
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary)))
    func sarifHasTheShapeCodeScanningReads() throws {
        let result = try runner.run(["check", "check-site", "--format", "sarif"], in: Self.fixture)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        #expect(driver["name"] as? String == "sitegen")
        let ruleIDs = Set(((driver["rules"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String })
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        for r in results {
            #expect(["none", "note", "warning", "error"].contains(r["level"] as? String ?? ""))
            #expect(ruleIDs.contains(r["ruleId"] as? String ?? ""))
            #expect((r["message"] as? [String: Any])?["text"] is String)
            let location = (r["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            let region = location?["region"] as? [String: Any]
            #expect((location?["artifactLocation"] as? [String: Any])?["uri"] is String)
            #expect((region?["startLine"] as? Int ?? 0) >= 1 && (region?["startColumn"] as? Int ?? 0) >= 1)
        }
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: CommandLineTests.binary)))
    func exitCodesSayCleanFailedOrUnreadable() throws {
        let clean = try FixtureProject(["Content/a.md": "- 2 × 3 = 6\n"])
        defer { clean.remove() }
        let ok = try runner.run(["check"], in: clean.root)
        #expect(ok.code == 0)
        #expect(ok.err.contains("sitegen check: 1 file, 3 figures read, 1 relations checked, 0 errors, 0 warnings"))
        #expect(try runner.run(["check", "no-such-folder"], in: clean.root).code == 2)
        #expect(try runner.run(["check", "--format", "xml"], in: clean.root).code == 2)
    }
}
