import Numbers

/// How values map to length: evenly, or by powers of ten for figures that span decades.
public enum AxisScale: String, Sendable, CaseIterable {
    case linear, log
}

/// Everything about a chart that is not its data.
public struct ChartOptions: Sendable {
    /// Unique within the page: element ids (title, patterns) start with it.
    public var id: String
    public var title: String
    /// The page's language, for tick labels, the summary sentence and the legend words.
    public var locale: NumberLocale
    /// A figure from the data as written, so labels copy its currency, scale word and marks.
    public var reference: ScannedNumber?
    public var scale: AxisScale
    /// Several series stacked into one bar per category instead of grouped side by side.
    public var stacked: Bool
    /// The value axis title, such as the column header `Coût mensuel ($)`.
    public var valueTitle: String?
    /// Replaces the generated summary sentence in `<desc>`.
    public var summary: String?

    public init(
        id: String, title: String, locale: NumberLocale, reference: ScannedNumber? = nil,
        scale: AxisScale = .linear, stacked: Bool = false, valueTitle: String? = nil, summary: String? = nil
    ) {
        self.id = id
        self.title = title
        self.locale = locale
        self.reference = reference
        self.scale = scale
        self.stacked = stacked
        self.valueTitle = valueTitle
        self.summary = summary
    }

    var format: ValueFormat { ValueFormat(locale: locale, reference: reference) }
}

/// Why data cannot be drawn as asked; the Site module turns it into a diagnostic at the block.
public enum ChartError: Error, Sendable, Equatable, CustomStringConvertible {
    case noData
    case nonPositiveOnLogScale(label: String)
    case stackedLogScale
    case negativeStack(label: String)
    case noCrossing

    public var description: String {
        switch self {
        case .noData: "there are no values to draw"
        case .nonPositiveOnLogScale(let label):
            "'\(label)' is zero or negative, which a log scale cannot show; use scale: linear"
        case .stackedLogScale: "stacked bars cannot use a log scale"
        case .negativeStack(let label): "'\(label)' is negative, which stacked bars cannot show"
        case .noCrossing:
            "the lines never cross: every variable cost needs a positive rate and the fixed cost a positive value"
        }
    }
}
