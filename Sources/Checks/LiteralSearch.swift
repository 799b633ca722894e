extension StringProtocol {
    /// Whether `needle` occurs in the text, comparing UTF-8 bytes.
    ///
    /// Foundation's `contains` bridges to NSString and runs a locale-aware search: on a site of
    /// 10,000 pages the total-row and header lookups spent a quarter of `check` there. Labels and
    /// headers come from one file and are compared as written, so bytes are enough. An empty
    /// needle is not found, as with Foundation.
    func containsLiteral(_ needle: some StringProtocol) -> Bool {
        var haystack = String(self)
        var needle = String(needle)
        guard !needle.isEmpty, needle.utf8.count <= haystack.utf8.count else { return false }
        return haystack.withUTF8 { h in
            needle.withUTF8 { n in
                let first = n[0], last = h.count - n.count
                var i = 0
                while i <= last {
                    if h[i] == first {
                        var j = 1
                        while j < n.count, h[i + j] == n[j] { j += 1 }
                        if j == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }
}
