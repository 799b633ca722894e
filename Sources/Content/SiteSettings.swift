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
    /// Folder names that mean a language (`zh-cn: zh`), lower-cased; the site's languages map to themselves.
    public var languageAliases: [String: String] = [:]
    /// Entries per list page (language index, sections, term pages).
    public var paginate = 25
    /// The taxonomies pages are grouped by, front-matter keys: `tags` and `categories` unless the site says otherwise.
    public var taxonomies = ["tags", "categories"]
    /// Whether code blocks are part of the search index; off, since code matches drown prose matches.
    public var searchCode = false
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
            diagnostics += settings.apply(key, value, file: file)
        }
        if !settings.languages.isEmpty, !settings.languages.contains(settings.defaultLanguage) {
            settings.defaultLanguage = settings.languages[0]
        }
        return (settings, diagnostics)
    }

    /// Sets one key of the file; a bad value keeps the default and is reported at itself.
    private mutating func apply(_ key: String, _ value: MetaValue, file: String) -> [Diagnostic] {
        if key == "languageAliases", case .mapping(let aliases, _, _) = value {
            return applyLanguageAliases(aliases, file: file)
        }
        guard let problem = set(key, value) else { return [] }
        return [
            Diagnostic(
                .error, rule: "settings", "'\(key)': \(problem)",
                at: SourceLocation(file: file, line: value.line, column: value.column))
        ]
    }

    /// Sets one key, or says what was expected instead; unknown keys go to `extra`.
    private mutating func set(_ key: String, _ value: MetaValue) -> String? {
        switch key {
        case "title":
            return setTitles(value)
        case "defaultLanguage":
            guard let s = value.string, LanguageTag.isValid(s) else { return "expected a language code" }
            defaultLanguage = s
        case "languages":
            guard case .sequence(let items, _, _) = value,
                items.allSatisfy({ $0.string.map(LanguageTag.isValid) == true })
            else { return "expected a list of language codes" }
            languages = items.compactMap(\.string)
        case "baseURL":
            guard let s = value.string else { return "expected a URL" }
            baseURL = s.hasSuffix("/") ? s : s + "/"
        case "languageAliases":
            return "expected a mapping from folder name to language code, such as {zh-cn: zh}"
        case "paginate":
            guard let n = value.string.flatMap({ Int($0) }), (1...1000).contains(n) else {
                return "expected a number of entries per page from 1 to 1000"
            }
            paginate = n
        case "taxonomies":
            guard case .sequence(let items, _, _) = value,
                items.allSatisfy({ $0.string.map(Self.isTaxonomyName) == true })
            else {
                return
                    "expected a list of front-matter keys made of lower-case letters, digits and '-', such as [tags, categories, series]"
            }
            taxonomies = items.compactMap(\.string)
        case "searchCode":
            guard let b = value.bool else { return "expected true or false" }
            searchCode = b
        case "allowRawHTML":
            guard let b = value.bool else { return "expected true or false" }
            allowRawHTML = b
        default:
            extra.append((key, value))
        }
        return nil
    }

    /// One title for every language, or a mapping from language to title.
    private mutating func setTitles(_ value: MetaValue) -> String? {
        switch value {
        case .scalar(let s, _, _, _): titles = ["": s]
        case .mapping(let byLanguage, _, _): for t in byLanguage { titles[t.key] = t.value.string ?? "" }
        default: return "expected a title, or a mapping from language to title"
        }
        return nil
    }

    /// Each alias stands alone: one bad entry is reported at itself and the others still apply.
    private mutating func applyLanguageAliases(_ aliases: [(key: String, value: MetaValue)], file: String)
        -> [Diagnostic]
    {
        var diagnostics: [Diagnostic] = []
        for alias in aliases {
            guard let language = alias.value.string, LanguageTag.isValid(language) else {
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "settings",
                        "'languageAliases': '\(alias.key)' must map to a language code such as zh, ja, fr or en",
                        at: SourceLocation(file: file, line: alias.value.line, column: alias.value.column)))
                continue
            }
            languageAliases[alias.key.lowercased()] = language
        }
        return diagnostics
    }

    /// A taxonomy names a front-matter key and an output folder, so it stays a plain ASCII segment.
    static func isTaxonomyName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 40
            && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// The language a top folder stands for: one of the site's languages or an alias, in any case.
    public func language(ofFolder folder: String) -> String? {
        let lowered = folder.lowercased()
        if let alias = languageAliases[lowered] { return alias }
        if let language = languages.first(where: { $0.lowercased() == lowered }) { return language }
        return languages.isEmpty && defaultLanguage.lowercased() == lowered ? defaultLanguage : nil
    }
}
