import Content
import Foundation

/// The lists of a site worked out once per build: sections by language and folder, each page's
/// place in its section, and the terms of every taxonomy.
public final class SiteNavigation: Sendable {
    /// By `"language\u{0}directory"`.
    public let sections: [String: Section]
    /// Each listed page's section key and its index in that section's pages, by file.
    private let positions: [String: (section: String, index: Int)]
    /// Terms by language, then taxonomy, in slug order; worked out on first use, since a rebuild
    /// that re-renders no list never asks.
    public var terms: [String: [String: [Term]]] {
        lazyTerms.value { Self.collectTerms(content, taxonomies: taxonomies) }
    }
    /// Each language's pages newest first, for its index: sorted once, not once per index page.
    var pagesByLanguage: [String: [Page]] {
        lazyPagesByLanguage.value {
            var byLanguage: [String: [Page]] = [:]
            for page in content.pages where !page.isSectionIndex { byLanguage[page.language, default: []].append(page) }
            return byLanguage.mapValues { pages in
                pages.indices.sorted { SitePlan.newestFirst(pages[$0], pages[$1]) }.map { pages[$0] }
            }
        }
    }
    private let content: ContentSet
    private let taxonomies: [String]
    private let lazyTerms = MadeOnce<[String: [String: [Term]]]>()
    private let lazyPagesByLanguage = MadeOnce<[String: [Page]]>()

    /// A term of one taxonomy in one language, with its pages newest first.
    public struct Term: Sendable {
        public var name: String
        public var slug: String
        public var pages: [Page]
    }

    init(content: ContentSet, settings: SiteSettings) {
        var sections: [String: Section] = [:]
        func ensure(_ language: String, _ directory: String) {
            var directory = directory
            while true {
                let key = Self.key(language, directory)
                // A known section's parents are known too.
                guard sections[key] == nil else { return }
                sections[key] = Section(language: language, directory: directory)
                guard !directory.isEmpty else { return }
                directory = directory.split(separator: "/").dropLast().joined(separator: "/")
            }
        }
        for language in content.languages { ensure(language, "") }
        for page in content.pages {
            ensure(page.language, page.directory)
            let key = Self.key(page.language, page.directory)
            if page.isSectionIndex {
                if sections[key]!.index == nil || page.file.contains("/_index.") || page.file.hasPrefix("_index.") {
                    sections[key]!.index = page
                }
            } else {
                sections[key]!.pages.append(page)
            }
        }
        var positions: [String: (String, Int)] = [:]
        for key in sections.keys {
            // Sorted as indices: moving whole pages about cost more than comparing them.
            let pages = sections[key]!.pages
            sections[key]!.pages = pages.indices.sorted { Section.listOrder(pages[$0], pages[$1]) }.map { pages[$0] }
            for (i, page) in sections[key]!.pages.enumerated() { positions[page.file] = (key, i) }
        }
        // Subsections and totals, deepest folders first so each total includes its children's.
        for key in sections.keys.sorted(by: { sections[$0]!.directory.count > sections[$1]!.directory.count }) {
            let section = sections[key]!
            sections[key]!.totalPages += section.pages.count
            guard let parent = section.parentDirectory else { continue }
            let parentKey = Self.key(section.language, parent)
            sections[parentKey]!.subsections.append(section.directory)
            sections[parentKey]!.totalPages += sections[key]!.totalPages
        }
        let unsorted = sections
        for key in sections.keys {
            let language = sections[key]!.language
            sections[key]!.subsections.sort { a, b in
                let x = unsorted[Self.key(language, a)]!, y = unsorted[Self.key(language, b)]!
                let (wx, wy) = (x.index?.frontMatter.weight ?? Int.max, y.index?.frontMatter.weight ?? Int.max)
                return wx != wy ? wx < wy : a < b
            }
        }
        self.sections = sections
        self.positions = positions
        self.content = content
        taxonomies = settings.taxonomies
    }

    static func key(_ language: String, _ directory: String) -> String { language + "\u{0}" + directory }

    public func section(_ language: String, _ directory: String) -> Section? { sections[Self.key(language, directory)] }

    /// The sections of one language, parents before children.
    public func sections(in language: String) -> [Section] {
        sections.values.filter { $0.language == language }.sorted { $0.directory < $1.directory }
    }

    /// The pages before and after `page` in its section's list.
    public func neighbours(of page: Page) -> (previous: Page?, next: Page?) {
        guard let (key, index) = positions[page.file], let pages = sections[key]?.pages else { return (nil, nil) }
        return (index > 0 ? pages[index - 1] : nil, index + 1 < pages.count ? pages[index + 1] : nil)
    }

    /// The sections above a page or section, from the language index down to its own folder.
    public func trail(language: String, directory: String) -> [Section] {
        var trail: [Section] = []
        var parts = directory.split(separator: "/").map(String.init)
        while true {
            if let section = section(language, parts.joined(separator: "/")) { trail.append(section) }
            if parts.isEmpty { break }
            parts.removeLast()
        }
        return trail.reversed()
    }

    private static func collectTerms(_ content: ContentSet, taxonomies: [String]) -> [String: [String: [Term]]] {
        // Page indices, appended in place: copying a term's list of pages on every append would
        // make this quadratic in the pages per term.
        var bySlug: [String: (name: String, slug: String, pages: [Int])] = [:]
        // Thousands of pages name a few dozen terms.
        var slugs: [String: String] = [:]
        for (index, page) in content.pages.enumerated() where !page.isSectionIndex {
            for taxonomy in taxonomies {
                for name in page.frontMatter.terms(taxonomy) where !name.isEmpty {
                    let slug = slugs[name] ?? TermSlug.make(name)
                    slugs[name] = slug
                    let key = [page.language, taxonomy, slug].joined(separator: "\u{0}")
                    if bySlug[key] == nil { bySlug[key] = (name, slug, []) }
                    // A page naming one term twice (or two spellings with one slug) is listed once.
                    if bySlug[key]!.pages.last != index { bySlug[key]!.pages.append(index) }
                }
            }
        }
        var result: [String: [String: [Term]]] = [:]
        for language in content.languages {
            for taxonomy in taxonomies { result[language, default: [:]][taxonomy] = [] }
        }
        for (key, term) in bySlug.sorted(by: { $0.key < $1.key }) {
            let parts = key.split(separator: "\u{0}", omittingEmptySubsequences: false).map(String.init)
            let pages = term.pages.sorted { SitePlan.newestFirst(content.pages[$0], content.pages[$1]) }.map {
                content.pages[$0]
            }
            result[parts[0], default: [:]][parts[1], default: []].append(
                Term(name: term.name, slug: term.slug, pages: pages))
        }
        return result
    }
}

/// A value made by whichever thread asks first, then shared.
final class MadeOnce<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var made: Value?

    func value(_ make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let value = make()
        made = value
        return value
    }
}
