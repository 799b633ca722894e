/// The parts every chart shares: the `<svg>` root sized by `viewBox`, its accessible `<title>`
/// and `<desc>`, pattern definitions, the visible title and the legend.
struct ChartCanvas {
    static let width = 640.0
    static let margin = 16.0
    static let fontSize = 12.0
    static let titleSize = 15.0

    var svg = SVGWriter()
    let id: String

    /// Opens the root and writes everything above the plot; `kind` names the chart in the
    /// class list so a theme can style one kind differently.
    init(options: ChartOptions, kind: String, height: Double, summary: String, seriesCount: Int) {
        id = options.id
        svg.open(
            "svg",
            [
                ("xmlns", "http://www.w3.org/2000/svg"), ("class", "chart chart-\(kind)"),
                ("viewBox", "0 0 \(Self.width.svg) \(height.svg)"), ("width", Self.width.svg), ("height", height.svg),
                ("style", "max-width:100%;height:auto"), ("role", "img"),
                ("aria-labelledby", "\(id)-title"), ("aria-describedby", "\(id)-desc"),
                ("font-size", Self.fontSize.svg),
            ])
        svg.element("title", [("id", "\(id)-title")], text: options.title)
        svg.element("desc", [("id", "\(id)-desc")], text: options.summary ?? summary)
        if seriesCount > 1 {
            svg.open("defs")
            Palette.patternDefinitions(chart: id, seriesCount: seriesCount, into: &svg)
            svg.close("defs")
        }
        let shown = LabelFitter.shorten(options.title, maxWidth: Self.width - 2 * Self.margin, fontSize: Self.titleSize)
        svg.element(
            "text",
            [
                ("class", "chart-title"), ("x", Self.margin.svg), ("y", "22"), ("font-size", Self.titleSize.svg),
                ("font-weight", "600"), ("fill", "currentColor"),
            ], text: shown)
    }

    /// Where the plot may start below the title and a legend of `names`.
    static func top(legend names: [String]) -> Double {
        names.count > 1 ? 40 + Legend.height(names) : 40
    }

    /// Writes a label that may have been wrapped or shortened, with the full text in `<title>`
    /// when what is shown differs from it.
    mutating func label(
        _ full: String, lines: [String], x: Double, y: Double, anchor: String, lineHeight: Double = 14,
        className: String = "chart-label"
    ) {
        let shortened = lines.joined(separator: " ") != full && lines.joined() != full
        svg.open("g", [("class", className)])
        if shortened || lines.count > 1 { svg.element("title", text: full) }
        for (i, line) in lines.enumerated() {
            svg.element(
                "text",
                [
                    ("x", x.svg), ("y", (y + Double(i) * lineHeight).svg), ("text-anchor", anchor),
                    ("fill", "currentColor"),
                ], text: line)
        }
        svg.close("g")
    }

    mutating func finish() -> String {
        svg.close("svg")
        return svg.output
    }
}
