/// The URL segment of a taxonomy term: lower-case, spaces as `-`, CJK kept as it is (as page
/// slugs keep it), and nothing that could leave the folder or break a link.
public enum TermSlug {
    public static func make(_ term: String) -> String {
        var out = ""
        var pendingDash = false
        for scalar in term.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace || scalar == "_" || scalar == "-" || scalar == "." {
                pendingDash = !out.isEmpty
                continue
            }
            if scalar.value < 0x20 || scalar.value == 0x7F || "/\\?#%\"'<>&|*:`".unicodeScalars.contains(scalar) {
                continue
            }
            if pendingDash { out += "-" }
            pendingDash = false
            out.unicodeScalars.append(scalar)
        }
        if out.isEmpty {
            // A term of punctuation alone still needs a folder of its own; its hash keeps it stable.
            var hash: UInt32 = 2_166_136_261
            for byte in term.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
            return "term-" + String(hash, radix: 16)
        }
        return out
    }
}
