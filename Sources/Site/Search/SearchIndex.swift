import Content

/// One language's search index as classic scripts, so it loads from `file://` where `fetch`
/// cannot: a small `meta.js`, term shards (`t<n>.js`, each term's pages) and document chunks
/// (`d<n>.js`, title, address, section and excerpt). A query loads the shards of its terms and
/// the chunks of the results it shows, never the whole index.
struct SearchIndex {
    let plan: SitePlan
    let language: String

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
        // Pages are numbered in file order, so an edit keeps every other page's number.
        var postings: [SearchTokenizer.Key: [Int]] = [:]
        for (id, document) in documents.enumerated() {
            for key in SearchTokenizer.uniqueKeys(document.page.title + " " + document.text, limit: Self.termsPerPage) {
                postings[key, default: []].append(id)
            }
        }
        let terms = postings.map { (term: $0.key.text, pages: $0.value) }.sorted { $0.term < $1.term }
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
