import GFM

/// Escapes text for XML content and attribute values (sitemap, feeds).
enum XMLText {
    /// HTML's escaping, without the control characters XML 1.0 forbids outright.
    static func escape(_ text: String) -> String {
        let allowed = text.unicodeScalars.allSatisfy { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        if allowed { return HTMLEscaping.escape(text) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        return HTMLEscaping.escape(String(kept))
    }
}
