import GFM

/// One Markdown file of the site, parsed: front matter, language, translation group and tree.
///
/// Its fields live in one shared box, copied only when a copy is changed: sections, terms and
/// indexes hold every page several times over, and a copy that copied two dozen strings and arrays
/// field by field would make working out a site's navigation grow with the size of its pages.
public struct Page: Sendable {
    private struct Fields {
        var file: String
        var source: String
        var frontMatter: FrontMatter
        var language: String
        var translationKey: String
        var directory: String
        var slug: String
        var title: String
        var document: Node
        var bodyLineOffset: Int
        var math: [MathSpan] = []
        var unread: PageSummary?
        var knownSearchText: String?
    }

    private final class Box: @unchecked Sendable {
        // Written only through `fields`, which copies a shared box first, so no two threads
        // ever see one box change.
        var fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        _modify {
            if !isKnownUniquelyReferenced(&box) { box = Box(box.fields) }
            yield &box.fields
        }
    }

    /// The path relative to the content folder, with `/` separators, as diagnostics name it.
    public var file: String {
        get { box.fields.file }
        _modify { yield &fields.file }
    }
    /// The whole file's text; lines of the tree count from its first line.
    public var source: String {
        get { box.fields.source }
        _modify { yield &fields.source }
    }
    public var frontMatter: FrontMatter {
        get { box.fields.frontMatter }
        _modify { yield &fields.frontMatter }
    }
    public var language: String {
        get { box.fields.language }
        _modify { yield &fields.language }
    }
    public var translationKey: String {
        get { box.fields.translationKey }
        _modify { yield &fields.translationKey }
    }
    /// The folder below the content folder (empty at the top), which the page's URL keeps.
    public var directory: String {
        get { box.fields.directory }
        _modify { yield &fields.directory }
    }
    public var slug: String {
        get { box.fields.slug }
        _modify { yield &fields.slug }
    }
    public var title: String {
        get { box.fields.title }
        _modify { yield &fields.title }
    }
    public var document: Node {
        get { box.fields.document }
        _modify { yield &fields.document }
    }
    public var bodyLineOffset: Int {
        get { box.fields.bodyLineOffset }
        _modify { yield &fields.bodyLineOffset }
    }
    /// The page's formulas (`$…$`, `$$…$$`) in source order. Figures inside them are TeX, not
    /// amounts: `math.covers(line:column:)` tells a reader of the source lines to skip them.
    public var math: [MathSpan] {
        get { box.fields.math }
        _modify { yield &fields.math }
    }
    /// The summary a page that was not read is made of (see `init(unread:)`); nil for a read page.
    public var unreadSummary: PageSummary? { box.fields.unread }
    /// What search indexes of a page that was not read, as its summary recorded it; nil for a read page.
    public var recordedSearchText: String? { box.fields.unread?.searchText }
    /// What search indexes of a read page, once worked out for this parse of it: `serve` keeps
    /// its pages between saves, and an index would otherwise walk every tree of the language
    /// again for each save. Nil until a caller sets it.
    public var knownSearchText: String? {
        get { box.fields.knownSearchText }
        _modify { yield &fields.knownSearchText }
    }

    public init(
        file: String, source: String, frontMatter: FrontMatter, language: String, translationKey: String,
        directory: String, slug: String, title: String, document: Node, bodyLineOffset: Int
    ) {
        box = Box(
            Fields(
                file: file, source: source, frontMatter: frontMatter, language: language,
                translationKey: translationKey,
                directory: directory, slug: slug, title: title, document: document, bodyLineOffset: bodyLineOffset))
    }

    /// A file a rebuild did not read, listed from its recorded summary: what indexes, feeds, the
    /// sitemap and search show, with no source and an empty tree. It is never checked or rendered;
    /// a rebuild that needs more reads the file.
    public init(unread summary: PageSummary) {
        box = Box(
            Fields(
                file: summary.file, source: "", frontMatter: summary.frontMatter, language: summary.language,
                translationKey: summary.translationKey, directory: summary.directory, slug: summary.slug,
                title: summary.title, document: Node(.document, span: .unknown), bodyLineOffset: 0, unread: summary))
    }

    /// Whether this file holds its folder's title and text (`_index.md`, or `index.md` as
    /// VitePress and javascript.info write it) rather than a page of its own.
    public var isSectionIndex: Bool { Self.isSectionIndex(file: file) }

    /// Whether a file of this name holds its folder's title and text (see `isSectionIndex`).
    public static func isSectionIndex(file: String) -> Bool {
        // Asked of every page by every list: the name is found without splitting the path.
        let path = file.utf8
        let name = path.lastIndex(of: UInt8(ascii: "/")).map { path[path.index(after: $0)...] } ?? path[...]
        return name.starts(with: "_index.".utf8) || name.starts(with: "index.".utf8)
    }

    public var date: PageDate? { frontMatter.date }
    public var isDraft: Bool { frontMatter.draft }

    /// The page's own output folder below its language folder: `dir/slug`.
    public var relativeFolder: String { directory.isEmpty ? slug : "\(directory)/\(slug)" }

    /// Every table of the page, in document order, including those nested in lists or quotes.
    public var tables: [Table] {
        var found: [Table] = []
        document.forEachBlock { if let t = Table($0) { found.append(t) } }
        return found
    }
}
