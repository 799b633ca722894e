/// What a `slug` may contain: one path segment, so no slug can place a page outside its folder.
public enum SlugRules {
    /// Why `slug` is unusable, or nil when it is fine.
    public static func problem(with slug: String) -> String? {
        if slug.isEmpty { return "a slug cannot be empty" }
        if slug == "." || slug == ".." || slug.contains("/") || slug.contains("\\") {
            return "'\(slug)' is not a single path segment; a slug cannot contain '/', '\\' or be '..'"
        }
        if slug.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
            return "a slug cannot contain control characters"
        }
        return nil
    }
}
