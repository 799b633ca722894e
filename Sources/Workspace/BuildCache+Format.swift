import Content
import Foundation
import TextKit

/// The cache as a text file: one record a line, fields separated by tabs, with `\`, tab and
/// line breaks escaped. Every rebuild reads all of it, so it is read straight from its bytes
/// rather than decoded as JSON through Foundation, and it stays readable when a cache needs
/// looking into.
extension BuildCache {
    static let header = "sitegen-cache 3"

    /// The whole cache: the header and one block.
    func encoded() -> [UInt8] {
        var out = Writer()
        out.bytes.reserveCapacity(200 * (pages.count + outputs.count))
        out.line([Self.header])
        let start = out.bytes.count
        out.line(["fingerprint", fingerprint.hex])
        out.line(["token", token])
        for (path, hash) in outputs.sorted(by: { $0.key < $1.key }) { out.output(path, hash) }
        for (_, p) in pages.sorted(by: { $0.key < $1.key }) { out.page(p) }
        out.end(blockStart: start)
        return out.bytes
    }

    /// Appends tab-separated records, escaping `\`, tab and line breaks in each field.
    /// Written into one byte buffer rather than joined from strings: a rebuild writes a line per
    /// changed page and a full build one per page, and each joined field would be a new string.
    struct Writer {
        var bytes: [UInt8] = []

        /// A page's record and its diagnostics, one line each.
        mutating func page(_ p: Page) {
            let s = p.summary
            let date = s.date.map { "\($0.year),\($0.month),\($0.day),\($0.hour),\($0.minute),\($0.second)" } ?? "-"
            line([
                "page", s.file, String(p.stamp.size), String(p.stamp.seconds), String(p.stamp.nanoseconds), p.hash.hex,
                p.renderKey.hex, s.language, s.translationKey, s.directory, s.slug, s.title, date,
                BuildCache.optional(s.summary), s.draft ? "1" : "0", String(p.figures),
                BuildCache.optional(s.weight.map(String.init)),
                s.terms.map { "\($0.taxonomy)\u{1F}\($0.term)" }.joined(separator: "\u{1E}"),
                s.searchText, p.navigationKey.hex,
            ])
            for (kind, list) in [("finding", p.findings), ("load", p.loadNotes), ("render", p.renderNotes)] {
                for d in list {
                    line([
                        kind, d.severity.rawValue, d.rule, d.message, d.location.file, String(d.location.line),
                        String(d.location.column), BuildCache.optional(d.stated), BuildCache.optional(d.computed),
                        String(d.length),
                    ])
                }
            }
        }

        /// Closes a block with its length, so a block cut short by a crash is never taken for whole.
        mutating func end(blockStart: Int) {
            line(["end", String(bytes.count - blockStart)])
        }

        mutating func line(_ fields: [String]) {
            for (i, field) in fields.enumerated() {
                if i > 0 { bytes.append(0x09) }
                append(field)
            }
            bytes.append(0x0A)
        }

        /// `out`, the hash in 16 hex digits, the path: half the lines of a cache.
        mutating func output(_ path: String, _ hash: ContentHash) {
            bytes += "out\t".utf8
            let digits = Array("0123456789abcdef".utf8)
            for shift in stride(from: 60, through: 0, by: -4) {
                bytes.append(digits[Int((hash.value >> UInt64(shift)) & 0xF)])
            }
            bytes.append(0x09)
            append(path)
            bytes.append(0x0A)
        }

        private mutating func append(_ field: String) {
            let utf8 = field.utf8
            guard utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else {
                bytes += utf8
                return
            }
            for byte in utf8 {
                switch byte {
                case 0x5C: bytes += [0x5C, 0x5C]
                case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
                case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
                case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
                default: bytes.append(byte)
                }
            }
        }
    }

    /// The cache, or nil when the text is not one this version wrote or a block is incomplete.
    /// Blocks after the first are changes appended by later builds and are applied in order.
    /// Read by bytes, its lines found with `memchr`: its separators are ASCII, and splitting the
    /// whole cache by Characters, or even byte by byte, would spend on finding lines what
    /// reusing the cache saves.
    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        let all = bytes[...]
        guard let headerEnd = all.position(of: 0x0A), all[..<headerEnd].elementsEqual(header.utf8) else { return nil }
        var reader = Reader(blockStart: headerEnd + 1)
        // Nearly every line is a page (a kilobyte or two, most of it search text) or an output
        // (some sixty bytes), with one or two outputs a page.
        let estimate = bytes.count / 2_000
        reader.cache.pages.reserveCapacity(estimate)
        reader.cache.outputs.reserveCapacity(2 * estimate)
        var start = headerEnd + 1
        while start < bytes.count {
            let end = all[start...].position(of: 0x0A) ?? bytes.count
            if end > start {
                guard reader.read(all[start..<end]) else { return nil }
            }
            start = end + 1
        }
        reader.finishPage()
        guard reader.closed, let firstBlockEnd = reader.firstBlockEnd else { return nil }
        reader.cache.storedSize = bytes.count
        reader.cache.appendedSize = bytes.count - min(firstBlockEnd, bytes.count)
        return reader.cache
    }

    /// The cache as its lines are read in turn: the page being read, whose diagnostics follow
    /// it, and where the current block started.
    private struct Reader {
        var cache = BuildCache(fingerprint: ContentHash(), token: "")
        var current: Page?
        var blockStart: Int
        /// Whether the last line read closed a block.
        var closed = false
        var firstBlockEnd: Int?

        init(blockStart: Int) { self.blockStart = blockStart }

        mutating func finishPage() {
            if let page = current { cache.set(page) }
            current = nil
        }

        /// Reads one line; false when it is not one this version wrote.
        mutating func read(_ line: ArraySlice<UInt8>) -> Bool {
            closed = false
            // Output and page lines, nearly all of a cache, are read without splitting into strings.
            if line.starts(with: "out\t".utf8) {
                guard let (path, hash) = outputLine(line) else { return false }
                cache.outputs[path] = hash
                return true
            }
            if line.starts(with: "page\t".utf8) {
                finishPage()
                current = page(line)
                return current != nil
            }
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false).map { field in
                field.holds(0x5C)
                    ? unescape(String(decoding: field, as: UTF8.self)) : String(decoding: field, as: UTF8.self)
            }
            if ["finding", "load", "render"].contains(f.first) { return readNote(f) }
            finishPage()
            return readControl(f, line: line)
        }

        /// A finding or note of the page being read.
        private mutating func readNote(_ f: [String]) -> Bool {
            guard f.count == 10, current != nil, let severity = Diagnostic.Severity(rawValue: f[1]),
                let line = Int(f[5]), let column = Int(f[6]), let length = Int(f[9])
            else { return false }
            let d = Diagnostic(
                severity, rule: f[2], f[3], at: SourceLocation(file: f[4], line: line, column: column),
                stated: optional(f[7]), computed: optional(f[8]), length: length)
            switch f[0] {
            case "finding": current!.findings.append(d)
            case "load": current!.loadNotes.append(d)
            default: current!.renderNotes.append(d)
            }
            return true
        }

        /// The fingerprint, the token, a dropped page or output, or the end of a block.
        private mutating func readControl(_ f: [String], line: ArraySlice<UInt8>) -> Bool {
            guard f.count == 2 else { return false }
            switch f[0] {
            case "fingerprint":
                guard let h = hash(f[1]) else { return false }
                cache.fingerprint = h
            case "token": cache.token = f[1]
            case "drop": cache.drop(f[1])
            case "drop-out": cache.outputs[f[1]] = nil
            case "end":
                guard Int(f[1]) == line.startIndex - blockStart else { return false }
                if firstBlockEnd == nil { firstBlockEnd = line.endIndex + 1 }
                blockStart = line.endIndex + 1
                closed = true
            default: return false
            }
            return true
        }
    }

    /// A `page` line as a page without diagnostics; nil when it is not one.
    private static func page(_ line: ArraySlice<UInt8>) -> Page? {
        var f = CacheFields(line)
        _ = f.raw()
        let file = f.text()
        let stamp = FileStamp(size: Int64(f.int()), seconds: f.int(), nanoseconds: f.int())
        let hash = f.hash(), renderKey = f.hash()
        let language = f.text(), translationKey = f.text(), directory = f.text(), slug = f.text(), title = f.text()
        var date: PageDate?
        let dateField = f.raw()
        if dateField != [UInt8(ascii: "-")] {
            var parts = CacheFields(dateField, separator: UInt8(ascii: ","))
            date = PageDate(
                year: parts.int(), month: parts.int(), day: parts.int(), hour: parts.int(), minute: parts.int(),
                second: parts.int())
            guard parts.finished else { return nil }
        }
        let summary = f.optionalText()
        let draft = f.raw() == [UInt8(ascii: "1")]
        let figures = f.int()
        let weight = f.optionalText().flatMap { Int($0) }
        let termsField = f.raw()
        let terms: [PageSummary.Term] =
            termsField.isEmpty
            ? []
            : termsField.split(separator: 0x1E, omittingEmptySubsequences: false).map { pair in
                guard let cut = pair.position(of: 0x1F) else { return PageSummary.Term(taxonomy: text(pair), term: "") }
                return PageSummary.Term(taxonomy: text(pair[..<cut]), term: text(pair[(cut + 1)...]))
            }
        // Decoded only if its language's search index is rebuilt; an escaped one is decoded now.
        let searchBytes = f.raw()
        let searchText = searchBytes.holds(0x5C) ? RecordedText(text(searchBytes)) : RecordedText(utf8: searchBytes)
        let navigationKey = f.hash()
        guard f.finished else { return nil }
        let pageSummary = PageSummary(
            file: file, language: language, translationKey: translationKey, directory: directory, slug: slug,
            title: title, date: date, summary: summary, draft: draft, weight: weight, terms: terms,
            recordedSearchText: searchText)
        return Page(
            stamp: stamp, hash: hash, renderKey: renderKey, summary: pageSummary, navigationKey: navigationKey,
            figures: figures,
            findings: [], loadNotes: [], renderNotes: [])
    }

    /// `out`, tab, 16 hex digits, tab, path: an output file's hash; nil when the line is not that.
    private static func outputLine(_ line: ArraySlice<UInt8>) -> (String, ContentHash)? {
        let start = line.startIndex
        guard line.count > 21, line[start] == UInt8(ascii: "o"), line[start + 1] == UInt8(ascii: "u"),
            line[start + 2] == UInt8(ascii: "t"), line[start + 3] == 0x09, line[start + 20] == 0x09
        else { return nil }
        guard let value = CacheFields.hex(line[(start + 4)..<(start + 20)]) else { return nil }
        let path = line[(start + 21)...]
        let text = String(decoding: path, as: UTF8.self)
        return (path.holds(0x5C) ? unescape(text) : text, ContentHash(value: value))
    }

    /// A field's text, unescaped.
    private static func text(_ field: ArraySlice<UInt8>) -> String {
        let text = String(decoding: field, as: UTF8.self)
        return field.holds(0x5C) ? unescape(text) : text
    }

    private static func hash(_ hex: String) -> ContentHash? {
        var fields = CacheFields(ArraySlice(hex.utf8))
        let hash = fields.hash()
        return fields.finished ? hash : nil
    }

    static func optional(_ s: String?) -> String { s.map { "+" + $0 } ?? "-" }
    private static func optional(_ s: String) -> String? { s.hasPrefix("+") ? String(s.dropFirst()) : nil }

    static func unescape(_ s: String) -> String {
        guard s.utf8.contains(0x5C) else { return s }
        var out = ""
        var escaping = false
        for c in s.unicodeScalars {
            if escaping {
                switch c {
                case "t": out += "\t"
                case "n": out += "\n"
                case "r": out += "\r"
                default: out.unicodeScalars.append(c)
                }
                escaping = false
            } else if c == "\\" {
                escaping = true
            } else {
                out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
