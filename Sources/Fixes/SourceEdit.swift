import TextKit

/// Rewrites figures in a file's text and leaves every other byte as it was, line endings included.
public enum SourceEdit {
    /// `text` with each fix's original replaced by its replacement; fixes of other files are ignored.
    /// Lines are counted as the parsers count them: `\n`, `\r\n` and `\r` each end one.
    public static func apply(_ fixes: [FigureFix], to text: String) -> String {
        guard !fixes.isEmpty else { return text }
        let lines = lineRanges(text)
        var result = text
        // From the end, so an earlier fix's offsets stay valid.
        for fix in fixes.sorted(by: { ($0.line, $0.column) > ($1.line, $1.column) }) {
            guard fix.line >= 1, fix.line <= lines.count else { continue }
            let line = lines[fix.line - 1]
            let content = result[line]
            guard fix.column >= 1, fix.column - 1 + fix.original.count <= content.count else { continue }
            let start = content.index(content.startIndex, offsetBy: fix.column - 1)
            let end = content.index(start, offsetBy: fix.original.count)
            guard String(content[start..<end]) == fix.original else { continue }
            result.replaceSubrange(start..<end, with: fix.replacement)
        }
        return result
    }

    /// Each line's text without its line ending (with it, if `endings`), as ranges of `text`.
    static func lineRanges(_ text: String, endings: Bool = false) -> [Range<String.Index>] {
        let lines = SourceLines(text).lines
        return lines.indices.map { i in
            lines[i].startIndex..<(endings && i + 1 < lines.count ? lines[i + 1].startIndex : lines[i].endIndex)
        }
    }
}
