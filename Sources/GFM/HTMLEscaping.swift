/// HTML and URL escaping shared by everything that writes HTML from Markdown.
public enum HTMLEscaping {
    /// Escapes text for an element's content or a double-quoted attribute value.
    public static func escape(_ text: some StringProtocol) -> String {
        let original = String(text)
        var bytes = original
        // Byte by byte: the five characters are ASCII, and most text has none of them.
        return bytes.withUTF8 { utf8 in
            guard utf8.contains(where: isSpecial) else { return original }
            var out: [UInt8] = []
            out.reserveCapacity(utf8.count + 16)
            for byte in utf8 {
                switch byte {
                case UInt8(ascii: "&"): out += "&amp;".utf8
                case UInt8(ascii: "<"): out += "&lt;".utf8
                case UInt8(ascii: ">"): out += "&gt;".utf8
                case UInt8(ascii: "\""): out += "&quot;".utf8
                case UInt8(ascii: "'"): out += "&#39;".utf8
                default: out.append(byte)
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// A link destination made safe for an `href`: dangerous schemes become empty, and characters
    /// outside URLs are percent-encoded (existing `%XX` escapes are kept).
    public static func safeURL(_ url: String, isImage: Bool = false) -> String {
        if isDangerous(url, isImage: isImage) { return "" }
        var out = ""
        for byte in url.utf8 {
            if isURLSafe(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte)
            }
        }
        return escape(out)
    }

    private static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        let lowered = String(url.drop { $0 == " " || $0 == "\t" }.prefix(16)).lowercased()
        let safeImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if lowered.hasPrefix("data:") { return !(isImage && safeImageData.contains { lowered.hasPrefix($0) }) }
        return ["javascript:", "vbscript:", "file:"].contains { lowered.hasPrefix($0) }
    }

    private static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return "-_.~!*'();:@&=+$,/?#[]%".utf8.contains(byte)
        }
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: [digits[Int(byte >> 4)], digits[Int(byte & 0xF)]], as: UTF8.self)
    }
}
