import Content
import TextKit

/// One language's search index as classic scripts, so it loads from `file://` where `fetch`
/// cannot: a small `meta.js`, term shards (`t<n>.js`, each term's pages) and document chunks
/// (`d<n>.js`, title, address, section and excerpt). A query loads the shards of its terms and
/// the chunks of the results it shows, never the whole index.
struct SearchIndex {
    let plan: SitePlan
    let language: String
    /// Terms an earlier build indexed, so unchanged pages are not tokenized again.
    var memory: SearchTermMemory?
    /// Documents an earlier build of this process made, so unchanged pages are not escaped
    /// and hashed again.
    var documents: SearchDocumentMemory?

    /// Sizes that keep a page's share of the index under 3 KB and a query's loads under 200 KB.
    static let termsPerPage = 1_000
    static let excerptLength = 160
    static let shardBytes = 12_000
    static let chunkBytes = 6_000

    struct Document {
        var page: Page
        var text: String
        /// `SearchTerms.source` of its title and text, when terms are kept.
        var source: UInt64 = 0
        /// Its entry in the document chunks.
        var record: [UInt8] = []
    }

    func files() -> [OutputFile] {
        let folder = plan.searchFolder(language)
        let documents = self.documents(
            plan.content.pages.filter { $0.language == language && !$0.isSectionIndex })
        let terms = postings(documents)
        let estimate = terms.reduce(0) { $0 + $1.term.utf8.count + 6 + 3 * $1.pages.count }
        let shardCount = max(1, estimate / Self.shardBytes)
        var shards = Array(repeating: [(String, ArraySlice<Int>)](), count: shardCount)
        for (term, pages) in terms { shards[Self.shard(of: term, count: shardCount)].append((term, pages)) }

        var files: [OutputFile] = []
        var sizes: [Int] = []
        for (n, shard) in shards.enumerated() {
            var script = ScriptBytes()
            script.add("sitegenSearch.add(")
            script.json(language)
            script.add(",\"t\",\(n),{")
            for (i, (term, pages)) in shard.enumerated() {
                if i > 0 { script.add(",") }
                script.json(term)
                script.add(":\"")
                script.gaps(pages)
                script.add("\"")
            }
            script.add("});\n")
            sizes.append(script.bytes.count)
            files.append(OutputFile(path: "\(folder)/t\(n).js", contents: script.bytes))
        }
        let records = documents.map(\.record)
        let average = records.isEmpty ? 1 : max(1, records.reduce(0) { $0 + $1.count } / records.count)
        let perChunk = max(1, Self.chunkBytes / average)
        for start in stride(from: 0, to: records.count, by: perChunk) {
            var script = ScriptBytes()
            script.add("sitegenSearch.add(")
            script.json(language)
            script.add(",\"d\",\(start / perChunk),[\n")
            for (i, record) in records[start..<min(records.count, start + perChunk)].enumerated() {
                if i > 0 { script.add(",\n") }
                script.bytes += record
            }
            script.add("]);\n")
            files.append(OutputFile(path: "\(folder)/d\(start / perChunk).js", contents: script.bytes))
        }
        // Shard sizes let a query stay within its budget, leaving out terms whose shards would pass it.
        let meta =
            "{\"shards\":\(shardCount),\"chunk\":\(perChunk),\"docs\":\(records.count),\"sizes\":[\(sizes.map(String.init).joined(separator: ","))]}"
        var script = ScriptBytes()
        script.add("sitegenSearch.add(")
        script.json(language)
        script.add(",\"m\",0,\(meta));\n")
        files.append(OutputFile(path: "\(folder)/meta.js", contents: script.bytes))
        return files
    }

    /// Each term with the pages it occurs on (numbered in file order, so an edit keeps every
    /// other page's number), sorted by term. A page whose text is what `memory` knows it by
    /// keeps its recorded terms; the others are tokenized. Either way the result is the same.
    private func postings(_ documents: [Document]) -> [(term: String, pages: ArraySlice<Int>)] {
        let sources = memory == nil ? [] : documents.map(\.source)
        let known = memory?.known(language) ?? SearchTerms(terms: [], pages: [:])
        var tokenized: [SearchTokenizer.Key: [Int]] = [:]
        var reused: [(page: Int, ids: [UInt32])] = []
        for (id, document) in documents.enumerated() {
            if !sources.isEmpty, let entry = known.pages[document.page.file], entry.source == sources[id] {
                reused.append((id, entry.ids))
                continue
            }
            for key in SearchTokenizer.uniqueKeys(document.page.title + " " + document.text, limit: Self.termsPerPage) {
                tokenized[key, default: []].append(id)
            }
        }
        // The known terms' pages in one array, term after term: `start[t]..<start[t + 1]`.
        var start = [Int](repeating: 0, count: known.terms.count + 1)
        for (_, ids) in reused { for t in ids { start[Int(t) + 1] += 1 } }
        for t in known.terms.indices { start[t + 1] += start[t] }
        var pages = [Int](repeating: 0, count: start[known.terms.count])
        var next = start
        for (page, ids) in reused {
            for t in ids {
                pages[next[Int(t)]] = page
                next[Int(t)] += 1
            }
        }
        let added = tokenized.map { (term: $0.key.text, pages: $0.value) }.sorted { $0.term < $1.term }

        // Both lists are sorted: merged, with the pages of a term in both put back in order.
        // A known term's pages stay a slice of the one array: a language has some 100,000 terms.
        var merged: [(term: String, pages: ArraySlice<Int>)] = []
        merged.reserveCapacity(added.count + known.terms.count)
        var k = 0, a = 0
        while true {
            while k < known.terms.count, start[k] == start[k + 1] { k += 1 }
            if k == known.terms.count && a == added.count { break }
            if a == added.count || (k < known.terms.count && known.terms[k] < added[a].term) {
                merged.append((known.terms[k], pages[start[k]..<start[k + 1]]))
                k += 1
            } else if k == known.terms.count || added[a].term < known.terms[k] {
                merged.append((added[a].term, added[a].pages[...]))
                a += 1
            } else {
                merged.append((added[a].term, (pages[start[k]..<start[k + 1]] + added[a].pages).sorted()[...]))
                k += 1
                a += 1
            }
        }
        if let memory { memory.indexed(language, Self.terms(merged, documents: documents, sources: sources)) }
        return merged
    }

    /// Each page's terms as positions in `merged`, for the next build.
    private static func terms(
        _ merged: [(term: String, pages: ArraySlice<Int>)], documents: [Document], sources: [UInt64]
    ) -> SearchTerms {
        var ids = [[UInt32]](repeating: [], count: documents.count)
        for (t, entry) in merged.enumerated() {
            for page in entry.pages { ids[page].append(UInt32(t)) }
        }
        var pages: [String: SearchTerms.Page] = [:]
        pages.reserveCapacity(documents.count)
        for (i, document) in documents.enumerated() {
            pages[document.page.file] = SearchTerms.Page(source: sources[i], ids: ids[i])
        }
        return SearchTerms(terms: merged.map(\.term), pages: pages)
    }

    /// The documents of `pages`, each with its record, and its source when terms are kept:
    /// taken from `documents` when the page's title, address, section and text are what they
    /// were, made otherwise.
    private func documents(_ pages: [Page]) -> [Document] {
        let known = self.documents?.entries(language) ?? [:]
        var kept: [String: SearchDocumentMemory.Entry] = [:]
        let made = pages.map { page -> Document in
            let text = SearchText.of(page, includeCode: plan.settings.searchCode)
            let section =
                page.directory.isEmpty ? "" : plan.navigation.section(page.language, page.directory)?.title ?? ""
            let shown = SearchDocumentMemory.Shown(
                title: page.title, address: RelativeURL.link(from: "index.html", to: plan.path(of: page)),
                section: section, text: text)
            if let entry = known[page.file], entry.shown == shown {
                kept[page.file] = entry
                return Document(page: page, text: text, source: entry.source, record: entry.record)
            }
            let source = memory == nil && self.documents == nil ? 0 : SearchTerms.source(title: page.title, text: text)
            let document = Document(page: page, text: text, source: source, record: Self.record(shown))
            if self.documents != nil { kept[page.file] = .init(shown: shown, source: source, record: document.record) }
            return document
        }
        self.documents?.keep(kept, for: language)
        return made
    }

    /// `[title, address from the site root, section, excerpt]`.
    private static func record(_ shown: SearchDocumentMemory.Shown) -> [UInt8] {
        var script = ScriptBytes()
        script.add("[")
        script.json(shown.title)
        script.add(",")
        script.json(shown.address)
        script.add(",")
        script.json(shown.section)
        script.add(",")
        script.json(excerpt(shown.text))
        script.add("]")
        return script.bytes
    }

    /// The first `excerptLength` Characters of `text`. Finding Characters means finding grapheme
    /// breaks; while every scalar is one that never joins a neighbour (ASCII but CR, Latin-1
    /// and Latin letters, CJK ideographs, kana and full-width forms) each is a Character of its
    /// own, and counting scalars gives the same cut far faster, for every page of a language.
    static func excerpt(_ text: String) -> String {
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var taken = 0
        while index != scalars.endIndex {
            guard standsAlone(scalars[index]) else { return String(text.prefix(excerptLength)) }
            if taken == excerptLength { return String(scalars[..<index]) }
            taken += 1
            index = scalars.index(after: index)
        }
        return text
    }

    /// Whether a grapheme break falls on both sides of `scalar` whenever its neighbours are such scalars too.
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x20...0x7E, 0xA0...0x2FF, 0x3000...0x3029, 0x3030...0x3098, 0x309B...0x9FFF,
            0xFF01...0xFF9D:
            true
        default: false
        }
    }

    /// Terms sharing a first character (CJK) or first two letters share a shard, so a query's
    /// last, unfinished word finds its completions in the one shard it loads.
    static func shard(of term: String, count: Int) -> Int {
        var scalars = term.unicodeScalars.makeIterator()
        guard let first = scalars.next() else { return 0 }
        var hash: UInt32 = (2_166_136_261 ^ first.value) &* 16_777_619
        if !SearchTokenizer.isIdeographic(first), let second = scalars.next() {
            hash = (hash ^ second.value) &* 16_777_619
        }
        return Int(hash % UInt32(count))
    }
}

/// A script of the index as UTF-8 bytes, written piece by piece: a language's index is
/// megabytes of short strings and numbers.
struct ScriptBytes {
    var bytes: [UInt8] = []

    mutating func add(_ text: String) {
        bytes += text.utf8
    }

    /// Increasing page numbers as base-36 gaps: `3,a,1` is pages 3, 13 and 14.
    mutating func gaps(_ ids: some Collection<Int>) {
        var previous = 0
        for (i, id) in ids.enumerated() {
            if i > 0 { bytes.append(UInt8(ascii: ",")) }
            base36(id - previous)
            previous = id
        }
    }

    private mutating func base36(_ value: Int) {
        if value < 0 {
            bytes += String(value, radix: 36).utf8
            return
        }
        guard value >= 36 else {
            bytes.append(value < 10 ? UInt8(48 + value) : UInt8(87 + value))
            return
        }
        base36(value / 36)
        base36(value % 36)
    }

    /// A JSON string that is also safe inside an HTML `<script>` and in older JavaScript.
    mutating func json(_ text: String) {
        JSONText.appendString(text, to: &bytes, scriptSafe: true)
    }

}
