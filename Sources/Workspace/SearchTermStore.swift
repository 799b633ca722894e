import Foundation
import Site
import TextKit

/// The search terms of each language as the last build indexed them, beside the build cache
/// (`.sitegen-cache/<output>.search/<language>`), so a rebuild tokenizes only the pages whose
/// text changed.
///
/// A file holds a magic line, the fingerprint of the build that wrote it, the terms, then per
/// page its file, the hash of its text and its term numbers; integers little-endian. A file
/// written by another binary or other settings, foreign or cut short, reads as nothing known.
struct SearchTermStore {
    let outputPath: String
    private static let magic = Array("sitegen-search-terms 1\n".utf8)

    var folder: URL {
        let cache = CacheStore(outputPath: outputPath).url
        return cache.deletingPathExtension().appendingPathExtension("search")
    }

    func url(_ language: String) -> URL { folder.appendingPathComponent(language) }

    func read(_ language: String, fingerprint: ContentHash) -> SearchTerms? {
        // A language tag is letters, digits and hyphens; anything else is not looked for.
        guard !language.isEmpty,
            language.utf8.allSatisfy({
                $0 == UInt8(ascii: "-") || (0x30...0x39).contains($0) || (0x41...0x5A).contains($0)
                    || (0x61...0x7A).contains($0)
            }),
            case .success(let bytes) = FileBytes.read(url(language).path, limit: Int.max)
        else { return nil }
        return Self.decode(bytes, fingerprint: fingerprint)
    }

    /// After a full build: these languages, and no other.
    func replaceAll(_ languages: [String: SearchTerms], fingerprint: ContentHash) {
        try? FileManager.default.removeItem(at: folder)
        write(languages, fingerprint: fingerprint)
    }

    /// Written beside and renamed into place; terms that cannot be kept only cost the next build time.
    func write(_ languages: [String: SearchTerms], fingerprint: ContentHash) {
        guard !languages.isEmpty else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (language, terms) in languages {
            let target = url(language)
            let temporary = folder.appendingPathComponent(".\(language).\(ProcessInfo.processInfo.processIdentifier)")
            guard
                (try? FileWriter.write(
                    Self.encode(terms, fingerprint: fingerprint), to: temporary.path, what: "the search terms")) != nil
            else { continue }
            if rename(temporary.path, target.path) != 0 { try? FileManager.default.removeItem(at: temporary) }
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: folder)
    }

    static func encode(_ terms: SearchTerms, fingerprint: ContentHash) -> [UInt8] {
        var out = magic
        out.reserveCapacity(
            magic.count + 16 + terms.terms.count * 8 + terms.pages.values.reduce(0) { $0 + 24 + 4 * $1.ids.count })
        func append(_ value: UInt64, _ width: Int) {
            for k in 0..<width { out.append(UInt8(truncatingIfNeeded: value >> (8 * k))) }
        }
        func append(_ text: String) {
            append(UInt64(text.utf8.count), 4)
            out += text.utf8
        }
        append(fingerprint.value, 8)
        append(UInt64(terms.terms.count), 4)
        for term in terms.terms { append(term) }
        append(UInt64(terms.pages.count), 4)
        for (file, page) in terms.pages.sorted(by: { $0.key < $1.key }) {
            append(file)
            append(page.source, 8)
            append(UInt64(page.ids.count), 4)
            for id in page.ids { append(UInt64(id), 4) }
        }
        return out
    }

    /// The terms, or nil when the bytes are not a whole file written with this fingerprint, or a
    /// page's numbers are not increasing positions among the terms.
    static func decode(_ bytes: [UInt8], fingerprint: ContentHash) -> SearchTerms? {
        bytes.withUnsafeBytes { raw -> SearchTerms? in
            guard raw.starts(with: magic) else { return nil }
            var i = magic.count
            func integer(_ width: Int) -> UInt64? {
                guard i + width <= raw.count else { return nil }
                var value: UInt64 = 0
                for k in 0..<width { value |= UInt64(raw[i + k]) << (8 * k) }
                i += width
                return value
            }
            func text() -> String? {
                guard let length = integer(4).map(Int.init), i + length <= raw.count else { return nil }
                defer { i += length }
                return String(validating: UnsafeRawBufferPointer(rebasing: raw[i..<(i + length)]), as: UTF8.self)
            }
            guard integer(8) == fingerprint.value, let termCount = integer(4).map(Int.init), termCount <= raw.count
            else { return nil }
            var terms: [String] = []
            terms.reserveCapacity(termCount)
            for _ in 0..<termCount {
                guard let term = text() else { return nil }
                terms.append(term)
            }
            guard let pageCount = integer(4).map(Int.init), pageCount <= raw.count else { return nil }
            var pages: [String: SearchTerms.Page] = [:]
            pages.reserveCapacity(pageCount)
            for _ in 0..<pageCount {
                guard let file = text(), let source = integer(8), let count = integer(4).map(Int.init),
                    i + 4 * count <= raw.count
                else { return nil }
                let start = i
                var valid = true
                let ids = [UInt32](unsafeUninitializedCapacity: count) { buffer, initialized in
                    var previous = -1
                    for n in 0..<count {
                        let id = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: start + 4 * n, as: UInt32.self))
                        if Int(id) <= previous || Int(id) >= termCount { valid = false }
                        previous = Int(id)
                        buffer[n] = id
                    }
                    initialized = count
                }
                guard valid else { return nil }
                i += 4 * count
                pages[file] = SearchTerms.Page(source: source, ids: ids)
            }
            guard i == raw.count else { return nil }
            return SearchTerms(terms: terms, pages: pages)
        }
    }
}

/// The terms of the languages a build indexed, gathered from whichever cores indexed them.
final class SearchTermCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var languages: [String: SearchTerms] = [:]

    /// Terms known from `store`, when the build that wrote them had `fingerprint`; nothing otherwise.
    func memory(reading store: SearchTermStore?, fingerprint: ContentHash) -> SearchTermMemory {
        SearchTermMemory(
            known: { language in store?.read(language, fingerprint: fingerprint) },
            indexed: { language, terms in self.lock.withLock { self.languages[language] = terms } })
    }

    var indexed: [String: SearchTerms] { lock.withLock { languages } }
}

/// Search terms kept in memory between the rebuilds of one process, for `serve`.
final class KeptSearchTerms: @unchecked Sendable {
    private let lock = NSLock()
    private var languages: [String: SearchTerms] = [:]

    var memory: SearchTermMemory {
        SearchTermMemory(
            known: { language in self.lock.withLock { self.languages[language] } },
            indexed: { language, terms in self.lock.withLock { self.languages[language] = terms } })
    }
}
