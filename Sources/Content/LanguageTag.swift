/// Checks and compares BCP 47 language tags such as `zh`, `zh-Hans` or `fr-CA`.
public enum LanguageTag {
    /// A primary subtag of 2–3 letters, then subtags of 1–8 letters or digits.
    public static func isValid(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else {
            return false
        }
        return parts.dropFirst().allSatisfy {
            (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
        }
    }

    /// The language suffix of a file name such as `report.fr.md` (`fr`), if it has one.
    public static func suffix(ofFileName name: String) -> (stem: String, language: String)? {
        var parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 3 else { return nil }
        parts.removeLast()
        let candidate = parts.removeLast()
        guard isValid(candidate) else { return nil }
        return (parts.joined(separator: "."), candidate)
    }
}
