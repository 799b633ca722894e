import Content
import Foundation

/// A figure whose value differs from the baseline's, and why that may be.
public struct FigureChange: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// An input changed in the source: the cause of the changes that follow from it.
        case input
        /// A result changed because a figure it is computed from changed.
        case explained
        /// A result changed while its inputs did not, or a figure changed in one language only.
        case unexplained
    }

    public var kind: Kind
    public var file: String
    public var line: Int
    public var column: Int
    public var before: String
    public var after: String
    /// Why it is in its group, for the message.
    public var reason: String
}

/// Compares a site's figures with a baseline's and sorts the changes into inputs, explained and unexplained.
public enum BaselineComparison {
    public static func compare(baseline: FigureRecord, current: FigureRecord) -> [FigureChange] {
        // Every changed figure, by page.
        var changed: [String: [String: (old: RecordedFigure, new: RecordedFigure)]] = [:]
        for (file, page) in current.pages {
            guard let old = baseline.pages[file] else { continue }
            for (key, figure) in page.figures {
                if let before = old.figures[key], Decimal(string: before.value) != Decimal(string: figure.value) {
                    changed[file, default: [:]][key] = (before, figure)
                }
            }
        }
        var changes: [FigureChange] = []
        for (file, figures) in changed {
            let page = current.pages[file]!
            var elsewhere: [String: Set<String>] = [:]
            for (other, version) in current.pages
            where other != file && version.translationKey == page.translationKey && baseline.pages[other] != nil {
                elsewhere[other] = Set((changed[other] ?? [:]).values.map { pair($0.old, $0.new) })
            }
            // Results first: a prose figure that restates one takes its verdict.
            var resultKinds: [String: (FigureChange.Kind, String)] = [:]
            for (_, change) in figures where change.new.isResult {
                resultKinds[pair(change.old, change.new)] = verdict(of: change.new, among: figures)
            }
            for (_, change) in figures {
                let valuePair = pair(change.old, change.new)
                let missing = elsewhere.filter { !$0.value.contains(valuePair) }.keys.sorted()
                var (kind, reason): (FigureChange.Kind, String) = (.input, "an input changed in the source")
                if !missing.isEmpty {
                    let languages = missing.compactMap { current.pages[$0]?.language }.joined(separator: ", ")
                    (kind, reason) = (
                        .unexplained,
                        "changed in \(page.language) only; its \(languages) version\(missing.count == 1 ? "" : "s") did not change the same way"
                    )
                } else if change.new.isResult {
                    (kind, reason) = verdict(of: change.new, among: figures)
                } else if let restated = resultKinds[valuePair] {
                    (kind, reason) = (
                        restated.0, restated.0 == .explained ? "restates a result that " + restated.1 : restated.1
                    )
                }
                changes.append(
                    FigureChange(
                        kind: kind, file: file, line: change.new.line, column: change.new.column,
                        before: change.old.text, after: change.new.text, reason: reason))
            }
        }
        return changes.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
    }

    /// A changed result is explained when a figure it is computed from changed too.
    private static func verdict(
        of result: RecordedFigure, among changed: [String: (old: RecordedFigure, new: RecordedFigure)]
    ) -> (FigureChange.Kind, String) {
        let moved = result.inputs.compactMap { changed[$0]?.new.text }
        guard !moved.isEmpty else {
            return (.unexplained, "a result changed while the figures it is computed from did not")
        }
        return (
            .explained,
            "follows from " + moved.prefix(3).joined(separator: ", ")
                + (moved.count > 3 ? " and \(moved.count - 3) more" : "")
        )
    }

    private static func pair(_ old: RecordedFigure, _ new: RecordedFigure) -> String {
        "\(Decimal(string: old.value).map { "\($0)" } ?? old.value)→\(Decimal(string: new.value).map { "\($0)" } ?? new.value)"
    }
}
