import Content
import Foundation

/// The cache as a text file: one record a line, fields separated by tabs, with `\`, tab and
/// line breaks escaped. Faster to read than JSON through Foundation (10,000 pages in a few
/// milliseconds) and still readable when a cache needs looking into.
extension BuildCache {
    static let header = "sitegen-cache 1"

    func encoded() -> [UInt8] {
        // Written into one byte buffer: joining strings field by field cost a fifth of a
        // one-edit rebuild.
        var out = Writer()
        out.bytes.reserveCapacity(200 * (pages.count + outputs.count))
        out.line([Self.header])
        out.line(["fingerprint", fingerprint.hex])
        out.line(["token", token])
        for (path, hash) in outputs.sorted(by: { $0.key < $1.key }) { out.output(path, hash) }
        for (_, p) in pages.sorted(by: { $0.key < $1.key }) {
            let date = p.date.map { "\($0.year),\($0.month),\($0.day),\($0.hour),\($0.minute),\($0.second)" } ?? "-"
            out.line(["page", p.file, String(p.stamp.size), String(p.stamp.seconds), String(p.stamp.nanoseconds), p.hash.hex,
                      p.renderKey.hex, p.language, p.translationKey, p.directory, p.slug, p.title, date,
                      Self.optional(p.summary), p.draft ? "1" : "0", String(p.figures)])
            for (kind, list) in [("finding", p.findings), ("load", p.loadNotes), ("render", p.renderNotes)] {
                for d in list {
                    out.line([kind, d.severity.rawValue, d.rule, d.message, d.location.file, String(d.location.line),
                              String(d.location.column), Self.optional(d.stated), Self.optional(d.expected), String(d.length)])
                }
            }
        }
        return out.bytes
    }

    /// Appends tab-separated records, escaping `\`, tab and line breaks in each field.
    private struct Writer {
        var bytes: [UInt8] = []

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
            for shift in stride(from: 60, through: 0, by: -4) { bytes.append(digits[Int((hash.value >> UInt64(shift)) & 0xF)]) }
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

    /// The cache, or nil when the text is not one this version wrote.
    /// Split by bytes: splitting a few megabytes by Characters would cost more than the build saves.
    static func decode(_ bytes: [UInt8]) -> BuildCache? {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: true)[...]
        guard let first = lines.popFirst(), String(decoding: first, as: UTF8.self) == header else { return nil }
        var cache = BuildCache(fingerprint: ContentHash(), token: "")
        cache.pages.reserveCapacity(lines.count / 2)
        cache.outputs.reserveCapacity(lines.count / 2)
        var current: Page?
        func finish() {
            if let page = current { cache.pages[page.file] = page }
            current = nil
        }
        for line in lines {
            // Half the lines are output hashes: read without splitting into fields.
            if line.starts(with: "out\t".utf8) {
                guard let (path, hash) = outputLine(line) else { return nil }
                cache.outputs[path] = hash
                continue
            }
            let f = line.split(separator: 0x09, omittingEmptySubsequences: false).map { field in
                field.contains(0x5C) ? unescape(String(decoding: field, as: UTF8.self)) : String(decoding: field, as: UTF8.self)
            }
            switch f.first {
            case "fingerprint": guard f.count == 2, let h = hash(f[1]) else { return nil }; cache.fingerprint = h
            case "token": guard f.count == 2 else { return nil }; cache.token = f[1]
            case "page":
                finish()
                guard f.count == 16, let size = Int64(f[2]), let seconds = Int(f[3]), let nanos = Int(f[4]),
                      let h = hash(f[5]), let key = hash(f[6]), let figures = Int(f[15]) else { return nil }
                var date: PageDate?
                if f[12] != "-" {
                    let n = f[12].split(separator: ",").compactMap { Int($0) }
                    guard n.count == 6 else { return nil }
                    date = PageDate(year: n[0], month: n[1], day: n[2], hour: n[3], minute: n[4], second: n[5])
                }
                current = Page(file: f[1], stamp: FileStamp(size: size, seconds: seconds, nanoseconds: nanos), hash: h, renderKey: key,
                               language: f[7], translationKey: f[8], directory: f[9], slug: f[10], title: f[11], date: date,
                               summary: optional(f[13]), draft: f[14] == "1", figures: figures, findings: [], loadNotes: [], renderNotes: [])
            case "finding", "load", "render":
                guard f.count == 10, current != nil, let severity = Diagnostic.Severity(rawValue: f[1]),
                      let line = Int(f[5]), let column = Int(f[6]), let length = Int(f[9]) else { return nil }
                let d = Diagnostic(severity, rule: f[2], f[3], at: SourceLocation(file: f[4], line: line, column: column),
                                   stated: optional(f[7]), expected: optional(f[8]), length: length)
                switch f[0] {
                case "finding": current!.findings.append(d)
                case "load": current!.loadNotes.append(d)
                default: current!.renderNotes.append(d)
                }
            default:
                return nil
            }
        }
        finish()
        return cache
    }

    /// `out`, tab, 16 hex digits, tab, path: an output file's hash; nil when the line is not that.
    private static func outputLine(_ line: ArraySlice<UInt8>) -> (String, ContentHash)? {
        let start = line.startIndex
        guard line.count > 21, line[start] == UInt8(ascii: "o"), line[start + 1] == UInt8(ascii: "u"),
              line[start + 2] == UInt8(ascii: "t"), line[start + 3] == 0x09, line[start + 20] == 0x09 else { return nil }
        var value: UInt64 = 0
        for byte in line[(start + 4)..<(start + 20)] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            value = value << 4 | UInt64(digit)
        }
        let path = line[(start + 21)...]
        let text = String(decoding: path, as: UTF8.self)
        return (path.contains(0x5C) ? unescape(text) : text, ContentHash(value: value))
    }

    private static func hash(_ hex: String) -> ContentHash? {
        guard let value = UInt64(hex, radix: 16) else { return nil }
        return ContentHash(value: value)
    }

    private static func optional(_ s: String?) -> String { s.map { "+" + $0 } ?? "-" }
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
