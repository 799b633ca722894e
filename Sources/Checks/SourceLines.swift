/// The lines of a file's text, split once, for rules that read figures where they were written.
struct SourceLines: Sendable {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
    }

    /// The 1-based line `number`, empty when out of range.
    subscript(number: Int) -> Substring {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }

    /// The Characters of line `number` from `startColumn` through `endColumn` (1-based, inclusive).
    func slice(line number: Int, from startColumn: Int, through endColumn: Int? = nil) -> Substring {
        let line = self[number]
        let start = line.index(line.startIndex, offsetBy: max(0, startColumn - 1), limitedBy: line.endIndex) ?? line.endIndex
        guard let endColumn else { return line[start...] }
        let end = line.index(line.startIndex, offsetBy: max(0, endColumn), limitedBy: line.endIndex) ?? line.endIndex
        return line[start..<max(start, end)]
    }
}
