import TextKit

/// Link and image destinations made safe for pages.
public enum SafeURL {
    /// A link destination made safe for an `href`: dangerous schemes become empty, and characters
    /// outside URLs are percent-encoded (existing `%XX` escapes are kept).
    public static func href(_ url: String, isImage: Bool = false) -> String {
        if isDangerous(url, isImage: isImage) { return "" }
        var out = ""
        for byte in url.utf8 {
            if isURLSafe(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + hex(byte)
            }
        }
        return MarkupEscaping.escape(out)
    }

    private static func isDangerous(_ url: String, isImage: Bool) -> Bool {
        let lowered = String(url.drop { $0 == " " || $0 == "\t" }.prefix(16)).lowercased()
        let safeImageData = ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"]
        if lowered.hasPrefix("data:") { return !(isImage && safeImageData.contains { lowered.hasPrefix($0) }) }
        return ["javascript:", "vbscript:", "file:"].contains { lowered.hasPrefix($0) }
    }

    private static func isURLSafe(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"):
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
