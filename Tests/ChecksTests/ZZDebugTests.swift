import Content
import Foundation
import Testing

@testable import Checks

@Test func zzDebug() throws {
    guard let spec = ProcessInfo.processInfo.environment["ZZ"] else { return }
    for item in spec.split(separator: ",") {
        let parts = item.split(separator: ":")
        let path = String(parts[0]), line = Int(parts[1])!
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var settings = SiteSettings()
        settings.languages = ["zh", "ja", "fr", "en", "de"]
        settings.defaultLanguage = "en"
        let page = PageLoader(settings: settings).load(file: path, text: text).0!
        let figures = PageFigures(page: page, file: path)
        for run in figures.runs where abs(run.line - line) <= 0 {
            print("RUN \(run.line): \(run.text)")
            for f in run.figures {
                print(
                    "  fig col \(f.column) '\(f.number.text)' value \(f.number.value) unit \(String(describing: f.number.unit)) approx \(f.number.isApproximate) range \(f.number.rangePart)"
                )
            }
        }
    }
}

@Test func zzRule() throws {
    guard let spec = ProcessInfo.processInfo.environment["ZZR"] else { return }
    let text = try String(contentsOfFile: spec, encoding: .utf8)
    var settings = SiteSettings()
    settings.languages = ["zh", "ja", "fr", "en", "de"]
    settings.defaultLanguage = "en"
    let page = PageLoader(settings: settings).load(file: spec, text: text).0!
    let figures = PageFigures(page: page, file: spec)
    var report = RuleReport()
    RestatedDifferenceRule().check(figures, file: spec, into: &report)
    for nt in NamedCellRule.namedTables(of: figures) {
        print("NT rows \(nt.rowNames) aliases \(nt.rowAliases.map { $0.prefix(2) }) labels \(nt.table.rowLabels)")
    }
    for d in report.diagnostics { print("DIAG \(d.location) \(d.message)") }
    for run in figures.runs where run.line == 5 {
        let text = run.characters
        for f in run.figures {
            print(
                "ANN \(f.number.text) \(AnnualisedFigureRule.isAnnual(f, in: text)) month \(AnnualisedFigureRule.isMonthly(f, in: text)) sentence \(SentenceBounds.range(around: f, in: text))"
            )
        }
    }
}
