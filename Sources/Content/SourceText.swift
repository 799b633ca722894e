/// Finds lines of a file's text the way the parsers count them: "\r\n", "\r" and "\n" each end one.
public enum SourceText {
    /// The 1-based line `number` of `text`, without its line break; nil when there is no such line.
    public static func line(_ number: Int, in text: String) -> Substring? {
        guard number > 0 else { return nil }
        var current = 1
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if current == number { return line }
            current += 1
        }
        return nil
    }
}
