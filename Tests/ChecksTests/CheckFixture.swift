import Checks
import Content
import Foundation

/// Checks an in-memory site given as `[path: text]`, as `sitegen check` would on those files.
func check(_ files: [String: String], languages: [String] = ["zh", "ja", "fr", "en"]) -> Checker.Findings {
    var settings = SiteSettings()
    settings.languages = languages
    settings.defaultLanguage = languages[0]
    let loader = PageLoader(settings: settings)
    let pages = files.keys.sorted().compactMap { loader.load(file: $0, text: files[$0]!).0 }
    let (content, _) = ContentSet.assemble(pages, settings: settings)
    return Checker().check(content) { $0 }
}

/// One line per finding, the golden format for rule tests.
func describe(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map { d in
        var line = "\(d.location): \(d.severity.rawValue)[\(d.rule)]: \(d.message)"
        if let stated = d.stated, let expected = d.computed { line += " {stated: \(stated), expected: \(expected)}" }
        return line
    }.joined(separator: "\n") + "\n"
}

/// A rule fixture: a page in one language with one planted wrong figure, and the right one
/// that makes its clean twin.
struct RuleFixture: Sendable, CustomStringConvertible {
    var name: String
    var planted: String
    var wrong: String
    var right: String

    var clean: String { planted.replacingOccurrences(of: wrong, with: right) }
    var description: String { name }
}
