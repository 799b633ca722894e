import Foundation
import Scaffold
import TestSupport
import Testing
import Yams

/// What `sitegen init` writes: the theme as the repository has it, and CI files that parse and
/// point at this repository's action.
@Suite struct ScaffoldTests {
    static func yaml(_ path: String) throws -> Any? {
        try Yams.load(yaml: String(contentsOf: repositoryRoot.appendingPathComponent(path), encoding: .utf8))
    }

    @Test func embeddedThemeIsTheRepositorysTemplates() throws {
        let templates = repositoryRoot.appendingPathComponent("Templates")
        var onDisk: [String: String] = [:]
        let walker = FileManager.default.enumerator(atPath: templates.path)
        while let path = walker?.nextObject() as? String {
            var isFolder: ObjCBool = false
            let url = templates.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else {
                continue
            }
            onDisk[path] = try String(contentsOf: url, encoding: .utf8)
        }
        #expect(Set(onDisk.keys) == Set(StarterTheme.files.keys), "run scripts/embed-theme")
        for (path, text) in onDisk {
            #expect(StarterTheme.files[path] == text, "\(path) differs; run scripts/embed-theme")
        }
    }

    @Test func workflowIsYAMLThatRunsTheAction() throws {
        let files = StarterProject.files(languages: ["zh", "ja", "fr"], today: "2026-01-15")
        let text = try #require(files[".github/workflows/sitegen.yml"])
        let workflow = try #require(try Yams.load(yaml: text) as? [String: Any])
        let jobs = try #require(workflow["jobs"] as? [String: Any])
        let steps = try #require((jobs["check"] as? [String: Any])?["steps"] as? [[String: Any]])
        let uses = steps.compactMap { $0["uses"] as? String }
        #expect(uses.contains("actions/checkout@v4"))
        #expect(uses.contains(CIWorkflow.action))
        #expect((workflow["permissions"] as? [String: String])?["security-events"] == "write")
        // The action it names is this repository's, and takes the input the workflow passes.
        let action = try #require(try Self.yaml("action.yml") as? [String: Any])
        let inputs = try #require(action["inputs"] as? [String: Any])
        for step in steps where step["uses"] as? String == CIWorkflow.action {
            for key in (step["with"] as? [String: Any] ?? [:]).keys {
                #expect(inputs[key] != nil, "unknown input \(key)")
            }
        }
    }

    @Test func actionIsACompositeThatUploadsSARIFAndAnnotates() throws {
        let action = try #require(try Self.yaml("action.yml") as? [String: Any])
        let runs = try #require(action["runs"] as? [String: Any])
        #expect(runs["using"] as? String == "composite")
        let steps = try #require(runs["steps"] as? [[String: Any]])
        let commands = steps.compactMap { $0["run"] as? String }.joined(separator: "\n")
        #expect(commands.contains("apt-get install"))
        #expect(commands.contains("--format sarif") && commands.contains("--format github"))
        #expect(steps.contains { ($0["uses"] as? String)?.hasPrefix("github/codeql-action/upload-sarif") == true })
        // Every run step names its shell, as composite actions require.
        for step in steps where step["run"] != nil { #expect(step["shell"] as? String == "bash") }
        let hooks = try #require(try Self.yaml(".pre-commit-hooks.yaml") as? [[String: Any]])
        #expect(hooks.first?["id"] as? String == "sitegen-check")
        #expect((hooks.first?["entry"] as? String)?.hasPrefix("sitegen check") == true)
    }

    @Test func everyLanguageGetsAReportSharingOneKey() {
        let files = StarterProject.files(languages: ["fr", "de", "pt"], today: "2026-01-15")
        for language in ["fr", "de", "pt"] {
            let page = files["Content/reports/hosting-budget.\(language).md"] ?? ""
            #expect(
                page.contains("translationKey: hosting-budget") && page.contains("```chart")
                    && page.contains("<!-- formula:"))
        }
        #expect(files["Content/site.yaml"]?.contains("languages: [fr, de, pt]") == true)
        #expect(files["Content/reports/hosting-budget.fr.md"]?.contains("| 12,00 |") == true)
    }

    @Test(arguments: [
        ("q3-costs", true), ("2026", true), ("-x", false), ("Q3", false), ("a b", false), ("", false), ("成本", false),
    ])
    func reportNames(name: String, valid: Bool) {
        #expect(ReportSkeleton.isValidName(name) == valid)
    }
}
