import Freshness

/// The files of a new project (`sitegen init`), by path below its folder: settings, one
/// starter report per language, the theme, `.gitignore` and a CI workflow that runs the action.
public enum StarterProject {
    /// The site titles the starter settings give each language it knows.
    static let siteTitles: [String: String] = [
        "zh": "成本报告", "ja": "コストレポート", "fr": "Rapports de coûts", "en": "Cost reports", "de": "Kostenberichte",
    ]

    /// `languages` in display order (the first is the default); `today` as `YYYY-MM-DD`.
    public static func files(languages: [String], today: String) -> [String: String] {
        var files: [String: String] = [
            "Content/site.yaml": settings(languages: languages),
            ".gitignore": "/Output/\n/Output.staging-*\n/Output.previous-*\n.sitegen-cache/\n",
            ".github/workflows/sitegen.yml": CIWorkflow.text,
        ]
        // The first language is the one the others are translated from; each translation
        // records the source text's hash, so `check` notices when the source changes.
        let source = (language: languages[0], hash: TranslationSource.hash(ofBody: StarterReport.of(languages[0]).body))
        for (i, language) in languages.enumerated() {
            files["Content/reports/hosting-budget.\(language).md"] = StarterReport.of(language)
                .markdown(
                    language: language, translationKey: "hosting-budget", today: today, source: i == 0 ? nil : source)
        }
        for (path, text) in StarterTheme.files { files["Templates/" + path] = text }
        return files
    }

    static func settings(languages: [String]) -> String {
        let titles = languages.map { "  \($0): \(siteTitles[StarterReport.base(of: $0)] ?? "Reports")" }.joined(
            separator: "\n")
        return """
            title:
            \(titles)
            defaultLanguage: \(languages[0])
            languages: [\(languages.joined(separator: ", "))]
            baseURL: https://example.org/
            # check warns when a page's prices_as_of is older than this many days
            staleAfterDays: 180

            """
    }
}

extension StarterReport {
    /// The primary language subtag, lower-cased: `zh` for `zh-Hant`.
    static func base(of language: String) -> String {
        language.split(separator: "-").first.map { $0.lowercased() } ?? language
    }
}
