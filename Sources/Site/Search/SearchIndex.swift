import Content

/// One language's search index as classic scripts, so it loads from `file://` where `fetch`
/// cannot: a small `meta.js`, term shards (`t<n>.js`, each term's pages) and document chunks
/// (`d<n>.js`, title, address, section and excerpt). A query loads the shards of its terms and
/// the chunks of the results it shows, never the whole index.
struct SearchIndex {
    let plan: SitePlan
    let language: String
    /// Terms an earlier build indexed, so unchanged pages are not tokenized again.
    var memory: SearchTermMemory?

    /// Sizes that keep a page's share of the index under 3 KB and a query's loads under 200 KB.
    static let termsPerPage = 1_000
    static let excerptLength = 160
    static let shardBytes = 12_000
    static let chunkBytes = 6_000

    struct Document {
        var page: Page
        var text: String
    }

    func files() -> [OutputFile] {
        let folder = plan.searchFolder(language)
        let documents = plan.content.pages.filter { $0.language == language && !$0.isSectionIndex }
            .map { Document(page: $0, text: SearchText.of($0, includeCode: plan.settings.searchCode)) }
        let terms = postings(documents)
        let estimate = terms.reduce(0) { $0 + $1.term.utf8.count + 6 + 3 * $1.pages.count }
        let shardCount = max(1, estimate / Self.shardBytes)
        var shards = Array(repeating: [(String, [Int])](), count: shardCount)
        for (term, pages) in terms { shards[Self.shard(of: term, count: shardCount)].append((term, pages)) }

        var files: [OutputFile] = []
        var sizes: [Int] = []
        for (n, shard) in shards.enumerated() {
            let body = shard.map { "\(Self.json($0.0)):\"\(Self.encode($0.1))\"" }.joined(separator: ",")
            let file = OutputFile(path: "\(folder)/t\(n).js", text: "sitegenSearch.add(\(Self.json(language)),\"t\",\(n),{\(body)});\n")
            sizes.append(file.contents.count)
            files.append(file)
        }
        let records = documents.map(record)
        let average = records.isEmpty ? 1 : max(1, records.reduce(0) { $0 + $1.utf8.count } / records.count)
        let perChunk = max(1, Self.chunkBytes / average)
        for start in stride(from: 0, to: records.count, by: perChunk) {
            let chunk = records[start..<min(records.count, start + perChunk)].joined(separator: ",\n")
            files.append(OutputFile(path: "\(folder)/d\(start / perChunk).js",
                                    text: "sitegenSearch.add(\(Self.json(language)),\"d\",\(start / perChunk),[\n\(chunk)]);\n"))
        }
        // Shard sizes let a query stay within its budget, leaving out terms whose shards would pass it.
        let meta = "{\"shards\":\(shardCount),\"chunk\":\(perChunk),\"docs\":\(records.count),\"sizes\":[\(sizes.map(String.init).joined(separator: ","))]}"
        files.append(OutputFile(path: "\(folder)/meta.js", text: "sitegenSearch.add(\(Self.json(language)),\"m\",0,\(meta));\n"))
        return files
    }

    /// Each term with the pages it occurs on (numbered in file order, so an edit keeps every
    /// other page's number), sorted by term. A page whose text is what `memory` knows it by
    /// keeps its recorded terms; the others are tokenized. Either way the result is the same.
    private func postings(_ documents: [Document]) -> [(term: String, pages: [Int])] {
        let inputs = documents.map { $0.page.title + " " + $0.text }
        let sources = memory == nil ? [] : inputs.map(SearchTerms.source)
        let known = memory?.known(language) ?? SearchTerms(terms: [], pages: [:])
        var tokenized: [SearchTokenizer.Key: [Int]] = [:]
        var reused: [(page: Int, ids: [UInt32])] = []
        for (id, input) in inputs.enumerated() {
            if !sources.isEmpty, let entry = known.pages[documents[id].page.file], entry.source == sources[id] {
                reused.append((id, entry.ids))
                continue
            }
            for key in SearchTokenizer.uniqueKeys(input, limit: Self.termsPerPage) {
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
        var merged: [(term: String, pages: [Int])] = []
        merged.reserveCapacity(added.count + known.terms.count)
        var k = 0, a = 0
        while true {
            while k < known.terms.count, start[k] == start[k + 1] { k += 1 }
            if k == known.terms.count && a == added.count { break }
            if a == added.count || (k < known.terms.count && known.terms[k] < added[a].term) {
                merged.append((known.terms[k], Array(pages[start[k]..<start[k + 1]])))
                k += 1
            } else if k == known.terms.count || added[a].term < known.terms[k] {
                merged.append(added[a])
                a += 1
            } else {
                merged.append((added[a].term, (pages[start[k]..<start[k + 1]] + added[a].pages).sorted()))
                k += 1
                a += 1
            }
        }
        if let memory { memory.indexed(language, Self.terms(merged, documents: documents, sources: sources)) }
        return merged
    }

    /// Each page's terms as positions in `merged`, for the next build.
    private static func terms(_ merged: [(term: String, pages: [Int])], documents: [Document], sources: [UInt64]) -> SearchTerms {
        var ids = [[UInt32]](repeating: [], count: documents.count)
        for (t, entry) in merged.enumerated() {
            for page in entry.pages { ids[page].append(UInt32(t)) }
        }
        var pages: [String: SearchTerms.Page] = [:]
        pages.reserveCapacity(documents.count)
        for (i, document) in documents.enumerated() { pages[document.page.file] = SearchTerms.Page(source: sources[i], ids: ids[i]) }
        return SearchTerms(terms: merged.map(\.term), pages: pages)
    }

    /// `[title, address from the site root, section, excerpt]`.
    private func record(_ document: Document) -> String {
        let page = document.page
        let section = page.directory.isEmpty ? "" : plan.navigation.section(page.language, page.directory)?.title ?? ""
        let address = RelativeURL.link(from: "index.html", to: plan.path(of: page))
        let excerpt = String(document.text.prefix(Self.excerptLength))
        return "[\([page.title, address, section, excerpt].map(Self.json).joined(separator: ","))]"
    }

    /// Terms sharing a first character (CJK) or first two letters share a shard, so a query's
    /// last, unfinished word finds its completions in the one shard it loads.
    static func shard(of term: String, count: Int) -> Int {
        let scalars = Array(term.unicodeScalars)
        let key = SearchTokenizer.isIdeographic(scalars[0]) ? scalars.prefix(1) : scalars.prefix(2)
        var hash: UInt32 = 2_166_136_261
        for scalar in key { hash = (hash ^ scalar.value) &* 16_777_619 }
        return Int(hash % UInt32(count))
    }

    /// Increasing page numbers as base-36 gaps: `3,a,1` is pages 3, 13 and 14.
    static func encode(_ ids: [Int]) -> String {
        var previous = 0
        return ids.map { id in
            defer { previous = id }
            return String(id - previous, radix: 36)
        }.joined(separator: ",")
    }

    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
