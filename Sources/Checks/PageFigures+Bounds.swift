import Content
import Foundation
import Numbers
import TextKit

extension PageFigures {
    private static let boundWords = LanguageProfile.all.flatMap(\.boundWords).map { $0.lowercased() }

    /// Whether the prose figure at `location` is followed by a bound word (`30%以上`, `20 % or
    /// more`, `3,100 € 強`), spaces allowed between: it bounds a value rather than stating one.
    func isBound(at location: SourceLocation) -> Bool {
        for run in runs where run.line <= location.line {
            guard
                let figure = run.figures.first(where: { $0.line == location.line && $0.column == location.column })
            else { continue }
            let chars = run.characters
            var end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
            // A Latin bound word carries its own leading space (` or more`); an ideographic one may follow one.
            let spaced = String(chars[end..<min(chars.count, end + 12)]).lowercased()
            while end < chars.count, chars[end] == " " { end += 1 }
            let after = String(chars[end..<min(chars.count, end + 12)]).lowercased()
            return Self.boundWords.contains { spaced.hasPrefix($0) || after.hasPrefix($0) }
        }
        return false
    }

    /// Whether the prose figure is led by a word that makes it a bound (`un peu moins de 59 400 €`,
    /// `more than 300`, `不到 5 万`): it bounds a value rather than stating one.
    func isLedByBound(_ figure: LocatedFigure) -> Bool {
        guard let run = run(holding: figure) else { return false }
        let before = Self.lead(of: figure, in: run, reach: 16)
        return Self.boundLeadWords.contains { before.hasSuffix($0) }
    }

    /// The `reach` Characters before a figure, spaces right before it left out, lowercased.
    private static func lead(of figure: LocatedFigure, in run: TextRun, reach: Int) -> String {
        let chars = run.characters
        var end = min(chars.count, max(0, figure.number.range.column - 1))
        while end > 0, chars[end - 1] == " " { end -= 1 }
        return String(chars[max(0, end - reach)..<end]).lowercased()
    }

    private static let boundLeadWords = LanguageProfile.all.flatMap { $0.upperBoundLeadWords + $0.lowerBoundLeadWords }
        .map { $0.lowercased() }

    /// Whether the figure at `location` is a ceiling led by a cap word (`ne peut excéder 30 %`, `may
    /// not exceed`) that `computed` stays within: the page states a limit, and the value keeps it.
    func boundHolds(at location: SourceLocation, computed: Decimal) -> Bool {
        guard let (figure, run) = figure(at: location), computed <= figure.number.value else { return false }
        let before = Self.lead(of: figure, in: run, reach: 24)
        return Self.capWords.contains { before.hasSuffix($0) }
    }

    private static let capWords = LanguageProfile.all.flatMap(\.capLeadWords).map { $0.lowercased() }

    /// Whether a line says its figures are cut off or bounds them (`（端数切り捨て）`, `on tronque`,
    /// `at least`, `以上`): a figure there may be cut off rather than rounded.
    func notesRoundingDown(on line: Int) -> Bool {
        guard line >= 1, line <= lines.count else { return false }
        let text = String(lines[line]).lowercased()
        return Self.roundingDownWords.contains { text.containsLiteral($0) }
    }

    private static let roundingDownWords = LanguageProfile.all.flatMap {
        $0.roundingNoteWords + $0.boundWords.map { $0.trimmingCharacters(in: .whitespaces) } + $0.lowerBoundLeadWords
    }.map { $0.lowercased() }
}
