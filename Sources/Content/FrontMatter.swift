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
        for (key, value) in pairs {
            fm.positions[key] = (value.line, value.column)
            if value.isNull { continue }
            func fail(_ message: String) {
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "front-matter", "'\(key)': \(message)",
                        at: SourceLocation(file: file, line: value.line, column: value.column)))
            }
            func text() -> String? {
                if let s = value.string { return s }
                fail("expected a text value")
                return nil
            }
            switch key {
            case "title": fm.title = text()
            case "layout": fm.layout = text()
            case "summary", "description": fm.summary = fm.summary ?? text()
            case translationKeyName: fm.translationKey = text()
            case _ where translationKeyAliases.contains(key):
                // Hugo's own key wins over the names other generators use for the same thing.
                if !pairs.contains(where: { $0.0 == translationKeyName }) { fm.translationKey = text() }
            case "date":
                guard let s = text() else { break }
                if let date = PageDate(parsing: s) {
                    fm.date = date
                } else {
                    fail("'\(s)' is not a date; write it as YYYY-MM-DD")
                }
            case "draft":
                if let b = value.bool { fm.draft = b } else { fail("expected true or false") }
            case "lang":
                guard let s = text() else { break }
                if LanguageTag.isValid(s) {
                    fm.lang = s
                } else {
                    fail("'\(s)' is not a language code such as zh, ja, fr or en")
                }
            case "slug":
                guard let s = text() else { break }
                if let problem = SlugRules.problem(with: s) { fail(problem) } else { fm.slug = s }
            case "tags", "categories":
                switch value {
                case .scalar(let s, _, _, _): if key == "tags" { fm.tags = [s] } else { fm.categories = [s] }
                case .sequence(let items, _, _) where items.allSatisfy({ $0.string != nil }):
                    if key == "tags" {
                        fm.tags = items.compactMap(\.string)
                    } else {
                        fm.categories = items.compactMap(\.string)
                    }
                default: fail("expected a list of \(key)")
                }
            case "weight":
                if let s = value.string, let n = Int(s), abs(n) < 1_000_000_000 {
                    fm.weight = n
                } else {
                    fail("expected a whole number")
                }
            default:
                fm.extra.append((key, value))
            }
        }
        return (fm, diagnostics)
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
