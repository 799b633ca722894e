import Content
import Foundation

/// `--format sarif`: SARIF 2.1.0, the format code-scanning services read.
enum SARIFReport {
    static let ruleDescriptions: [String: String] = [
        "inline-calculation": "A calculation written in the text does not give its stated result.",
        "table-total": "A total row or column does not equal the sum of what it totals.",
        "list-total": "A total in a list does not equal the sum of the items above it.",
        "formula": "A table cell does not follow the formula declared for its column.",
        "formula-syntax": "A declared formula cannot be read.",
        "inferred-relation": "A table cell breaks the relation its column follows in the other rows.",
        "rate-scale": "A price's size does not match the scale (per token, per million tokens) it is stated in.",
        "translation": "A language version states a different figure than its translations.",
        "restated-figure": "A summary restates a figure differently from the body.",
    ]

    static func render(_ diagnostics: [Diagnostic], version: String) -> String {
        let ruleIDs = Array(Set(diagnostics.map(\.rule))).sorted()
        let rules: [[String: Any]] = ruleIDs.map { id in
            ["id": id, "shortDescription": ["text": ruleDescriptions[id] ?? "sitegen rule \(id)"]]
        }
        let results: [[String: Any]] = diagnostics.map { d in
            var region: [String: Any] = [:]
            if d.location.line > 0 { region["startLine"] = d.location.line }
            if d.location.column > 0 {
                region["startColumn"] = d.location.column
                region["endColumn"] = d.location.column + max(1, d.length)
            }
            var physical: [String: Any] = ["artifactLocation": ["uri": uri(d.location.file)]]
            if !region.isEmpty { physical["region"] = region }
            var result: [String: Any] = [
                "ruleId": d.rule, "level": d.severity == .error ? "error" : d.severity == .warning ? "warning" : "note",
                "message": ["text": d.message], "locations": [["physicalLocation": physical]],
            ]
            if let stated = d.stated, let expected = d.computed {
                result["properties"] = ["stated": stated, "expected": expected]
            }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [
                [
                    "tool": [
                        "driver": [
                            "name": "sitegen", "version": version, "informationUri": "https://example.org/sitegen",
                            "rules": rules,
                        ]
                    ],
                    "columnKind": "unicodeCodePoints",
                    "results": results,
                ]
            ],
        ]
        let data =
            (try? JSONSerialization.data(
                withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// A relative URI with each path segment percent-encoded (CJK file names included).
    static func uri(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map {
            $0.addingPercentEncoding(
                withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? String($0)
        }.joined(separator: "/")
    }
}
