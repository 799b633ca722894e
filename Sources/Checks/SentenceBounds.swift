import Numbers

/// Where the sentences of a run of prose end, decided once for every rule that asks: at `。！？!?`,
/// at a full stop before a space or the end (not one that closes `i.e.` or `bzw.`), and unless a
/// rule reads past them, at semicolons.
enum SentenceBounds {
    private static let abbreviations = Set(LanguageProfile.all.flatMap(\.abbreviations).map { $0.lowercased() })
    private static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    static func isEnd(_ chars: [Character], at i: Int, semicolons: Bool = true) -> Bool {
        guard i >= 0, i < chars.count else { return true }
        let c = chars[i]
        if "。！？!?".contains(c) || semicolons && "；;".contains(c) { return true }
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
