import TextKit

/// Fits a label into a width: wrapped over a few lines at spaces, hyphens, slashes or between
/// CJK characters, and shortened with `…` when it still does not fit. The caller keeps the
/// full text in a `<title>` so nothing is lost.
enum LabelFitter {
    static func lines(_ text: String, maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        let tokens = breakable(text)
        var lines: [String] = []
        var current = ""
        for token in tokens {
            let candidate = current + token
            if current.isEmpty || TextMetrics.width(candidate.trimmingTrailingSpaces, fontSize: fontSize) <= maxWidth {
                current = candidate
            } else {
                lines.append(current.trimmingTrailingSpaces)
                current = token.drop(while: { $0 == " " }).description
            }
        }
        if !current.isEmpty { lines.append(current.trimmingTrailingSpaces) }
        // A token wider than the line (a long model name with no break) is cut by characters.
        lines = lines.flatMap { hardWrap($0, maxWidth: maxWidth, fontSize: fontSize) }
        guard lines.count > maxLines else { return lines }
        var kept = Array(lines.prefix(maxLines))
        kept[maxLines - 1] = shorten(kept[maxLines - 1] + "…", maxWidth: maxWidth, fontSize: fontSize)
        return kept
    }

    /// `text` cut at the end, with `…`, until it fits `maxWidth`.
    static func shorten(_ text: String, maxWidth: Double, fontSize: Double) -> String {
        guard TextMetrics.width(text, fontSize: fontSize) > maxWidth else { return text }
        var kept = String(text.hasSuffix("…") ? text.dropLast() : Substring(text))
        while !kept.isEmpty, TextMetrics.width(kept + "…", fontSize: fontSize) > maxWidth { kept.removeLast() }
        return kept.trimmingTrailingSpaces + "…"
    }

    /// Pieces that may end a line: a word with its trailing space, a hyphenated part with its
    /// hyphen, or a single wide character.
    private static func breakable(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for c in text {
            let wide = CellWidth.cells(c) == 2
            if wide {
                if !current.isEmpty { tokens.append(current); current = "" }
                tokens.append(String(c))
                continue
            }
            current.append(c)
            if c == " " || c == "-" || c == "/" || c == "_" {
                tokens.append(current)
                current = ""
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    private static func hardWrap(_ line: String, maxWidth: Double, fontSize: Double) -> [String] {
        guard TextMetrics.width(line, fontSize: fontSize) > maxWidth else { return [line] }
        var pieces: [String] = []
        var current = ""
        for c in line {
            if !current.isEmpty, TextMetrics.width(current + String(c), fontSize: fontSize) > maxWidth {
                pieces.append(current)
                current = ""
            }
            current.append(c)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
