import Checks
import Content
import Foundation

/// `--format json`: findings and summary as one JSON object with stable key order.
enum JSONReport {
    struct Finding: Encodable {
        var file: String
        var line: Int
        var column: Int
        var rule: String
        var severity: String
        var message: String
        var stated: String?
        var expected: String?
    }

    struct Summary: Encodable {
        var files, figures, relations, errors, warnings: Int
    }

    struct Document: Encodable {
        var findings: [Finding]
        var summary: Summary
    }

    static func render(_ diagnostics: [Diagnostic], summary s: Checker.Summary) -> String {
        let findings = diagnostics.map {
            Finding(
                file: $0.location.file, line: $0.location.line, column: $0.location.column, rule: $0.rule,
                severity: $0.severity.rawValue, message: $0.message, stated: $0.stated, expected: $0.computed)
        }
        let document = Document(
            findings: findings,
            summary: Summary(
                files: s.files, figures: s.figures, relations: s.relations,
                errors: s.errors, warnings: s.warnings))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data(), as: UTF8.self)
    }
}
