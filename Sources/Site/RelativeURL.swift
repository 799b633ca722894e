/// Builds the relative, percent-encoded links between output files that make `Output/`
/// browsable from disk and from any sub-path of a server.
public enum RelativeURL {
    /// The link from the file at `from` to the file at `to`, both paths below the output folder.
    /// Made in bytes: a slash is one byte, and every link of every page is made here.
    public static func link(from: String, to: String) -> String {
        var from = from, to = to
        return from.withUTF8 { from in to.withUTF8 { to in link(from, to) } }
    }

    private static func link(_ from: UnsafeBufferPointer<UInt8>, _ to: UnsafeBufferPointer<UInt8>) -> String {
        let fromDir = segments(of: from).dropLast()
        let target = segments(of: to)
        var common = 0
        while common < fromDir.count, common < target.count - 1,
            from[fromDir[common]].elementsEqual(to[target[common]])
        {
            common += 1
        }
        var out: [UInt8] = []
        out.reserveCapacity(3 * (fromDir.count - common) + to.count)
        for _ in common..<fromDir.count {
            if !out.isEmpty { out.append(slash) }
            out += [UInt8(ascii: "."), UInt8(ascii: ".")]
        }
        for segment in target[common...] {
            if !out.isEmpty { out.append(slash) }
            appendEncoded(to[segment], to: &out)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The non-empty runs between slashes, as `split` gives them.
    private static func segments(of path: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var segments: [Range<Int>] = []
        var start = 0
        for i in 0...path.count where i == path.count || path[i] == slash {
            if i > start { segments.append(start..<i) }
            start = i + 1
        }
        return segments
    }

    private static let hex = Array("0123456789ABCDEF".utf8)

    /// `encodeSegment`, in bytes.
    private static func appendEncoded(_ segment: Slice<UnsafeBufferPointer<UInt8>>, to out: inout [UInt8]) {
        for byte in segment {
            if isUnreserved(byte) {
                out.append(byte)
            } else {
                out += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
            }
        }
    }

    private static let slash = UInt8(ascii: "/")

    /// The prefix that leads from the file at `path` to the output folder's root (`../../`).
    public static func rootPrefix(of path: String) -> String {
        String(repeating: "../", count: max(0, path.utf8.split(separator: slash).count - 1))
    }

    /// Percent-encodes one path segment, keeping CJK meaning intact (`日本` → `%E6%97%A5%E6%9C%AC`).
    public static func encodeSegment(_ segment: String) -> String {
        if segment.utf8.allSatisfy(isUnreserved) { return segment }
        var out = ""
        for byte in segment.utf8 {
            if isUnreserved(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }

    /// RFC 3986's unreserved characters, which a path segment keeps as they are.
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
            UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// An absolute URL below `base` (which ends in `/`) for an output path; `index.html` becomes `/`.
    public static func absolute(base: String, path: String) -> String {
        var path = path
        return path.withUTF8 { path in
            var segments = self.segments(of: path)
            let isIndex = segments.last.map { path[$0].elementsEqual("index.html".utf8) } ?? false
            if isIndex { segments.removeLast() }
            var out = Array(base.utf8)
            out.reserveCapacity(out.count + path.count)
            for (i, segment) in segments.enumerated() {
                if i > 0 { out.append(slash) }
                appendEncoded(path[segment], to: &out)
            }
            if isIndex && !segments.isEmpty { out.append(slash) }
            return String(decoding: out, as: UTF8.self)
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
