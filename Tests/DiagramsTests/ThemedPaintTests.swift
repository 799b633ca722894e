import Testing

@testable import Diagrams

/// Author colours keep their hue in every theme and their text stays readable (4.5:1).
@Suite struct ThemedPaintTests {
    static let fills = [
        "#e3f2fd", "#c8e6c9", "#ffcdd2", "#fff9c4", "#1565c0", "#000000", "#ffffff", "#9c27b0", "#ff9800",
    ]

    private func variables(_ style: NodeStyle) -> [String: RGBColour] {
        Dictionary(
            uniqueKeysWithValues: ThemedPaint.variables(for: style).split(separator: ";").map { pair in
                let parts = pair.split(separator: ":")
                return (String(parts[0]), RGBColour(css: String(parts[1]))!)
            })
    }

    @Test(arguments: fills)
    func textIsReadableOnEveryThemesFill(_ fill: String) {
        let v = variables(NodeStyle(fill: RGBColour(css: fill), text: RGBColour(css: "#777777")))
        for mode in ["", "-dark", "-contrast"] {
            let (f, t) = (v["--fill\(mode)"]!, v["--text\(mode)"]!)
            #expect(f.contrast(with: t) >= 4.5, "\(fill)\(mode): \(f.hex) / \(t.hex)")
        }
    }

    @Test(arguments: ["#e3f2fd", "#c8e6c9", "#ffcdd2", "#9c27b0"])
    func darkFillsKeepTheHueAndAreDark(_ fill: String) {
        let written = RGBColour(css: fill)!
        let v = variables(NodeStyle(fill: written))
        for mode in ["-dark", "-contrast"] {
            let dark = v["--fill\(mode)"]!
            #expect(abs(dark.hueSaturation.hue - written.hueSaturation.hue) < 4)
            #expect(dark.luminance < 0.06)
        }
        #expect(v["--fill"] == written)
    }

    @Test func aReadableAuthorTextColourIsKept() {
        let v = variables(NodeStyle(fill: RGBColour(css: "#e3f2fd"), text: RGBColour(css: "#0d47a1")))
        #expect(v["--text"] == RGBColour(css: "#0d47a1"))
    }
}
