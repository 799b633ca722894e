/// Sentences with named gaps, as the language files write them: `{figures} figures checked`.
public enum TextPattern {
    /// `pattern` with each `{key}` of `values` replaced, in one pass, so a value that itself
    /// holds braces (a column named `{x}`) is never filled again; other braces stay as written.
    public static func fill(_ pattern: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                out += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            out += value
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
