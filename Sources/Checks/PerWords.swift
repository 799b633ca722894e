import Numbers
import TextKit

/// The words that make a figure part of a rate (`每 100 次`, `per 1,000 calls`, `3.700 € pro Stück`),
/// as each language writes them.
enum PerWords {
    private static let words = LanguageProfile.all.flatMap(\.perWords).map { $0.lowercased() }
    private static let lookalikes = LanguageProfile.all.flatMap(\.perLookalikes)
    /// Words that make an amount one thing's (`1組あたり`, `户均`), lowercased as written.
    static let perOne = LanguageProfile.all.flatMap(\.perOneWords)

    /// `每 100 次约 800 元`: a per word right before the figure makes it what a rate is for.
    static func standBefore(_ figure: LocatedFigure, lines: SourceLines) -> Bool {
        let trimmed = String(lines[figure.line].prefix(max(0, figure.column - 1))).lowercased().trimmingSpaces
        return words.contains { word in
            guard trimmed.hasSuffix(word) else { return false }
            // A Latin word stands alone (`per`, not the end of `super`); an ideograph needs no space.
            let rest = trimmed.dropLast(word.count)
            return !(word.first?.isASCII ?? false) || !(rest.last?.isLetter ?? false)
        }
    }

    /// `3.700 € pro Stück`, `$12 per seat`: a per word and the thing right after the figure make it
    /// an amount for each, not a whole.
    static func followAmount(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        let end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        let after = String(chars[end..<min(chars.count, end + 16)]).lowercased().trimmingSpaces
        if lookalikes.contains(where: { after.hasPrefix($0) }) { return false }
        return words.contains { word in
            guard after.hasPrefix(word) else { return false }
            let rest = after.dropFirst(word.count)
            // `每` is glued to its thing (`每个`); a Latin word is followed by a space and the thing.
            return word.first?.isASCII == false || rest.first == " " && (rest.dropFirst().first?.isLetter ?? false)
        }
    }

    /// Whether a run's last figure is followed by nothing but a per word (`Tarif de 21,40 € par`):
    /// the rate's thing is on the next line.
    static func endAfterLastFigure(_ run: TextRun) -> Bool {
        guard let last = run.figures.last else { return false }
        let chars = run.characters
        let end = min(chars.count, last.number.range.column - 1 + last.number.range.length)
        return words.contains(String(chars[end...]).lowercased().trimmingSpaces)
    }
}
