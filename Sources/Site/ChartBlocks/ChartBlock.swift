import Charts
import Content
import Foundation
import GFM
import Numbers

/// Turns one ```` ```chart ```` block of a page into an inline SVG figure, or into diagnostics
/// at the block when its spec names a table, column or row the page does not have.
struct ChartBlock {
    let page: Page
    let tables: PageTables
    let locale: NumberLocale

    /// What `check` found on the page; a charted cell it disagrees with gets a ghost mark.
    let findings: [Diagnostic]

    init(page: Page, findings: [Diagnostic] = []) {
        self.page = page
        tables = PageTables(document: page.document)
        locale = NumberLocale(languageTag: page.language)
        self.findings = findings.filter { $0.stated != nil && $0.computed != nil }
    }

    /// The value `check` computed for the figure in `cell`, when it disagrees with the stated one.
    func expected(in cell: TableCell) -> Decimal? {
        let finding = findings.first { d in
            d.location.line == cell.span.start.line
                && (cell.span.start.column...max(cell.span.start.column, cell.span.end.column)).contains(
                    d.location.column)
        }
        return finding?.computed.flatMap { NumberScanner(locale: locale).scan($0).first?.value }
    }

    /// The figure's HTML (nil when the block cannot be drawn) and every problem found; with
    /// `drawing` false, only the problems (the HTML is then empty), as `sitegen check` needs.
    func render(_ literal: String, node: Node, drawing: Bool = true) -> (html: String?, diagnostics: [Diagnostic]) {
        let (parsed, diagnostics) = ChartSpec.parse(literal, file: page.file, fence: node.span.start)
        guard let spec = parsed, !diagnostics.hasErrors else { return (nil, diagnostics) }
        let id = "chart-\(node.span.start.line)"
        do {
            let svg: String
            switch spec.kind {
            case .breakEven:
                let (data, options) = try ChartBreakEvenSource(block: self, spec: spec).read(id: id)
                let chart = BreakEvenChart(data: data, options: options)
                svg = try self.chart(spec, key: "fixed") { () throws(ChartError) -> String in
                    guard drawing else { try chart.validate(); return "" }
                    return try chart.svg()
                }
            case .bar, .hbar, .line:
                let (data, options) = try ChartTableSource(block: self, spec: spec).read(id: id)
                svg = try chart(spec, key: "scale") { () throws(ChartError) -> String in
                    if spec.kind == .line {
                        let chart = LineChart(data: data, options: options)
                        guard drawing else { try chart.validate(); return "" }
                        return try chart.svg()
                    }
                    let chart = BarChart(data: data, options: options, horizontal: spec.kind == .hbar)
                    guard drawing else { try chart.validate(); return "" }
                    return try chart.svg()
                }
            }
            return (Self.figure(svg), diagnostics)
        } catch {
            return (nil, diagnostics + [error])
        }
    }

    /// Runs a chart, turning a `ChartError` into a diagnostic at the setting that caused it.
    private func chart(_ spec: ChartSpec, key: String, _ draw: () throws(ChartError) -> String) throws(Diagnostic)
        -> String
    {
        do {
            return try draw()
        } catch {
            let at: SourceLocation
            switch error {
            case .stackedLogScale: at = spec.location(of: "stacked")
            case .nonPositiveOnLogScale: at = spec.location(of: "scale")
            default: at = spec.location(of: key)
            }
            throw Diagnostic(.error, rule: "chart", error.description, at: at)
        }
    }

    /// The SVG in a `<figure>`, so themes can space and size charts like other figures; it is
    /// focusable because on a narrow screen it scrolls sideways, and keyboards must reach that.
    static func figure(_ svg: String) -> String {
        "<figure class=\"chart\" tabindex=\"0\">\n" + svg + "</figure>\n"
    }
}

extension Result where Failure == ChartProblem {
    /// The value, or a chart diagnostic at `location`.
    func or(_ location: SourceLocation) throws(Diagnostic) -> Success {
        switch self {
        case .success(let value): return value
        case .failure(let problem): throw Diagnostic(.error, rule: "chart", problem.message, at: location)
        }
    }
}
