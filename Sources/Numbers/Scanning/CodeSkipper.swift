/// Finds the end of Markdown code (a backtick span or a fenced block) so its numbers are skipped.
///
/// Remembers the backtick run lengths that have no closing run further on, so a text full of
/// unmatched backticks is still scanned in linear time.
struct CodeSkipper {
    let text: ScanText
    private var unclosedRunLengths: Set<Int> = []

    init(text: ScanText) {
        self.text = text
    }

    /// The index after the code that starts at the backtick or tilde at `index`, or after the
    /// opening run itself when nothing closes it (then it is plain text).
    mutating func end(ofCodeAt index: Int) -> Int {
        let fence = text[index]!
        var runEnd = index
        while text[runEnd] == fence { runEnd += 1 }
        let length = runEnd - index
        if length >= 3, Exclusions(text: text).isAtLineStart(index) {
            return fencedBlockEnd(after: runEnd, fence: fence, length: length)
        }
        guard fence == "`", !unclosedRunLengths.contains(length) else { return runEnd }
        var position = runEnd
        while position < text.count {
            guard text.keys[position] == 0x60 else { position += 1; continue }  // `
            var closeEnd = position
            while text[closeEnd] == "`" { closeEnd += 1 }
            if closeEnd - position == length { return closeEnd }
            position = closeEnd
        }
        unclosedRunLengths.insert(length)
        return runEnd
    }

    /// The end of a fenced block: after the closing fence line, or the end of the text.
    private func fencedBlockEnd(after start: Int, fence: Character, length: Int) -> Int {
        var position = start
        while position < text.count {
            let key = text.keys[position]
            position += 1
            guard key == 0x0A else { continue }
            var cursor = position
            while text.isInlineSpace(cursor) { cursor += 1 }
            var run = 0
            while text[cursor + run] == fence { run += 1 }
            if run >= length { return cursor + run }
        }
        return text.count
    }
}
