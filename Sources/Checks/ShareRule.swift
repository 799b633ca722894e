import Foundation
import Numbers

/// A sentence that gives a table row's share of its total as a percentage (`Microsoft 365 macht
/// 77,9 % der monatlichen Lizenzkosten aus`, `ワークステーション本体が小計の 76.1% を占める`) agrees
/// with the row's amount divided by the total row's, in one of the columns they both fill.
///
/// The sentence must name exactly one row of a table with a total row, hold exactly one
/// percentage and a share word; a share that is far from every column's (more than a fifth off)
/// is about something else and is left alone.
struct ShareRule: PageRule {
    static let id = "share"

    private static let shareWords = LanguageProfile.all.flatMap(\.shareWords).map { $0.lowercased() }
    static let farOff = 0.2

    /// How a sentence may name a row: its label, without its bracketed detail, or without its
    /// first or last word (`Microsoft 365` for `Microsoft 365 E3`, `ワークステーション` for
    /// `GPU ワークステーション（RTX 4090 ×1）`); four characters at least.
    static func mentions(of label: String) -> [String] {
        let lowered = label.lowercased()
        let bare = String(lowered.prefix { $0 != "(" && $0 != "（" }).trimmingCharacters(in: .whitespaces)
        let words = bare.split(separator: " ")
        var names = [lowered, bare]
        if words.count >= 2 {
            names.append(words.dropLast().joined(separator: " "))
            names.append(words.dropFirst().joined(separator: " "))
        }
        return names.filter { $0.count >= 4 }
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let tables = page.tables.filter { table in table.rowLabels.indices.contains { table.isTotalRow($0) } }
        guard !tables.isEmpty else { return }
        for run in page.runs {
            // The sentence states the share and nothing else: with other amounts in it
            // (`2,304 kWh … 占 6 月用电量的 19.4%`) the named row may be the whole, not the part.
            let percents = run.figures.filter { $0.number.unit?.measure == .percent }
            guard percents.count == 1, let stated = percents.first, stated.number.rangePart == .none else { continue }
            let lowered = run.text.lowercased()
            // Other figures may only be part of a name (`Microsoft 365`), never amounts.
            let others = run.figures.filter { $0.number.unit == nil && $0.number.text.allSatisfy(\.isNumber) }
            guard others.count == run.figures.count - 1,
                others.allSatisfy({ other in
                    tables.contains { $0.rowLabels.contains { $0.contains(other.number.text) } }
                })
            else { continue }
            guard Self.shareWords.contains(where: { lowered.contains($0) }) else { continue }
            var candidates: [(part: Decimal, whole: Decimal, label: String, total: String)] = []
            var named = 0
            for table in tables {
                for (row, label) in table.rowLabels.enumerated()
                where !table.isTotalRow(row)
                    && Self.mentions(of: label).contains(where: { lowered.contains($0) })
                {
                    named += 1
                    // The total the share is of: the first total row below the named row.
                    guard let totalRow = table.rowLabels.indices.first(where: { $0 > row && table.isTotalRow($0) })
                    else { continue }
                    for column in 1..<max(1, table.columnCount) {
                        guard let part = table.cells[row][safe: column] ?? nil,
                            let whole = table.cells[totalRow][safe: column] ?? nil,
                            whole.number.value != 0, part.number.unit?.measure != .percent
                        else { continue }
                        candidates.append((part.number.value, whole.number.value, label, table.rowLabels[totalRow]))
                    }
                }
            }
            guard named == 1, !candidates.isEmpty else { continue }
            let shares = candidates.map { ($0, $0.part / $0.whole * 100) }
            if shares.contains(where: { Agreement.compare(stated: stated.number, computed: $0.1).isAgreement }) {
                report.relationsChecked += 1; continue
            }
            let statedValue = stated.number.value.asDouble
            guard let nearest = shares.min(by: { abs($0.1.asDouble - statedValue) < abs($1.1.asDouble - statedValue) }),
                abs(nearest.1.asDouble - statedValue) <= Self.farOff * abs(nearest.1.asDouble)
            else { continue }
            report.compare(
                stated, computed: Quantity(nearest.1, stated.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "'\(nearest.0.label)' ÷ '\(nearest.0.total)'", what: "share")
        }
    }
}
