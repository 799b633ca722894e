/// What lists, feeds, the sitemap and search show of a page, without its text or tree.
///
/// A rebuild keeps one per file: comparing a page's summary now with the one recorded tells
/// whether the lists that show it can have changed, and a file left unread is listed from its
/// summary alone (`Page(unread:)`).
public struct PageSummary: Sendable, Equatable {
    /// One term of a taxonomy the page is filed under.
    public struct Term: Sendable, Hashable {
        public var taxonomy: String
        public var term: String

        public init(taxonomy: String, term: String) {
            self.taxonomy = taxonomy
            self.term = term
        }
    }

    public var file: String
    public var language: String
    public var translationKey: String
    public var directory: String
    public var slug: String
    public var title: String
    public var date: PageDate?
    /// The front matter's `summary`, which lists show under the title.
    public var summary: String?
    public var draft: Bool
    public var weight: Int?
    /// Its terms in the order of the site's taxonomies, for the term pages.
    public var terms: [Term]
    /// What search indexes of it.
    public var searchText: String {
        get { recordedSearchText.text }
        set { recordedSearchText = RecordedText(newValue) }
    }
    /// The search text as given, or as the bytes a rebuild's record held: only the edited
    /// language's index reads it, so the other languages' texts are never decoded.
    public var recordedSearchText: RecordedText

    public init(
        file: String, language: String, translationKey: String, directory: String, slug: String, title: String,
        date: PageDate?, summary: String?, draft: Bool, weight: Int?, terms: [Term], searchText: String
    ) {
        self.file = file
        self.language = language
        self.translationKey = translationKey
        self.directory = directory
        self.slug = slug
        self.title = title
        self.date = date
        self.summary = summary
        self.draft = draft
        self.weight = weight
        self.terms = terms
        recordedSearchText = RecordedText(searchText)
    }

    /// A summary whose search text is decoded only when asked for.
    public init(
        file: String, language: String, translationKey: String, directory: String, slug: String, title: String,
        date: PageDate?, summary: String?, draft: Bool, weight: Int?, terms: [Term], recordedSearchText: RecordedText
    ) {
        self.init(
            file: file, language: language, translationKey: translationKey, directory: directory, slug: slug,
            title: title, date: date, summary: summary, draft: draft, weight: weight, terms: terms, searchText: "")
        self.recordedSearchText = recordedSearchText
    }

    /// Whether the language indexes, feeds, sections and term pages show the two alike: all but
    /// the search text, which only the search index shows.
    public func listsAlike(_ other: PageSummary) -> Bool {
        file == other.file && language == other.language && translationKey == other.translationKey
            && directory == other.directory && slug == other.slug && title == other.title && date == other.date
            && summary == other.summary && draft == other.draft && weight == other.weight && terms == other.terms
    }

    /// The front matter lists read: title, date, summary, draft, weight and terms.
    var frontMatter: FrontMatter {
        var frontMatter = FrontMatter()
        frontMatter.title = title
        frontMatter.date = date
        frontMatter.summary = summary
        frontMatter.draft = draft
        frontMatter.weight = weight
        for taxonomy in Set(terms.map(\.taxonomy)).sorted() {
            frontMatter.setTerms(terms.filter { $0.taxonomy == taxonomy }.map(\.term), for: taxonomy)
        }
        return frontMatter
    }
}
