/// A request path checked and turned into a path inside the site, or refused.
///
/// Checks run on the *decoded* path, so `%2e%2e`, `%2f` and `%5c` are seen for what they are:
/// any `.` or `..` segment, empty segment, backslash, NUL or control character, and anything not
/// starting with `/` is refused. Percent-encoded bytes must form UTF-8 (`/ja/%E6%97%A5%E6%9C%AC/`).
/// The site itself is a dictionary of output paths, so even an accepted path names a built file
/// or nothing: nothing on disk is ever opened by a request.
struct RequestPath: Equatable {
    /// The path below the site's root, without leading slash (`ja/日本/index.html`, `""` for the root).
    var key: String
    /// Whether the request ended in `/`, asking for a folder's `index.html`.
    var isFolder: Bool

    init?(raw: String) {
        guard let decoded = Self.percentDecoded(raw), decoded.first == "/" else { return nil }
        guard !decoded.unicodeScalars.contains(where: { $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F }) else {
            return nil
        }
        var segments = decoded.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        isFolder = segments.last == ""
        if isFolder { segments.removeLast() }
        guard segments.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        key = segments.joined(separator: "/")
    }

    /// The file to look up: the path itself, or the folder's `index.html`.
    var fileKey: String { isFolder ? (key.isEmpty ? "index.html" : key + "/index.html") : key }

    /// `%XX` escapes decoded into bytes that must form valid UTF-8; nil for a malformed escape.
    static func percentDecoded(_ raw: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.utf8.count)
        var iterator = raw.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else { bytes.append(byte); continue }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else {
                return nil
            }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}
