import Content
import TextKit

/// What one build knew, kept in `.sitegen-cache/` beside the output folder for the next build:
/// per source file its stamp, hash, metadata and findings, and the hash of every output file.
///
/// An incremental build trusts it only when everything global (settings, theme, options, the
/// sitegen binary) has the same fingerprint and the output folder carries the same token, so
/// an output folder rebuilt or replaced by anything else leads to a full build.
struct BuildCache: Sendable {
    var fingerprint: ContentHash
    /// Written into the output folder's marker by the build that wrote this cache.
    var token: String
    var pages: [String: Page] = [:]
    /// Every output file's content hash, by output path.
    var outputs: [String: ContentHash] = [:]
    /// The files whose entries carry findings or notes: few, and all a rebuild has to report
    /// for the files it does not read.
    var noted: Set<String> = []
    /// As read: the size of the cache file, and how much of it are changes appended after the first block.
    var storedSize = 0
    var appendedSize = 0

    /// One source file as the last build saw it.
    struct Page: Sendable {
        var stamp: FileStamp
        var hash: ContentHash
        /// Everything the page's output was rendered from; zero for a draft left out.
        var renderKey: ContentHash
        /// What lists and search showed of it, and what lists it when it is not read again.
        var summary: PageSummary
        /// Everything its breadcrumbs and previous/next links show, so a change to a section
        /// re-renders exactly the pages whose navigation it moved.
        var navigationKey = ContentHash()
        var figures: Int
        /// `check`'s findings on the page, as reported (display paths, severity after `--strict`).
        var findings: [Diagnostic]
        /// Warnings from loading and from rendering it, re-reported on every build as a full build would.
        var loadNotes: [Diagnostic]
        var renderNotes: [Diagnostic]

        var file: String { summary.file }
        var hasNotes: Bool { !findings.isEmpty || !loadNotes.isEmpty || !renderNotes.isEmpty }
        /// Whether the page was in the site (a draft left out was not).
        var included: Bool { renderKey != ContentHash() }
    }
}

extension BuildCache: RebuildStore {
    func recorded(_ file: String) -> RecordedPage? {
        pages[file].map { RecordedPage(summary: $0.summary, included: $0.included) }
    }

    func navigation(_ file: String) -> ContentHash? { pages[file]?.navigationKey }
}

extension BuildCache {
    /// Records `page`, keeping `noted` in step.
    mutating func set(_ page: Page) {
        pages[page.file] = page
        if page.hasNotes {
            noted.insert(page.file)
        } else if !noted.isEmpty {
            noted.remove(page.file)
        }
    }

    mutating func drop(_ file: String) {
        pages[file] = nil
        noted.remove(file)
    }
}
