/// The site-wide settings from `Content/site.yaml`, with defaults for everything left out.
public struct SiteSettings: Sendable {
    /// The site's title per language; `""` holds the title for languages not listed.
    public var titles: [String: String] = ["": "Reports"]
    public var defaultLanguage = "en"
    /// The languages in display order; empty means "whatever languages the pages use".
    public var languages: [String] = []
    /// Where the site is published, for feeds and the sitemap; internal links never use it.
    public var baseURL = "https://example.org/"
    /// Raw HTML in Markdown is shown as text unless this is set.
    public var allowRawHTML = false
    /// Every other key, for templates (`site.params`) and later features.
    public var extra: [(key: String, value: MetaValue)] = []

    public init() {}

    public func title(for language: String) -> String {
        titles[language] ?? titles[""] ?? "Reports"
    }

    /// Reads the settings file's text; a missing file is `SiteSettings()`.
    public static func parse(_ yaml: String, file: String) -> (SiteSettings, [Diagnostic]) {
        var settings = SiteSettings()
        let (meta, yamlDiagnostics) = YAMLReader.read(yaml, file: file)
        var diagnostics = yamlDiagnostics
        guard case .mapping(let pairs, _, _)? = meta else { return (settings, diagnostics) }
        for (key, value) in pairs {
            let at = SourceLocation(file: file, line: value.line, column: value.column)
            func fail(_ message: String) { diagnostics.append(Diagnostic(.error, rule: "settings", "'\(key)': \(message)", at: at)) }
            switch key {
            case "title":
                switch value {
                case .scalar(let s, _, _, _): settings.titles = ["": s]
                case .mapping(let titles, _, _): for t in titles { settings.titles[t.key] = t.value.string ?? "" }
                default: fail("expected a title, or a mapping from language to title")
                }
            case "defaultLanguage":
                if let s = value.string, LanguageTag.isValid(s) { settings.defaultLanguage = s } else { fail("expected a language code") }
            case "languages":
                guard case .sequence(let items, _, _) = value, items.allSatisfy({ $0.string.map(LanguageTag.isValid) == true }) else {
                    fail("expected a list of language codes"); continue
                }
                settings.languages = items.compactMap(\.string)
            case "baseURL":
                if let s = value.string { settings.baseURL = s.hasSuffix("/") ? s : s + "/" } else { fail("expected a URL") }
            case "allowRawHTML":
                if let b = value.bool { settings.allowRawHTML = b } else { fail("expected true or false") }
            default:
                settings.extra.append((key, value))
            }
        }
        if !settings.languages.isEmpty, !settings.languages.contains(settings.defaultLanguage) {
            settings.defaultLanguage = settings.languages[0]
        }
        return (settings, diagnostics)
    }
}
