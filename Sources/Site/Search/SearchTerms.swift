import Foundation
import TextKit

/// One language's search terms page by page, as a build indexed them: handed to the next build,
/// a page whose text is unchanged keeps its terms and only edited pages are tokenized again.
public struct SearchTerms: Sendable, Equatable {
    /// Every term of the language, in the order the index lists terms.
    public var terms: [String]
    /// By page file.
    public var pages: [String: Page]

    public struct Page: Sendable, Equatable {
        /// `SearchTerms.source(of:)` of the text the terms were taken from.
        public var source: UInt64
        /// Positions in `terms`, increasing.
        public var ids: [UInt32]

        public init(source: UInt64, ids: [UInt32]) {
            self.source = source
            self.ids = ids
        }
    }

    public init(terms: [String], pages: [String: Page]) {
        self.terms = terms
        self.pages = pages
    }

    /// What identifies a page's indexed text: its title and its search text.
    static func source(title: String, text: String) -> UInt64 {
        var hash = ContentHash(title)
        hash.add(text)
        return hash.value
    }
}

/// Where a build finds the terms an earlier build indexed, and leaves the ones it indexed now.
/// The caller keeps them between builds; the site only asks and tells.
public struct SearchTermMemory: Sendable {
    /// The terms last indexed for a language, if known.
    public var known: @Sendable (_ language: String) -> SearchTerms?
    /// Called once per language whose index this build made, with its terms now.
    public var indexed: @Sendable (_ language: String, SearchTerms) -> Void

    public init(
        known: @escaping @Sendable (String) -> SearchTerms?, indexed: @escaping @Sendable (String, SearchTerms) -> Void
    ) {
        self.known = known
        self.indexed = indexed
    }
}

/// Each language's search documents as the last build of this process made them (a page's
/// record in the document chunks, and the hash its terms are kept by), so that `serve` does
/// not escape and hash every page of a language again on each save. A page's document is
/// made again whenever what it shows differs.
public final class SearchDocumentMemory: @unchecked Sendable {
    /// What a page's record is made from.
    struct Shown: Equatable {
        var title: String
        var address: String
        var section: String
        var text: String
    }

    struct Entry {
        var shown: Shown
        var source: UInt64
        var record: [UInt8]
    }

    private let lock = NSLock()
    private var languages: [String: [String: Entry]] = [:]

    public init() {}

    /// The documents last made for `language`, by page file.
    func entries(_ language: String) -> [String: Entry] {
        lock.withLock { languages[language] ?? [:] }
    }

    /// Keeps `entries` as `language`'s documents, in place of the last ones.
    func keep(_ entries: [String: Entry], for language: String) {
        lock.withLock { languages[language] = entries }
    }
}
