import Content
import Numbers

/// The interface text of one language ("Contents", "min read", month names), from the theme's
/// `i18n/<lang>.yaml`, with English for anything missing.
public struct UIStrings: Sendable {
    public var language: String
    public var values: [String: String]
    public var months: [String]

    public static let english: [String: String] = [
        "languageName": "English", "contents": "Contents", "minRead": "min read", "words": "words",
        "published": "Published", "translations": "Languages", "otherLanguages": "Not yet in this language",
        "home": "Home", "allReports": "All reports", "notFound": "Page not found",
        "notFoundText": "There is no page at this address.", "chooseLanguage": "Choose a language",
        "dateFormat": "{monthName} {day}, {year}", "tags": "Tags", "feed": "Feed", "theme": "Theme",
        "skipToContent": "Skip to content",
        "computed": "computed", "checkSummary": "{figures} figures checked, {inconsistent} inconsistent",
        "readingTime": "{minutes} min read · {count} words",
        "table": "Table", "themeAuto": "System", "themeLight": "Light", "themeDark": "Dark",
        "themeSepia": "Sepia", "themeContrast": "High contrast", "themeForest": "Forest",
        "diagram": "Flowchart", "diagramNodes": "Nodes", "diagramEdges": "Edges",
        "breadcrumbs": "Breadcrumbs", "sections": "Sections", "pagination": "Pages of this list", "firstPage": "First",
        "previousPage": "Previous", "nextPage": "Next", "lastPage": "Last", "pageOfTotal": "Page {page} of {total}",
        "inThisSection": "In this section", "search": "Search", "searchNoResults": "Nothing found",
        "searchResults": "{count} found",
        "searchHint": "Type two letters or one character", "searchResultsLabel": "Search results",
        "categories": "Categories",
        "pricesAsOf": "Prices as of {date}",
        "outdatedTranslation": "This translation may be out of date — the {language} original has changed",
        "outdatedTranslationOn": "This translation may be out of date — the {language} original was updated on {date}",
        "outdatedSourceLink": "Read the original",
    ]
    static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December",
    ]

    public init(language: String, values: [String: String] = [:], months: [String] = []) {
        self.language = language
        self.values = Self.english.merging(values) { _, new in new }
        self.months = months.count == 12 ? months : Self.englishMonths
    }

    public subscript(key: String) -> String { values[key] ?? key }

    /// Reads a strings file; unknown keys are kept, so themes can add their own.
    public static func parse(_ yaml: String, language: String, file: String) -> (UIStrings, [Diagnostic]) {
        let (meta, diagnostics) = YAMLReader.read(yaml, file: file)
        var values: [String: String] = [:]
        var months: [String] = []
        if case .mapping(let pairs, _, _)? = meta {
            for (key, value) in pairs {
                if case .sequence(let items, _, _) = value, key == "months" {
                    months = items.compactMap(\.string)
                } else if let s = value.string {
                    values[key] = s
                }
            }
        }
        return (UIStrings(language: language, values: values, months: months), diagnostics)
    }

    /// A date the way this language writes it: `{year}`, `{month}` (a number), `{monthName}`, `{day}`.
    public func format(_ date: PageDate) -> String {
        TextPattern.fill(
            self["dateFormat"],
            [
                "monthName": months[date.month - 1], "month": String(date.month), "day": String(date.day),
                "year": String(date.year),
            ])
    }
}
