/// The known keys of a page's front matter, typed, plus every other key as written.
public struct FrontMatter: Sendable {
    public var title: String?
    public var date: PageDate?
    public var lang: String?
    public var layout: String?
    public var draft = false
    public var slug: String?
    public var summary: String?
    public var tags: [String] = []
    public var categories: [String] = []
    /// Orders a page within its section before dated pages (lower first), as Hugo's `weight` does.
    public var weight: Int?
    /// Groups the language versions of one report; Hugo's name for it, so Hugo users know it.
    public var translationKey: String?
    /// Keys sitegen does not interpret, in file order; they reach templates as `params`.
    public var extra: [(key: String, value: MetaValue)] = []
    /// Where each key's value was written, for diagnostics about it.
    public var positions: [String: (line: Int, column: Int)] = [:]

    public init() {}

    /// The key that holds the translation group.
    public static let translationKeyName = "translationKey"
    /// The names Jekyll-polyglot, jekyll-multiple-languages and others give the same key.
    public static let translationKeyAliases: Set<String> = [
        "translation_key", "translationkey", "ref", "lang_ref", "i18n_key",
    ]
}

extension FrontMatter {
    /// Interprets a YAML value as front matter, reporting each wrongly typed key.
    public static func interpret(_ meta: MetaValue?, file: String) -> (FrontMatter, [Diagnostic]) {
        var fm = FrontMatter()
        var diagnostics: [Diagnostic] = []
        guard let meta else { return (fm, []) }
        guard case .mapping(let pairs, _, _) = meta else {
            let at = SourceLocation(file: file, line: meta.line, column: meta.column)
            return (
                fm,
                [Diagnostic(.error, rule: "front-matter", "front matter must be a mapping of keys to values", at: at)]
            )
        }
        let hasTranslationKey = pairs.contains(where: { $0.0 == translationKeyName })
        for (key, value) in pairs {
            fm.positions[key] = (value.line, value.column)
            if value.isNull { continue }
            if let problem = fm.set(key, value, hasTranslationKey: hasTranslationKey) {
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "front-matter", "'\(key)': \(problem)",
                        at: SourceLocation(file: file, line: value.line, column: value.column)))
            }
        }
        return (fm, diagnostics)
    }

    private static let expectedText = "expected a text value"

    /// Sets one key from its value, or says what is wrong with the value; keys sitegen does not
    /// know go to `extra`.
    private mutating func set(_ key: String, _ value: MetaValue, hasTranslationKey: Bool) -> String? {
        switch key {
        case "title": return setText(\.title, value)
        case "layout": return setText(\.layout, value)
        case "summary", "description": return summary == nil ? setText(\.summary, value) : nil
        case Self.translationKeyName: return setText(\.translationKey, value)
        case _ where Self.translationKeyAliases.contains(key):
            // Hugo's own key wins over the names other generators use for the same thing.
            return hasTranslationKey ? nil : setText(\.translationKey, value)
        case "date": return setDate(value)
        case "draft":
            guard let b = value.bool else { return "expected true or false" }
            draft = b
        case "lang": return setLanguage(value)
        case "slug":
            guard let s = value.string else { return Self.expectedText }
            if let problem = SlugRules.problem(with: s) { return problem }
            slug = s
        case "tags", "categories": return setTermList(key, value)
        case "weight":
            guard let s = value.string, let n = Int(s), abs(n) < 1_000_000_000 else { return "expected a whole number" }
            weight = n
        default:
            extra.append((key, value))
        }
        return nil
    }

    /// A value that is not text leaves the field nil, even over a value an earlier alias gave it.
    private mutating func setText(_ field: WritableKeyPath<FrontMatter, String?>, _ value: MetaValue) -> String? {
        self[keyPath: field] = value.string
        return value.string == nil ? Self.expectedText : nil
    }

    private mutating func setDate(_ value: MetaValue) -> String? {
        guard let s = value.string else { return Self.expectedText }
        guard let parsed = PageDate(parsing: s) else { return "'\(s)' is not a date; write it as YYYY-MM-DD" }
        date = parsed
        return nil
    }

    private mutating func setLanguage(_ value: MetaValue) -> String? {
        guard let s = value.string else { return Self.expectedText }
        guard LanguageTag.isValid(s) else { return "'\(s)' is not a language code such as zh, ja, fr or en" }
        lang = s
        return nil
    }

    /// `tags` or `categories`: one term, or a list of them.
    private mutating func setTermList(_ key: String, _ value: MetaValue) -> String? {
        let terms: [String]
        switch value {
        case .scalar(let s, _, _, _): terms = [s]
        case .sequence(let items, _, _) where items.allSatisfy({ $0.string != nil }): terms = items.compactMap(\.string)
        default: return "expected a list of \(key)"
        }
        if key == "tags" { tags = terms } else { categories = terms }
        return nil
    }
}

extension FrontMatter {
    /// The terms the page gives `taxonomy`: `tags`, `categories`, or any other key holding text or a list of texts.
    public func terms(_ taxonomy: String) -> [String] {
        switch taxonomy {
        case "tags": return tags
        case "categories": return categories
        default:
            switch extra.first(where: { $0.key == taxonomy })?.value {
            case .scalar(let s, _, _, _)?: return s.isEmpty ? [] : [s]
            case .sequence(let items, _, _)?: return items.compactMap(\.string)
            default: return []
            }
        }
    }

    /// Sets `taxonomy`'s terms, as a cache entry restores them.
    public mutating func setTerms(_ terms: [String], for taxonomy: String) {
        switch taxonomy {
        case "tags": tags = terms
        case "categories": categories = terms
        default:
            extra.removeAll { $0.key == taxonomy }
            extra.append(
                (taxonomy, .sequence(terms.map { .scalar($0, isPlain: false, line: 0, column: 0) }, line: 0, column: 0))
            )
        }
    }
}
