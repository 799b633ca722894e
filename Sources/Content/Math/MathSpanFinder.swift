import GFM
import TextKit

/// Finds the formulas of a Markdown text by Pandoc's `tex_math_dollars` rules, so that prices stay
/// prices: an opening `$` is followed by a non-space, the closing `$` follows a non-space and is
/// not followed by a digit (`$5 and $10`, `$0.05/M` and `US$ 12` are text); `$$…$$` is a display
/// formula. Neither crosses a blank line; `\$` is a dollar, and code spans, HTML comments and
/// autolinks are left alone; in a table row, as in Pandoc's tables, a formula stays in its cell.
/// Five rules go beyond Pandoc's, for the way cost reports write money: a dollar right after a
/// Latin letter or digit (`49,4 k$`, `5$`, `US$5`), or after a number and a space (`0,02 $/Go`),
/// opens nothing; a dollar that ends a currency
/// prefix (`US$`, `NT$`, `A$`…) or stands right after an opening bracket (`Input ($/1M tokens)`)
/// closes nothing; and a display formula is more than spaces.
///
/// Pure, and it never fails: text that forms no formula gives no span.
public enum MathSpanFinder {
    /// The formulas of `text`, in source order. `firstLine` is the file line of the text's first
    /// line; lines for which `skip` is true (code and HTML blocks) are not searched.
    /// Lines for which `isTableRow` is true are split at each `|`.
    public static func find(
        in text: String, firstLine: Int = 1, skip: (Int) -> Bool = { _ in false },
        isTableRow: (Int) -> Bool = { _ in false }
    ) -> [MathSpan] {
        find(in: text, firstLine: firstLine, skip: skip, isTableRow: isTableRow, gated: true)
    }

    /// `find`, reading as Characters only the paragraphs `DollarGate` lets through when `gated`;
    /// tests search every paragraph, to hold the gate to what the search finds.
    static func find(
        in text: String, firstLine: Int, skip: (Int) -> Bool, isTableRow: (Int) -> Bool, gated: Bool
    ) -> [MathSpan] {
        guard DollarGate.containsDollar(text) else { return [] }
        var found: [MathSpan] = []
        let lines = SourceLines(text)
        func isASCII(_ line: Int) -> Bool { lines.isASCII(line: line - firstLine + 1) }
        // Lines are found on bytes, and only a paragraph with a dollar in it is read as
        // characters: most of a cost report has no formula to look for.
        var paragraph: [(line: Int, text: Substring)] = []
        // A formula opens and closes with a dollar: a paragraph with one dollar at most holds none.
        var paragraphDollars = 0
        func endParagraph() {
            if paragraphDollars >= 2, !gated || DollarGate.mayHoldFormula(paragraph, isTableRow: isTableRow) {
                var region = Region()
                for (line, text) in paragraph {
                    let inTable = isTableRow(line)
                    var column = 1
                    // An ASCII line's bytes are its Characters (no line break stands in a line).
                    if isASCII(line) {
                        for byte in text.utf8 {
                            let character = Character.ofASCII[Int(byte)]
                            region.append(
                                inTable && byte == UInt8(ascii: "|") ? Region.cellBoundary : character, line: line,
                                column: column)
                            column += 1
                        }
                        region.append("\n", line: line, column: column)
                        continue
                    }
                    // Iterated as a String: stepping through a Substring checks each index against its bounds.
                    for character in String(text) {
                        region.append(
                            inTable && character == "|" ? Region.cellBoundary : character, line: line, column: column)
                        column += 1
                    }
                    region.append("\n", line: line, column: column)
                }
                region.search(into: &found)
            }
            paragraph = []
            paragraphDollars = 0
        }
        var line = firstLine
        for text in lines.lines {
            let bytes = text.utf8
            if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) || skip(line) {
                endParagraph()
            } else {
                paragraph.append((line, text))
                paragraphDollars += bytes.count { $0 == UInt8(ascii: "$") }
            }
            line += 1
        }
        endParagraph()
        return found
    }
}

/// Consecutive non-blank lines outside code: the stretch a formula may not leave.
private struct Region {
    /// Stands for a table row's `|`, which no formula crosses.
    static let cellBoundary: Character = "\u{0}"

    var characters: [Character] = []
    var lines: [Int] = []
    var columns: [Int] = []

    mutating func append(_ character: Character, line: Int, column: Int) {
        characters.append(character)
        lines.append(line)
        columns.append(column)
    }

    func search(into found: inout [MathSpan]) {
        guard characters.contains("$") else { return }
        let text = characters
        var i = 0
        while i < text.count {
            switch text[i] {
            case "\\": i += 2
            case "`": i = afterCodeSpan(at: i)
            case "<": i = afterCommentOrAutolink(at: i)
            case "$":
                if let (end, span) = formula(at: i) {
                    found.append(span)
                    i = end + 1
                } else {
                    i += text[safe: i + 1] == "$" ? 2 : 1
                }
            default: i += 1
            }
        }
    }

    /// The formula opening at `start`, with the index of its last `$`.
    private func formula(at start: Int) -> (Int, MathSpan)? {
        let text = characters
        if text[safe: start + 1] == "$" {
            // Display: anything up to the next `$$`, at least one character.
            var k = start + 3
            while k + 1 < text.count, text[k] != Self.cellBoundary {
                if text[k] == "$", text[k + 1] == "$" {
                    guard text[(start + 2)..<k].contains(where: { !$0.isWhitespace }) else { return nil }
                    return (k + 1, span(start, k + 1, contentFrom: start + 2, to: k, display: true))
                }
                k += 1
            }
            return nil
        }
        guard let next = text[safe: start + 1], !next.isWhitespace else { return nil }
        if start > 0, let before = text[start - 1].asciiValue, before.isLetterOrDigit { return nil }
        // `0,02 $/Go`, `12 $ par mois`: the sign written after an amount and a space, as French does.
        if start > 1, [" ", "\u{A0}", "\u{202F}"].contains(text[start - 1]), text[start - 2].isNumber { return nil }
        var k = start + 1
        while k < text.count {
            let c = text[k]
            if c == "\\" {
                k += 2
            } else if c == Self.cellBoundary {
                return nil
            } else if c == "$" {
                // The first unescaped `$` closes the formula or ends the attempt: a price such as
                // `$5 and $10` must not reach on to a later dollar.
                if text[k - 1].isWhitespace || text[k - 1] == "(" || text[k - 1] == "["
                    || endsCurrencyPrefix(at: k)
                {
                    return nil
                }
                if let after = text[safe: k + 1], after.isASCII, after.isNumber { return nil }
                return (k, span(start, k, contentFrom: start + 1, to: k, display: false))
            } else if c.isWhitespace {
                var j = k
                while j < text.count, text[j].isWhitespace { j += 1 }
                if text[safe: j] == "$" { return nil }
                k = j
            } else {
                k += 1
            }
        }
        return nil
    }

    /// Dollar signs written after a country's letters; the letters must start a word.
    private static let currencyPrefixes: Set<String> = [
        "US", "A", "AU", "C", "CA", "HK", "NZ", "S", "SG", "NT", "R", "MX", "RD", "N", "TT", "J", "Z", "B", "BZ", "EC",
    ]

    private func endsCurrencyPrefix(at dollar: Int) -> Bool {
        var start = dollar
        while start > 0, dollar - start < 3, let ascii = characters[start - 1].asciiValue, (65...90).contains(ascii) {
            start -= 1
        }
        guard start < dollar, Self.currencyPrefixes.contains(String(characters[start..<dollar])) else { return false }
        return start == 0 || !(characters[start - 1].asciiValue?.isLetterOrDigit ?? false)
    }

    private func span(_ start: Int, _ end: Int, contentFrom from: Int, to: Int, display: Bool) -> MathSpan {
        var tex = String(characters[from..<to])
        if !display { tex = String(tex.trimmingWhitespace) }
        return MathSpan(
            tex: tex, display: display,
            span: SourceSpan(
                start: SourcePosition(line: lines[start], column: columns[start]),
                end: SourcePosition(line: lines[end], column: columns[end])))
    }

    /// Past a code span opened by the backtick run at `start`, or past the run when nothing closes it.
    private func afterCodeSpan(at start: Int) -> Int {
        let text = characters
        var runEnd = start
        while runEnd < text.count, text[runEnd] == "`" { runEnd += 1 }
        let length = runEnd - start
        var k = runEnd
        while k < text.count {
            guard text[k] == "`" else { k += 1; continue }
            var close = k
            while close < text.count, text[close] == "`" { close += 1 }
            if close - k == length { return close }
            k = close
        }
        return runEnd
    }

    /// Past `<!-- … -->` or an autolink `<scheme:…>` at `start`; otherwise just past the `<`.
    private func afterCommentOrAutolink(at start: Int) -> Int {
        let text = characters
        if text[safe: start + 1] == "!", text[safe: start + 2] == "-", text[safe: start + 3] == "-" {
            var k = start + 4
            while k + 2 < text.count {
                if text[k] == "-", text[k + 1] == "-", text[k + 2] == ">" { return k + 3 }
                k += 1
            }
            return start + 1
        }
        var k = start + 1
        while k < text.count, let ascii = text[k].asciiValue, ascii != UInt8(ascii: ":"),
            text[k].isLetter || text[k].isNumber || "+.-".contains(text[k])
        { k += 1 }
        guard k > start + 2, text[safe: k] == ":" else { return start + 1 }
        while k < text.count, text[k] != ">", text[k] != "<", !text[k].isWhitespace { k += 1 }
        return text[safe: k] == ">" ? k + 1 : start + 1
    }
}

extension UInt8 {
    fileprivate var isLetterOrDigit: Bool {
        (48...57).contains(self) || (65...90).contains(self) || (97...122).contains(self)
    }
}

extension Array {
    fileprivate subscript(safe index: Int) -> Element? {
        index >= 0 && index < count ? self[index] : nil
    }
}

extension String {
    fileprivate var trimmingWhitespace: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
        return self[start..<max(start, end)]
    }
}
