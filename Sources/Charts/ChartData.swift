import Foundation

/// One value of a series: what the page states, how it writes it, and what `check` computed.
public struct ChartPoint: Sendable, Equatable {
    public var value: Decimal
    /// The value exactly as the page writes it (`1 050,00`), used as its label so the chart
    /// repeats the table; nil means the chart formats `value` itself.
    public var text: String?
    /// The value `check` computed when the stated one disagrees with it; drawn as a ghost mark.
    public var expected: Decimal?

    public init(_ value: Decimal, text: String? = nil, expected: Decimal? = nil) {
        self.value = value
        self.text = text
        self.expected = expected
    }
}

/// A named run of values, one per category; nil where the table has no figure.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var points: [ChartPoint?]

    public init(name: String, points: [ChartPoint?]) {
        self.name = name
        self.points = points
    }
}

/// Categories (bar or point labels) and the series drawn over them.
public struct ChartData: Sendable, Equatable {
    public var categories: [String]
    public var series: [ChartSeries]

    public init(categories: [String], series: [ChartSeries]) {
        self.categories = categories
        self.series = series
    }

    /// Every stated and expected value, for fitting the axis around all of them.
    var allValues: [Decimal] {
        series.flatMap { $0.points.compactMap { $0 }.flatMap { [$0.value] + ($0.expected.map { [$0] } ?? []) } }
    }

    private func total(_ category: Int) -> Decimal? {
        let values = series.compactMap { $0.points[category]?.value }
        return values.isEmpty ? nil : values.reduce(0, +)
    }

    /// The categories reordered by their total over all series (the stack's height, or the one
    /// value of a single series); missing values go last and ties keep their table order, so
    /// sorting is deterministic.
    public func sorted(_ order: CategoryOrder) -> ChartData {
        guard order != .none else { return self }
        let indices = categories.indices.sorted { a, b in
            switch order {
            case .label: return (categories[a], a) < (categories[b], b)
            case .ascending, .descending:
                let x = total(a), y = total(b)
                guard let x, let y else { return x != nil || (y == nil && a < b) }
                if x == y { return a < b }
                return order == .ascending ? x < y : x > y
            case .none: return a < b
            }
        }
        return ChartData(
            categories: indices.map { categories[$0] },
            series: series.map { s in ChartSeries(name: s.name, points: indices.map { s.points[$0] }) }
        )
    }
}

/// How categories are ordered before drawing.
public enum CategoryOrder: String, Sendable, CaseIterable {
    case none, ascending, descending, label
}
