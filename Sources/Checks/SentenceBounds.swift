import Numbers

/// Where the sentences of a run of prose end, decided once for every rule that asks: at `。！？!?`,
/// at a full stop before a space or the end (not one that closes `i.e.` or `bzw.`), and unless a
/// rule reads past them, at semicolons.
enum SentenceBounds {
    private static let abbreviations = Set(LanguageProfile.all.flatMap(\.abbreviations).map { $0.lowercased() })
    private static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0
    // Sets, not string literals: `"。！？!?".contains(c)` walks the literal's Characters for every Character of a run.
    private static let stops: Set<Character> = ["。", "！", "？", "!", "?"]
    private static let semicolonMarks: Set<Character> = ["；", ";"]
    private static let clauseMarks: Set<Character> = ["，", "、"]

    /// The Characters of the sentence holding `figure` (its column and length index `chars`);
    /// with `commas`, of its clause (a comma between digits groups them and ends nothing).
    static func range(
        around figure: LocatedFigure, in chars: [Character], semicolons: Bool = true, commas: Bool = false
    ) -> Range<Int> {
        let start = max(0, min(chars.count, figure.number.range.column - 1))
        let end = min(chars.count, start + figure.number.range.length)
        func ends(_ i: Int) -> Bool {
            let c = chars[i]
            if c == "\n" || commas && clauseMarks.contains(c) { return true }
            let followedBySpace = i + 1 == chars.count || chars[i + 1] == " "
            return isEnd(chars, at: i, semicolons: semicolons)
                || commas && c == "," && (followedBySpace || !chars[i + 1].isNumber)
        }
        var from = start
        while from > 0, !ends(from - 1) { from -= 1 }
        var to = end
        while to < chars.count, !ends(to) { to += 1 }
        return from..<to
    }

    static func isEnd(_ chars: [Character], at i: Int, semicolons: Bool = true) -> Bool {
        guard i >= 0, i < chars.count else { return true }
        let c = chars[i]
        if stops.contains(c) || semicolons && semicolonMarks.contains(c) { return true }
        guard c == ".", i + 1 >= chars.count || chars[i + 1] == " " else { return false }
        return !closesAbbreviation(chars, at: i)
    }

    /// Whether the full stop at `i` closes an abbreviation: the letters (and inner stops) before it.
    private static func closesAbbreviation(_ chars: [Character], at i: Int) -> Bool {
        var start = i
        while start > 0, i - start < longestAbbreviation,
            chars[start - 1].isLetter || chars[start - 1] == "." || chars[start - 1] == "-"
                || chars[start - 1] == " " && start >= 2 && chars[start - 2] == "."
        {
            start -= 1
        }
        // The word may start anywhere in what was gathered: `… that is, i.e.` gathers `i.e`.
        for from in start..<i where from == 0 || !chars[from - 1].isLetter {
            if abbreviations.contains(String(chars[from..<i]).lowercased()) { return true }
        }
        return false
    }
}
