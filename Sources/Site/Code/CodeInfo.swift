/// A fenced block's info string read the way Hugo reads it: the language, then options in
/// braces, `python {linenos=true, hl_lines=[2,"4-5"], linenostart=10}`.
struct CodeInfo: Equatable {
    var language: String
    var lineNumbers = false
    var firstLineNumber = 1
    /// 1-based line numbers of the block, counted from its first line whatever `linenostart` says.
    var highlightedLines: Set<Int> = []
    /// What could not be read, each with its column offset inside the info string.
    var problems: [(offset: Int, message: String)] = []

    static func == (a: Self, b: Self) -> Bool {
        a.language == b.language && a.lineNumbers == b.lineNumbers && a.firstLineNumber == b.firstLineNumber
            && a.highlightedLines == b.highlightedLines && a.problems.map(\.message) == b.problems.map(\.message)
    }

    init(_ info: String) {
        let characters = Array(info)
        var i = 0
        while i < characters.count, !characters[i].isWhitespace, characters[i] != "{" { i += 1 }
        language = String(characters[..<i])
        guard let open = characters[i...].firstIndex(of: "{") else { return }
        guard let close = characters[open...].lastIndex(of: "}") else {
            problems.append((open, "the options opened with '{' are never closed"))
            return
        }
        readOptions(characters, from: open + 1, to: close)
    }

    private mutating func readOptions(_ c: [Character], from start: Int, to end: Int) {
        var i = start
        func skipSeparators() { while i < end, c[i].isWhitespace || c[i] == "," { i += 1 } }
        skipSeparators()
        while i < end {
            let keyStart = i
            while i < end, c[i] != "=", !c[i].isWhitespace, c[i] != "," { i += 1 }
            let key = String(c[keyStart..<i]).lowercased()
            while i < end, c[i].isWhitespace { i += 1 }
            guard i < end, c[i] == "=" else {
                problems.append((keyStart, "option '\(key)' needs a value, as in \(key)=true"))
                skipSeparators()
                continue
            }
            i += 1
            while i < end, c[i].isWhitespace { i += 1 }
            let valueStart = i
            if i < end, c[i] == "[" || c[i] == "\"" {
                let close: Character = c[i] == "[" ? "]" : "\""
                i += 1
                while i < end, c[i] != close { i += 1 }
                i = min(i + 1, end)
            } else {
                while i < end, c[i] != ",", !c[i].isWhitespace { i += 1 }
            }
            apply(key, String(c[valueStart..<i]), at: keyStart)
            skipSeparators()
        }
    }

    private mutating func apply(_ key: String, _ value: String, at offset: Int) {
        let bare = value.filter { $0 != "\"" && $0 != "'" }
        switch key {
        case "linenos":
            switch bare.lowercased() {
            case "true", "inline", "table": lineNumbers = true
            case "false": lineNumbers = false
            default: problems.append((offset, "linenos must be true or false, not '\(value)'"))
            }
        case "linenostart":
            if let n = Int(bare), n >= 0, n < 1_000_000_000 {
                firstLineNumber = n
            } else {
                problems.append((offset, "linenostart must be a line number, not '\(value)'"))
            }
        case "hl_lines":
            guard let lines = Self.lineList(bare) else {
                problems.append(
                    (offset, "hl_lines must list lines and ranges, as in hl_lines=[2,\"4-5\"], not '\(value)'"))
                return
            }
            highlightedLines.formUnion(lines)
        default:
            problems.append(
                (offset, "unknown code block option '\(key)'; sitegen knows linenos, linenostart and hl_lines"))
        }
    }

    /// `[2,4-5]` or `2 4-5` (quotes already removed) as line numbers; nil when unreadable.
    static func lineList(_ text: String) -> Set<Int>? {
        var inner = Substring(text)
        if inner.hasPrefix("[") { inner = inner.dropFirst() }
        if inner.hasSuffix("]") { inner = inner.dropLast() }
        var lines: Set<Int> = []
        for item in inner.split(whereSeparator: { $0 == "," || $0.isWhitespace }) {
            let ends = item.split(separator: "-", omittingEmptySubsequences: false)
            guard ends.count <= 2, let low = Int(ends[0]), let high = Int(ends.last!), low >= 1, low <= high,
                high - low < 100_000
            else { return nil }
            lines.formUnion(low...high)
        }
        return lines
    }
}
