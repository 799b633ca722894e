/// An author's colours as CSS custom properties for each kind of theme.
///
/// Authors pick colours for a white page (`fill:#e3f2fd`); on a dark page that pale fill with
/// the dark theme's light text would be unreadable. So each colour is given three ways, keeping
/// its hue: as written (light themes), deep (dark themes) and deeper with a bright outline (high
/// contrast); the stylesheet picks one per theme. Text colours are chosen for 4.5:1 or more
/// against the fill they sit on.
struct ThemedPaint {
    static let darkText = RGBColour(css: "#1f2328")!
    static let lightText = RGBColour(css: "#f5f7fa")!
    static let white = RGBColour(red: 1, green: 1, blue: 1)

    /// `--fill`, `--fill-dark`, `--fill-contrast`, and the same for `--stroke` and `--text`.
    static func variables(for style: NodeStyle) -> String {
        var parts: [String] = []
        if let fill = style.fill {
            let (hue, saturation) = fill.hueSaturation
            let dark = RGBColour.hsl(hue, min(saturation, 0.55), 0.22)
            let contrast = RGBColour.hsl(hue, min(saturation, 0.7), 0.12)
            parts += ["--fill:\(fill.hex)", "--fill-dark:\(dark.hex)", "--fill-contrast:\(contrast.hex)"]
            parts += [
                "--text:\(readable(style.text, on: fill).hex)", "--text-dark:\(readable(style.text, on: dark).hex)",
                "--text-contrast:\(white.hex)",
            ]
        } else if let text = style.text {
            parts += [
                "--text:\(readable(text, on: white).hex)",
                "--text-dark:\(readable(text, on: RGBColour(css: "#0d1117")!).hex)",
                "--text-contrast:\(white.hex)",
            ]
        }
        if let stroke = style.stroke ?? style.fill {
            let (hue, saturation) = stroke.hueSaturation
            let written = style.stroke ?? RGBColour.hsl(hue, min(saturation, 0.6), 0.4)
            parts += [
                "--stroke:\(written.hex)", "--stroke-dark:\(RGBColour.hsl(hue, min(saturation, 0.7), 0.68).hex)",
                "--stroke-contrast:\(RGBColour.hsl(hue, saturation == 0 ? 0 : 1, 0.78).hex)",
            ]
        }
        return parts.joined(separator: ";")
    }

    /// The author's text colour when it is readable on `fill`, else the better of near-black and near-white.
    static func readable(_ text: RGBColour?, on fill: RGBColour) -> RGBColour {
        if let text, text.contrast(with: fill) >= 4.5 { return text }
        return darkText.contrast(with: fill) >= lightText.contrast(with: fill) ? darkText : lightText
    }
}
