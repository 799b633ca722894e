import Foundation
import Content
import Numbers

/// The language versions of one report state the same numbers: the same cells of corresponding
/// tables and the same results of corresponding calculations.
///
/// A difference is reported at the version that departs from the majority; with only two
/// versions, at the one that is not in the site's first language.
struct TranslationAgreementRule {
    static let id = "translation"

    /// One comparable figure of a version: where it is, what it says, and how to name the spot.
    struct Slot {
        var figure: LocatedFigure
        var file: String
        var language: String
    }

    /// Compares the versions of one translation group; `languages` is the site's language order.
    func check(group: [PageFigures], languages: [String], displayPath: (String) -> String, into report: inout RuleReport) {
        guard group.count >= 2 else { return }
        let versions = group.sorted { (languages.firstIndex(of: $0.page.language) ?? 99) < (languages.firstIndex(of: $1.page.language) ?? 99) }
        compareTables(versions, displayPath: displayPath, into: &report)
        compareCalculations(versions, displayPath: displayPath, into: &report)
    }

    private func compareTables(_ versions: [PageFigures], displayPath: (String) -> String, into report: inout RuleReport) {
        let count = versions.map(\.tables.count).min() ?? 0
        for t in 0..<count {
            let tables = versions.map { $0.tables[t] }
            guard Set(tables.map(\.cells.count)).count == 1, Set(tables.map(\.columnCount)).count == 1 else {
                let shapes = zip(versions, tables).map { "\($0.page.language) \($1.cells.count)×\($1.columnCount)" }.joined(separator: ", ")
                let at = tables.last!.table.span.start
                report.diagnostics.append(Diagnostic(.warning, rule: Self.id, "table \(t + 1) has a different shape in each language (\(shapes)); its cells were not compared",
                                                     at: SourceLocation(file: displayPath(versions.last!.page.file), line: at.line, column: at.column)))
                continue
            }
            for row in tables[0].cells.indices {
                for column in tables[0].cells[row].indices {
                    let slots = zip(versions, tables).compactMap { version, table -> Slot? in
                        guard let figure = table.cells[row][safe: column] ?? nil else { return nil }
                        return Slot(figure: figure, file: displayPath(version.page.file), language: version.page.language)
                    }
                    guard slots.count == versions.count else { continue }
                    compare(slots, what: "table \(t + 1), row '\(tables[0].rowLabels[row])', column \(column + 1)", into: &report)
                }
            }
        }
    }

    private func compareCalculations(_ versions: [PageFigures], displayPath: (String) -> String, into report: inout RuleReport) {
        let chains = versions.map { $0.runs.flatMap(CalculationChain.chains(in:)) }
        guard Set(chains.map(\.count)).count == 1 else { return }
        for i in chains[0].indices {
            let results = zip(versions, chains).compactMap { version, chains -> Slot? in
                guard let figure = chains[i].parts.last?.figures.last else { return nil }
                return Slot(figure: figure, file: displayPath(version.page.file), language: version.page.language)
            }
            guard results.count == versions.count else { continue }
            compare(results, what: "calculation \(i + 1)", into: &report)
        }
    }

    private func compare(_ slots: [Slot], what: String, into report: inout RuleReport) {
        report.relationsChecked += 1
        let values = slots.map(\.figure.number.value)
        guard Set(values).count > 1 else { return }
        var counts: [Decimal: Int] = [:]
        for v in values { counts[v, default: 0] += 1 }
        let top = counts.values.max()!
        let majority = counts.filter { $0.value == top }.count == 1 ? counts.first { $0.value == top }!.key : values[0]
        for slot in slots where slot.figure.number.value != majority {
            let others = slots.filter { $0.file != slot.file }
                .map { "\($0.language) \($0.figure.number.text) at \($0.file):\($0.figure.line):\($0.figure.column)" }
                .joined(separator: "; ")
            report.diagnostics.append(Diagnostic(
                .error, rule: Self.id, "\(what) says \(slot.figure.number.text) here but its translations say otherwise (\(others))",
                at: SourceLocation(file: slot.file, line: slot.figure.line, column: slot.figure.column),
                stated: slot.figure.number.text, expected: slots.first { $0.figure.number.value == majority }?.figure.number.text,
                length: slot.figure.number.range.length))
        }
    }
}
