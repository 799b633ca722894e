import Charts
import Content
import Foundation
import GFM

extension ChartSpec {
    static let keys = [
        "type", "title", "table", "label", "value", "values", "rows", "exclude", "scale", "stacked", "sort",
        "axis", "description", "fixed", "variable", "volume", "volume-max",
    ]

    /// Reads a chart block's text, which starts on the line after the fence at `fence`.
    static func parse(_ literal: String, file: String, fence: SourcePosition) -> (ChartSpec?, [Diagnostic]) {
        let blockLocation = SourceLocation(file: file, line: fence.line, column: fence.column)
        var reader = MetaReader(file: file, columnShift: max(0, fence.column - 1))
        let (meta, yamlDiagnostics) = YAMLReader.read(literal, file: file, firstLine: fence.line + 1)
        guard yamlDiagnostics.isEmpty else { return (nil, yamlDiagnostics.map { relabel($0) }) }
        guard case .mapping(let pairs, _, _)? = meta else {
            return (
                nil,
                [
                    Diagnostic(
                        .error, rule: "chart",
                        "a chart block holds `key: value` lines, such as `type: bar` and `table: 1`", at: blockLocation)
                ]
            )
        }
        var spec = ChartSpec(blockLocation: blockLocation)
        for (key, value) in pairs {
            spec.locations[key] = reader.location(value)
            switch key {
            case "type":
                spec.kind =
                    reader.choice(value, key: key, Kind.allCases.map(\.rawValue)).flatMap(Kind.init) ?? spec.kind
            case "title": spec.title = reader.text(value, key: key)
            case "description": spec.description = reader.text(value, key: key)
            case "axis": spec.axis = reader.text(value, key: key)
            case "volume": spec.volume = reader.text(value, key: key)
            case "volume-max": spec.volumeMax = reader.number(value, key: key)
            case "table": spec.table = reader.table(value, key: key)
            case "label": spec.labels = reader.list(value, key: key).compactMap { reader.column($0, key: key) }
            case "value", "values":
                spec.values = reader.list(value, key: key).compactMap { reader.column($0, key: key) }
            case "rows": spec.rows = reader.list(value, key: key).map(reader.row)
            case "exclude": spec.exclude = reader.list(value, key: key).map(reader.row)
            case "scale":
                spec.scale = reader.choice(value, key: key, ["linear", "log"]).flatMap(AxisScale.init) ?? spec.scale
            case "stacked": spec.stacked = reader.flag(value, key: key) ?? false
            case "sort": spec.sort = reader.sortOrder(value, key: key) ?? .none
            case "fixed": spec.fixed = reader.cellSources(value, key: key)
            case "variable": spec.variable = reader.cellSources(value, key: key)
            default:
                reader.fail(value, "unknown chart setting '\(key)'; known settings: \(keys.joined(separator: ", "))")
            }
        }
        return (spec, reader.diagnostics + spec.unusedSettings())
    }

    /// Settings the chart's type does not read are warnings, so a typo'd `type:` is noticed.
    private func unusedSettings() -> [Diagnostic] {
        let breakEvenOnly: Set = ["fixed", "variable", "volume", "volume-max"]
        let tableOnly: Set = ["label", "value", "values", "rows", "exclude", "scale", "stacked", "sort"]
        let unused = kind == .breakEven ? tableOnly : breakEvenOnly
        return locations.keys.filter(unused.contains).sorted().map { key in
            Diagnostic(
                .warning, rule: "chart", "'\(key)' does nothing in a \(kind.rawValue) chart", at: location(of: key))
        }
    }

    /// YAML syntax errors keep their place; they are named as chart problems.
    private static func relabel(_ diagnostic: Diagnostic) -> Diagnostic {
        var d = diagnostic
        d.rule = "chart"
        d.message = "chart block: " + d.message
        return d
    }
}
