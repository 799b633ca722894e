import Content

/// One folder of one language: its list page shows its pages and its subsections; its
/// `_index.md` (or `index.md`) gives the title and the text above the list.
public struct Section: Sendable {
    public var language: String
    /// The folder below the language folder, `""` for the language's own index.
    public var directory: String
    public var index: Page?
    /// Its own pages, in list order: by `weight`, then newest first, then by file.
    public var pages: [Page] = []
    /// Directories of its direct subsections, in list order.
    public var subsections: [String] = []
    /// Pages in it and in all its subsections.
    public var totalPages = 0

    /// The title from `_index.md`, else the folder's name.
    public var title: String {
        index?.title ?? String(directory.split(separator: "/").last ?? "")
    }

    public var parentDirectory: String? {
        guard !directory.isEmpty else { return nil }
        return directory.split(separator: "/").dropLast().joined(separator: "/")
    }

    /// Weight first (pages without one after), then newest first, then by file, so numbered
    /// documentation folders (`01-intro`) keep their order.
    static func listOrder(_ a: Page, _ b: Page) -> Bool {
        switch (a.frontMatter.weight, b.frontMatter.weight) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.file < b.file
        }
    }
}
