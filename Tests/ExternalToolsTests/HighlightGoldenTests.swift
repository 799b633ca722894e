import ExternalTools
import Foundation
import Graphviz
import Site
import TestSupport
import Testing

/// Pygments through the worker pool: class-based spans for each language the reports use.
@Suite struct HighlightGoldenTests {
    static let highlighter = PygmentsHighlighter(workers: 2)

    static let samples: [(name: String, language: String, code: String)] = [
        (
            "python", "python",
            """
            import json
            from dataclasses import dataclass

            @dataclass
            class Plan:
                \"\"\"A model's price per million tokens.\"\"\"
                name: str
                input_per_m: float = 0.15  # USD

                def monthly(self, tokens: int, days: int = 30) -> float:
                    return tokens / 1_000_000 * self.input_per_m * days

            print(json.dumps({"cost": Plan("mini").monthly(45_000_000)}))

            """
        ),
        (
            "bash", "bash",
            """
            #!/usr/bin/env bash
            set -euo pipefail
            for lang in zh ja fr; do
              echo "building $lang" >&2
              sitegen build --content "Content/$lang" || exit 1
            done

            """
        ),
        (
            "yaml", "yaml",
            """
            # site settings
            title: 成本报告
            languages: [zh, ja, fr]
            budget:
              monthly: 1200.50
              alert: true

            """
        ),
        (
            "json", "json",
            """
            {"model": "gpt-4o-mini", "price": {"input": 0.15, "output": 0.6}, "tags": ["cheap", null], "batch": false}

            """
        ),
        (
            "sql", "sql",
            """
            SELECT model, SUM(tokens) / 1e6 AS m_tokens, COUNT(*) AS calls
            FROM usage -- last month only
            WHERE day >= '2025-09-01' AND cost > 0.05
            GROUP BY model ORDER BY m_tokens DESC;

            """
        ),
        (
            "javascript", "javascript",
            """
            const rates = { input: 0.15, output: 0.6 };
            export function cost(tokens, kind = "input") {
              // per million tokens
              return (tokens / 1e6) * rates[kind];
            }
            console.log(`total: ${cost(2_000_000)}`);

            """
        ),
    ]

    @Test(arguments: samples.map(\.name))
    func languageMatchesGolden(name: String) throws {
        let sample = try #require(Self.samples.first { $0.name == name })
        guard case .highlighted(let html) = Self.highlighter.highlight(sample.code, language: sample.language) else {
            Issue.record("Pygments did not highlight \(name); is python3-pygments installed (scripts/bootstrap)?")
            return
        }
        #expect(html.contains("<span class=\""))
        // Every line of code is a line of HTML, so line numbers and marked lines can wrap them.
        #expect(
            html.split(separator: "\n", omittingEmptySubsequences: false).count
                == sample.code.split(separator: "\n", omittingEmptySubsequences: false).count)
        assertGolden(html, named: "highlight-\(name).html")
    }

    @Test func hostileCodeStaysText() throws {
        let code = "x = \"</code></pre><script>alert('x')</script><img src=x onerror=alert(1)>\"\n"
        guard case .highlighted(let html) = Self.highlighter.highlight(code, language: "python") else {
            Issue.record("Pygments did not highlight")
            return
        }
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("</pre>"))
        #expect(html.contains("&lt;script&gt;"))
    }

    @Test func unknownLanguageIsReported() {
        #expect(Self.highlighter.highlight("some text\n", language: "no-such-language-here") == .unknownLanguage)
    }

    @Test func missingInterpreterIsUnavailableAndNoted() {
        let missing = PygmentsHighlighter(workers: 2, command: "/nonexistent/python3")
        #expect(!missing.wasMissing)
        #expect(missing.highlight("x = 1\n", language: "python") == .unavailable)
        #expect(missing.highlight("y = 2\n", language: "python") == .unavailable)
        #expect(missing.wasMissing)
        #expect(missing.requestCount == 0)
    }

    /// Trying only the rules that can start with the character at hand changes no token: the
    /// samples, benchmark-like listings and awkward text highlight the same either way.
    @Test func firstCharacterDispatchKeepsEveryToken() throws {
        let plain = PygmentsHighlighter(workers: 1, dispatch: false)
        var blocks = Self.samples.map { ($0.language, $0.code) }
        for i in 0..<6 {
            blocks.append(
                (
                    "python",
                    "RATES = {\n    \"svc-\(i)\": (\(i * 37), \(i)e-3),\n}\nprint(f\"{sum(v[0] for v in RATES.values()):>12}\")\n"
                ))
            blocks.append(
                (
                    "bash",
                    "for d in $(seq 1 \(i)); do\n  curl -s \"https://x.org/?d=$d\" | jq '.[\(i)]' >> u.jsonl\ndone\ncat <<EOF\nhere \(i)\nEOF\n"
                ))
        }
        let awkward =
            "x = \"²½ ①\u{a0}\" # ´ \t\r\n'''unterminated\n`b` ${y} <a>&amp;</a> 0x1F 1e-3 3.14j // c /* d */ -- e\n"
        for language in [
            "python", "bash", "yaml", "json", "sql", "javascript", "go", "rust", "c", "toml", "diff", "ini", "html",
            "css",
        ] {
            blocks.append((language, awkward))
        }
        for (language, code) in blocks {
            #expect(
                Self.highlighter.highlight(code, language: language) == plain.highlight(code, language: language),
                "\(language): \(code)")
        }
    }

    /// The version comes from a worker's first line, which names the files an upgrade replaces;
    /// asking it is no request and, when python3 is missing, no reason to warn.
    @Test func versionComesFromTheWorkersFirstLine() throws {
        let highlighter = PygmentsHighlighter(workers: 1)
        let identity = try #require(highlighter.versioned.identify())
        #expect(identity.version.split(separator: ".").count >= 2 && identity.version.first?.isNumber == true)
        #expect(identity.files.contains { $0.hasSuffix("pygments/__init__.py") })
        #expect(identity.files.allSatisfy { FileManager.default.fileExists(atPath: $0) })
        #expect(highlighter.versioned.located() == VersionedTool.executable(PygmentsHighlighter.defaultCommand))
        #expect(highlighter.requestCount == 0)
        // The worker that answered serves the next block.
        #expect(highlighter.highlight("x = 1\n", language: "python") != .unavailable)

        let missing = PygmentsHighlighter(workers: 1, command: "/nonexistent/python3")
        #expect(missing.versioned.identify() == nil)
        #expect(!missing.wasMissing)
    }

    @Test func graphvizNamesItsVersionAndLibrary() throws {
        let identity = try #require(VersionedTool.graphviz().identify())
        #expect(identity.version.first?.isNumber == true)
        #expect(
            identity.files.count == 1
                && identity.files.allSatisfy { $0.contains("libgvc") && FileManager.default.fileExists(atPath: $0) })
        #expect(VersionedTool.graphviz(GraphvizLibrary(names: ["libno-such-graphviz.so"])).identify() == nil)
    }

    /// The issue's measure: 100 mixed blocks (short and long) through a pool of two workers.
    @Test func hundredMixedBlocksThroughThePool() throws {
        let pool = PygmentsHighlighter(workers: 2)
        let long = String(repeating: Self.samples[0].code, count: 12)
        var blocks: [(String, String)] = []
        for i in 0..<100 {
            let sample = Self.samples[i % Self.samples.count]
            blocks.append((sample.language, i % 5 == 0 ? long : sample.code + "# block \(i)\n"))
        }
        let start = Date()
        let results = blocks.parallelHighlight(pool)
        let seconds = Date().timeIntervalSince(start)
        print(
            "highlight: 100 mixed blocks through 2 workers in \(String(format: "%.2f", seconds)) s (start-up included)")
        #expect(results.allSatisfy { if case .highlighted = $0 { true } else { false } })
        #expect(pool.requestCount == 100)
    }
}

extension Array where Element == (String, String) {
    /// Highlights on two threads, as the site's page rendering does.
    func parallelHighlight(_ highlighter: PygmentsHighlighter) -> [HighlightResult] {
        let results = ResultSlots(count: count)
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for i in stride(from: thread, to: count, by: 2) {
                results.set(i, highlighter.highlight(self[i].1, language: self[i].0))
            }
        }
        return results.values
    }
}

final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [HighlightResult]
    init(count: Int) { slots = Array(repeating: .unknownLanguage, count: count) }
    func set(_ i: Int, _ value: HighlightResult) { lock.withLock { slots[i] = value } }
    var values: [HighlightResult] { lock.withLock { slots } }
}
