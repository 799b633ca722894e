import Charts
import Content
import Foundation

/// Reads typed chart settings out of YAML values, collecting a diagnostic for each bad one.
struct MetaReader {
    let file: String
    /// A fenced block indented inside a list starts further right than YAML counts from.
    let columnShift: Int
    var diagnostics: [Diagnostic] = []

    func location(_ value: MetaValue) -> SourceLocation {
        SourceLocation(file: file, line: value.line, column: value.column + columnShift)
    }

    mutating func fail(_ value: MetaValue, _ message: String) {
        diagnostics.append(Diagnostic(.error, rule: "chart", message, at: location(value)))
    }

    mutating func text(_ value: MetaValue, key: String) -> String? {
        if let s = value.string { return s }
        fail(value, "'\(key)': expected a text")
        return nil
    }

    mutating func choice(_ value: MetaValue, key: String, _ options: [String]) -> String? {
        guard let s = value.string?.lowercased(), options.contains(s) else {
            fail(value, "'\(key)': expected one of \(options.joined(separator: ", "))")
            return nil
        }
        return s
    }

    mutating func flag(_ value: MetaValue, key: String) -> Bool? {
        if let b = value.bool { return b }
        fail(value, "'\(key)': expected true or false")
        return nil
    }

    mutating func number(_ value: MetaValue, key: String) -> Decimal? {
        // `Decimal(string:)` reads a prefix (`6 000` as 6), so the whole text must be digits first.
        if let s = value.string, s.wholeMatch(of: /[0-9]+(\.[0-9]+)?/) != nil,
            let d = Decimal(string: s, locale: Locale(identifier: "en_US_POSIX")), d > 0
        {
            return d
        }
        fail(value, "'\(key)': expected a positive number written like 6000 or 0.5")
        return nil
    }

    mutating func sortOrder(_ value: MetaValue, key: String) -> CategoryOrder? {
        let words: [String: CategoryOrder] = [
            "none": .none, "asc": .ascending, "ascending": .ascending, "desc": .descending,
            "descending": .descending, "label": .label,
        ]
        guard let s = value.string?.lowercased(), let order = words[s] else {
            fail(value, "'\(key)': expected none, asc, desc or label")
            return nil
        }
        return order
    }

    /// A scalar as a one-item list, a sequence as its items.
    mutating func list(_ value: MetaValue, key: String) -> [MetaValue] {
        switch value {
        case .scalar: return [value]
        case .sequence(let items, _, _): return items
        case .mapping:
            fail(value, "'\(key)': expected a text or a list")
            return []
        }
    }

    mutating func table(_ value: MetaValue, key: String) -> TableReference? {
        guard let s = value.string else { fail(value, "'\(key)': expected a table number or heading text"); return nil }
        if case .scalar(_, true, _, _) = value, let n = Int(s) { return .position(n) }
        return .text(s)
    }

    /// An unquoted whole number is a position; anything else, or a quoted number, is header text.
    mutating func column(_ value: MetaValue, key: String) -> ColumnReference? {
        guard let s = value.string else { fail(value, "'\(key)': expected a column header or number"); return nil }
        if case .scalar(_, true, _, _) = value, let n = Int(s) { return .position(n) }
        return .header(s)
    }

    func row(_ value: MetaValue) -> RowReference {
        let s = value.string ?? ""
        if case .scalar(_, true, _, _) = value, let n = Int(s) { return .position(n) }
        return .label(s)
    }

    /// `fixed:` or `variable:` of a break-even chart: one mapping or a list of them.
    mutating func cellSources(_ value: MetaValue, key: String) -> [CellSource] {
        let items: [MetaValue]
        switch value {
        case .mapping: items = [value]
        case .sequence(let list, _, _): items = list
        case .scalar:
            fail(
                value,
                "'\(key)': expected `column:` and `row:` (and optionally `table:`, `name:`, `times:`) on the lines below"
            )
            return []
        }
        return items.compactMap { cellSource($0, key: key) }
    }

    private mutating func cellSource(_ value: MetaValue, key: String) -> CellSource? {
        guard case .mapping(let pairs, _, _) = value else { fail(value, "'\(key)': expected a mapping"); return nil }
        var column: ColumnReference?
        var source = CellSource(column: .position(0), rows: [], location: location(value))
        for (name, item) in pairs {
            switch name {
            case "table": source.table = table(item, key: "\(key).table")
            case "column": column = self.column(item, key: "\(key).column")
            case "row", "rows": source.rows = list(item, key: "\(key).\(name)").map(row)
            case "name": source.name = text(item, key: "\(key).name")
            case "times": source.times = number(item, key: "\(key).times") ?? 1
            default: fail(item, "unknown setting '\(key).\(name)'; known: table, column, row, rows, name, times")
            }
        }
        guard let column else {
            fail(value, "'\(key)': needs `column:`, the header of the column that holds the figure"); return nil
        }
        source.column = column
        return source
    }
}
