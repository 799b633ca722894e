/// Finds lines of a file's text the way the parsers count them: "\r\n", "\r" and "\n" each end one.
public enum SourceText {
    /// The 1-based line `number` of `text`, without its line break; nil when there is no such line.
    public static func line(_ number: Int, in text: String) -> Substring? {
        let lines = SourceLines(text)
        return number > 0 && number <= lines.count ? lines[number] : nil
    }
}
