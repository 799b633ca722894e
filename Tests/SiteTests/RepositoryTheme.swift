import Foundation
import Site
import TestSupport

/// The repository's own `Templates/` read into a `Theme`, as the Workspace loader would, so
/// Site tests see exactly what a build ships.
enum RepositoryTheme {
    static func load(languages: [String]) throws -> Theme {
        let root = repositoryRoot.appendingPathComponent("Templates")
        var templates: [String: TemplateSource] = [:]
        for name in TemplateSet.required {
            let url = root.appendingPathComponent("\(name).mustache")
            templates[name] = TemplateSource(
                text: try String(contentsOf: url, encoding: .utf8), file: "Templates/\(name).mustache")
        }
        var strings: [String: UIStrings] = [:]
        for language in languages {
            let text = try String(contentsOf: root.appendingPathComponent("i18n/\(language).yaml"), encoding: .utf8)
            strings[language] = UIStrings.parse(text, language: language, file: "i18n/\(language).yaml").0
        }
        return Theme(templates: templates, strings: strings)
    }
}
