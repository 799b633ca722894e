/// Series colours, hatch patterns and line markers.
///
/// Colours are the theme's CSS custom properties with fallbacks, so every theme recolours its
/// charts and a theme without them still gets a readable palette. Patterns, markers and dashes
/// tell series apart for readers who cannot tell the colours apart, and in print.
enum Palette {
    static let count = 6
    private static let fallbacks = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#b07aa1", "#9c755f"]

    static func colour(_ series: Int) -> String {
        let i = series % count
        return "var(--chart-\(i + 1),\(fallbacks[i]))"
    }

    static let axis = "var(--chart-axis,#57606a)"
    static let grid = "var(--chart-grid,#d0d7de)"
    /// For values `check` found inconsistent.
    static let alert = "var(--chart-alert,#cf222e)"
    /// A ring of page background around label glyphs, so a label stays legible over a line.
    static let halo = "paint-order:stroke;stroke:var(--bg,#fff);stroke-width:3px;stroke-linejoin:round"
    private static let hatch = "var(--chart-pattern,rgba(255,255,255,0.65))"

    /// Hatch drawn over series `i`'s fill (none for the first series, which stays solid).
    private static let patternPaths = [
        "",
        "M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4",
        "M2,2 h0.01 M6,6 h0.01",
        "M0,4 h8",
        "M0,0 l8,8 M8,0 l-8,8",
        "M4,0 v8",
    ]

    static func patternID(chart: String, series: Int) -> String? {
        series % count == 0 ? nil : "\(chart)-p\(series % count + 1)"
    }

    /// `<pattern>` definitions for the first `seriesCount` series.
    static func patternDefinitions(chart: String, seriesCount: Int, into svg: inout SVGWriter) {
        for series in 0..<min(seriesCount, count) {
            guard let id = patternID(chart: chart, series: series) else { continue }
            let width = series % count == 2 ? "2.4" : "1.6"
            svg.open("pattern", [("id", id), ("width", "8"), ("height", "8"), ("patternUnits", "userSpaceOnUse")])
            svg.element(
                "path",
                [
                    ("d", patternPaths[series % count]),
                    ("style", "stroke:\(hatch);stroke-width:\(width);stroke-linecap:round"), ("fill", "none"),
                ])
            svg.close("pattern")
        }
    }

    /// A filled rectangle in series `i`'s colour with its hatch on top.
    static func bar(
        _ series: Int, chart: String, x: Double, y: Double, width: Double, height: Double, into svg: inout SVGWriter
    ) {
        let geometry = [("x", x.svg), ("y", y.svg), ("width", max(0, width).svg), ("height", max(0, height).svg)]
        svg.element("rect", geometry + [("style", "fill:\(colour(series))")])
        if let pattern = patternID(chart: chart, series: series) {
            svg.element("rect", geometry + [("fill", "url(#\(pattern))")])
        }
    }

    /// Dash pattern of series `i`'s line.
    static func dash(_ series: Int) -> String? {
        ["", "7 3", "2 3", "9 3 2 3", "4 4", "1 2"][series % count].nilIfEmpty
    }

    /// A marker of series `i`'s shape centred on (x, y).
    static func marker(_ series: Int, x: Double, y: Double, into svg: inout SVGWriter, style: String? = nil) {
        let r = 4.5
        let paint = style ?? "fill:\(colour(series));stroke:\(colour(series))"
        switch series % count {
        case 0:
            svg.element("circle", [("cx", x.svg), ("cy", y.svg), ("r", r.svg), ("style", paint)])
        case 1:
            svg.element(
                "rect",
                [
                    ("x", (x - r).svg), ("y", (y - r).svg), ("width", (2 * r).svg), ("height", (2 * r).svg),
                    ("style", paint),
                ])
        case 2:
            svg.element(
                "path",
                [
                    (
                        "d",
                        "M\(x.svg),\((y - r - 1).svg) L\((x + r + 1).svg),\((y + r).svg) L\((x - r - 1).svg),\((y + r).svg) Z"
                    ), ("style", paint),
                ])
        case 3:
            svg.element(
                "path",
                [
                    (
                        "d",
                        "M\(x.svg),\((y - r - 1).svg) L\((x + r + 1).svg),\(y.svg) L\(x.svg),\((y + r + 1).svg) L\((x - r - 1).svg),\(y.svg) Z"
                    ), ("style", paint),
                ])
        case 4:
            svg.element(
                "path",
                [
                    (
                        "d",
                        "M\((x - r - 1).svg),\((y - r).svg) L\((x + r + 1).svg),\((y - r).svg) L\(x.svg),\((y + r + 1).svg) Z"
                    ), ("style", paint),
                ])
        default:
            svg.element(
                "path",
                [
                    (
                        "d",
                        "M\((x - r).svg),\((y - r).svg) L\((x + r).svg),\((y + r).svg) M\((x + r).svg),\((y - r).svg) L\((x - r).svg),\((y + r).svg)"
                    ),
                    ("style", "stroke:\(colour(series));stroke-width:2.5;fill:none"),
                ])
        }
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
