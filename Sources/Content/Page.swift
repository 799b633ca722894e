import GFM

/// One Markdown file of the site, parsed: front matter, language, translation group and tree.
public struct Page: Sendable {
    /// The path relative to the content folder, with `/` separators, as diagnostics name it.
    public var file: String
    /// The whole file's text; lines of the tree count from its first line.
    public var source: String
    public var frontMatter: FrontMatter
    public var language: String
    public var translationKey: String
    /// The folder below the content folder (empty at the top), which the page's URL keeps.
    public var directory: String
    public var slug: String
    public var title: String
    public var document: Node
    public var bodyLineOffset: Int
    /// The page's formulas (`$…$`, `$$…$$`) in source order. Figures inside them are TeX, not
    /// amounts: `math.covers(line:column:)` tells a reader of the source lines to skip them.
    public var math: [MathSpan] = []
    /// What search indexes of a page that was not read, as the cache recorded it; nil for a read page.
    public var recordedSearchText: String?

    public init(file: String, source: String, frontMatter: FrontMatter, language: String, translationKey: String,
                directory: String, slug: String, title: String, document: Node, bodyLineOffset: Int) {
        self.file = file
        self.source = source
        self.frontMatter = frontMatter
        self.language = language
        self.translationKey = translationKey
        self.directory = directory
        self.slug = slug
        self.title = title
        self.document = document
        self.bodyLineOffset = bodyLineOffset
    }

    /// A page that stands in for a file a build did not read (its cache knew it): metadata for
    /// indexes, feeds and the sitemap, no source and an empty tree. It is never rendered.
    public static func standIn(file: String, frontMatter: FrontMatter, language: String, translationKey: String,
                               directory: String, slug: String, title: String) -> Page {
        Page(file: file, source: "", frontMatter: frontMatter, language: language, translationKey: translationKey,
             directory: directory, slug: slug, title: title, document: Node(.document, span: .unknown), bodyLineOffset: 0)
    }

    /// Whether this file holds its folder's title and text (`_index.md`, or `index.md` as
    /// VitePress and javascript.info write it) rather than a page of its own.
    public var isSectionIndex: Bool {
        let name = file.utf8.split(separator: UInt8(ascii: "/")).last.map { Substring($0) } ?? ""
        return name.hasPrefix("_index.") || name.hasPrefix("index.")
    }

    public var date: PageDate? { frontMatter.date }
    public var isDraft: Bool { frontMatter.draft }

    /// The page's own output folder below its language folder: `dir/slug`.
    public var relativeFolder: String { directory.isEmpty ? slug : "\(directory)/\(slug)" }

    /// Every table of the page, in document order, including those nested in lists or quotes.
    public var tables: [Table] {
        var found: [Table] = []
        document.forEach { if let t = Table($0) { found.append(t) } }
        return found
    }
}
