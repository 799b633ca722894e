import Content
import Foundation
import Numbers
import TextKit

/// Works out `check --fix`: for each error with one computed value, the figure written anew.
///
/// Pure: the findings, the files' text and each file's language in; rewrites and skips out.
public enum FixPlanner {
    public struct Plan: Sendable {
        public var fixes: [FigureFix] = []
        public var skipped: [SkippedFix] = []
    }

    /// `languages` gives each file's page language (the name findings use); a file without one is English.
    public static func plan(_ diagnostics: [Diagnostic], sources: [String: String], languages: [String: String]) -> Plan
    {
        var plan = Plan()
        let wrong = diagnostics.filter { $0.severity == .error && $0.stated != nil }
        var byLocation: [SourceLocation: [Diagnostic]] = [:]
        for d in wrong { byLocation[d.location, default: []].append(d) }
        for location in byLocation.keys.sorted() {
            let findings = byLocation[location]!
            let values = Set(findings.compactMap(\.values?.computed))
            guard findings.allSatisfy({ $0.values != nil }) else { plan.skipped.append(.ambiguous(location)); continue }
            guard values.count == 1, let d = findings.first, let figureValues = d.values, let stated = d.stated else {
                plan.skipped.append(.conflicting(location)); continue
            }
            guard let source = sources[location.file], let line = SourceLines(source).line(location.line),
                Self.text(in: line, column: location.column, length: stated.count) == stated
            else {
                plan.skipped.append(.moved(location)); continue
            }
            let locale = NumberLocale(languageTag: languages[location.file] ?? "en")
            let marks = NumberMarks.evidence(in: source, default: locale.marks)
            guard
                let replacement = AuthorFormat.rewrite(
                    stated, statedValue: figureValues.stated, as: figureValues.computed, locale: locale, marks: marks)
            else {
                plan.skipped.append(.ambiguous(location)); continue
            }
            guard replacement != stated else { continue }
            plan.fixes.append(
                FigureFix(
                    file: location.file, line: location.line, column: location.column,
                    original: stated, replacement: replacement, rule: d.rule))
        }
        return plan
    }

    static func text(in line: Substring, column: Int, length: Int) -> String? {
        guard column >= 1, column - 1 + length <= line.count else { return nil }
        let start = line.index(line.startIndex, offsetBy: column - 1)
        return String(line[start..<line.index(start, offsetBy: length)])
    }
}
