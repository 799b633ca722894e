import GFM

/// Escapes text for XML content and attribute values (sitemap, feeds).
enum XMLText {
    /// HTML's escaping, without the control characters XML 1.0 forbids outright.
    static func escape(_ text: String) -> String {
        // The forbidden controls are single bytes in UTF-8, so bytes are enough to find them.
        let allowed = text.utf8.allSatisfy { $0 >= 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        if allowed { return HTMLEscaping.escape(text) }
        var kept = String.UnicodeScalarView()
        kept.append(contentsOf: text.unicodeScalars.filter { $0.value >= 0x20 || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        return HTMLEscaping.escape(String(kept))
    }
}
