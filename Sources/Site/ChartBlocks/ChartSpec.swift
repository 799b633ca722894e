import Charts
import Content
import Foundation

/// A ```` ```chart ```` block's settings, typed, with where each was written for diagnostics.
///
/// The block is YAML read by the Content module's `YAMLReader`, so Charts never sees Markdown
/// or YAML and Yams stays in Content.
struct ChartSpec {
    enum Kind: String, CaseIterable {
        case bar, hbar, line
        case breakEven = "break-even"
    }

    var kind: Kind = .bar
    var title: String?
    var table: TableReference?
    /// The label column; several are joined (`RTX 4090 · 4`) when one alone repeats.
    var labels: [ColumnReference] = []
    var values: [ColumnReference] = []
    /// Only these rows, in this order (by label text or 1-based number).
    var rows: [RowReference]?
    var exclude: [RowReference] = []
    var scale: AxisScale = .linear
    var stacked = false
    var sort: CategoryOrder = .none
    /// The value axis title; by default the value column's header when there is one.
    var axis: String?
    var description: String?
    var fixed: [CellSource] = []
    var variable: [CellSource] = []
    /// The break-even chart's horizontal axis title, such as `appels par jour`.
    var volume: String?
    var volumeMax: Decimal?

    /// Where the block starts (its opening fence) and where each key's value is.
    var blockLocation: SourceLocation
    var locations: [String: SourceLocation] = [:]

    func location(of key: String) -> SourceLocation { locations[key] ?? blockLocation }
}

/// A table of the page: its 1-based position, or text of the heading above it or of the
/// paragraph right before it (its caption).
enum TableReference: Equatable {
    case position(Int)
    case text(String)
}

/// A column: its 1-based position or its header text.
enum ColumnReference: Equatable, CustomStringConvertible {
    case position(Int)
    case header(String)

    var description: String {
        switch self {
        case .position(let n): "\(n)"
        case .header(let h): h
        }
    }
}

/// A body row: its 1-based position or the text of its label cell.
enum RowReference: Equatable {
    case position(Int)
    case label(String)
}

/// Cells a break-even line takes its figure from: a column, a row (or several), a table, and a
/// factor such as `30` that turns a cost per daily call into a monthly cost per daily call.
struct CellSource {
    var table: TableReference?
    var column: ColumnReference
    var rows: [RowReference]
    var name: String?
    var times: Decimal = 1
    var location: SourceLocation
}
