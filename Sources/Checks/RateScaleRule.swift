import Content
import Foundation
import Numbers

/// Warns when a price's size does not match the scale its header or unit states: a value in a
/// "per million tokens" column that is the size of a per-token price, or the reverse.
struct RateScaleRule: PageRule {
    static let id = "rate-scale"

    /// Per-million prices of language models run from cents to hundreds of dollars; per-token
    /// prices from 10⁻⁹ to 10⁻⁴. A value below this in a per-million column is a per-token price.
    static let perMillionFloor = Decimal(string: "0.001")!

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        for table in page.tables {
            for (column, header) in table.header.enumerated() where Self.saysPerMillion(header, locale: page.locale) {
                for (row, cell) in table.column(column).enumerated() {
                    guard let figure = cell, figure.number.value > 0, figure.number.value < Self.perMillionFloor else { continue }
                    report.relationsChecked += 1
                    warn(figure, header: header, row: table.rowLabels[row], page: page, file: file, into: &report)
                }
            }
        }
        for run in page.runs {
            for figure in run.figures {
                guard let per = figure.number.unit?.per, per.amount == 1_000_000, figure.number.value > 0,
                      figure.number.value < Self.perMillionFloor else { continue }
                warn(figure, header: nil, row: nil, page: page, file: file, into: &report)
            }
        }
    }

    private func warn(_ figure: LocatedFigure, header: String?, row: String?, page: PageFigures, file: String, into report: inout RuleReport) {
        let perMillion = NumberFormatting.format(figure.number.value * 1_000_000, locale: page.locale)
        let place = header.map { " in column '\($0)'" + (row.map { ", row '\($0)'" } ?? "") } ?? ""
        report.diagnostics.append(Diagnostic(
            .warning, rule: Self.id,
            "\(figure.number.text)\(place) is stated per million tokens but has the size of a per-token price; per million tokens it would be \(perMillion)",
            at: figure.location(in: file), stated: figure.number.text, expected: perMillion, length: figure.number.range.length))
    }

    static func saysPerMillion(_ header: String, locale: NumberLocale) -> Bool {
        ColumnUnit.infer(header: header, locale: locale)?.per?.amount == 1_000_000
    }
}
