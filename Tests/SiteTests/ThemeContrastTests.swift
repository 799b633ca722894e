import Foundation
import TestSupport
import Testing

/// Every theme in `Templates/assets/style.css` meets WCAG 2.1 contrast for text.
///
/// Text sits on `--bg` (body, links, muted dates and captions, table cells) and on `--surface`
/// (table headers, code, the contents box, tags), so every text colour is checked on both;
/// chart labels sit on `--bg` only.
@Suite struct ThemeContrastTests {
    static let themes = ["light", "dark", "sepia", "contrast", "forest"]
    static let textColours = ["fg", "link", "muted"]
    static let backgrounds = ["bg", "surface"]
    /// Tick labels and the values `check` flags are drawn straight on the page background.
    static let chartTextColours = ["chart-axis", "chart-alert"]

    /// 4.5:1 is WCAG AA for normal-size text; the high-contrast theme promises AAA, 7:1.
    static func minimum(for theme: String) -> Double { theme == "contrast" ? 7 : 4.5 }

    static func stylesheet() throws -> String {
        try String(contentsOf: repositoryRoot.appendingPathComponent("Templates/assets/style.css"), encoding: .utf8)
    }

    /// Each failing pair as "theme: fg on bg is 3.20:1, needs 4.5:1".
    static func violations(in palette: ThemePalette) -> [String] {
        var found: [String] = []
        for theme in themes {
            guard let colours = palette.themes[theme] else {
                found.append("\(theme): no [data-theme=\"\(theme)\"] rule")
                continue
            }
            let pairs = textColours.flatMap { t in backgrounds.map { (t, $0) } } + chartTextColours.map { ($0, "bg") }
            for (text, background) in pairs {
                guard let fg = colours[text], let bg = colours[background], let ratio = ContrastRatio.ratio(fg, bg)
                else {
                    found.append("\(theme): --\(text) or --\(background) is missing or not a #hex colour")
                    continue
                }
                if ratio < minimum(for: theme) {
                    found.append(
                        "\(theme): --\(text) \(fg) on --\(background) \(bg) is \(String(format: "%.2f", ratio)):1, needs \(minimum(for: theme)):1"
                    )
                }
            }
        }
        return found
    }

    /// `--accent` draws chart marks and other graphics: WCAG 1.4.11 asks 3:1 against what is beside them.
    @Test(arguments: themes)
    func accentIsVisibleAsAGraphic(theme: String) throws {
        let colours = try #require(ThemePalette(css: try Self.stylesheet()).themes[theme])
        for background in Self.backgrounds {
            let ratio = try #require(ContrastRatio.ratio(colours["accent"] ?? "", colours[background] ?? ""))
            #expect(ratio >= 3, "--accent on --\(background): \(ratio)")
        }
    }

    /// Chart series are graphics too: each bar or line colour needs 3:1 against the page.
    @Test(arguments: themes)
    func chartSeriesAreVisibleAsGraphics(theme: String) throws {
        let colours = try #require(ThemePalette(css: try Self.stylesheet()).themes[theme])
        for series in 1...6 {
            let ratio = try #require(ContrastRatio.ratio(colours["chart-\(series)"] ?? "", colours["bg"] ?? ""))
            #expect(ratio >= 3, "--chart-\(series) on --bg in \(theme): \(ratio)")
        }
    }

    @Test func everyThemeMeetsWCAGContrast() throws {
        let palette = ThemePalette(css: try Self.stylesheet())
        #expect(Self.violations(in: palette) == [])
    }

    @Test(arguments: themes)
    func lowestRatioIsReported(theme: String) throws {
        let colours = try #require(ThemePalette(css: try Self.stylesheet()).themes[theme])
        let ratios =
            Self.textColours.flatMap { t in
                Self.backgrounds.compactMap { ContrastRatio.ratio(colours[t] ?? "", colours[$0] ?? "") }
            }
            + Self.chartTextColours.compactMap { ContrastRatio.ratio(colours[$0] ?? "", colours["bg"] ?? "") }
        #expect(ratios.count == 8)
        #expect((ratios.min() ?? 0) >= Self.minimum(for: theme), "lowest \(ratios.min() ?? 0)")
    }

    /// Code sits on `--surface`, and a marked line (`hl_lines`) on `--code-line`: every token colour,
    /// the plain code colour and the line numbers must be readable on both.
    static let codeColours = [
        "code-keyword", "code-string", "code-number", "code-comment", "code-function", "code-builtin",
        "code-name", "code-error", "fg", "muted",
    ]

    static func codeViolations(in palette: ThemePalette) -> [String] {
        var found: [String] = []
        for theme in themes {
            let colours = palette.themes[theme] ?? [:]
            for text in codeColours {
                for background in ["surface", "code-line"] {
                    guard let ratio = ContrastRatio.ratio(colours[text] ?? "", colours[background] ?? "") else {
                        found.append("\(theme): --\(text) or --\(background) is missing or not a #hex colour")
                        continue
                    }
                    if ratio < minimum(for: theme) {
                        found.append(
                            "\(theme): --\(text) on --\(background) is \(String(format: "%.2f", ratio)):1, needs \(minimum(for: theme)):1"
                        )
                    }
                }
            }
        }
        return found
    }

    @Test func codeColoursMeetWCAGContrast() throws {
        let css = try Self.stylesheet()
        #expect(Self.codeViolations(in: ThemePalette(css: css)) == [])
        // And the check catches a token colour too faint for its background.
        let broken = css.replacingOccurrences(of: "--code-comment: #5c4a32;", with: "--code-comment: #a89878;")
        #expect(
            Self.codeViolations(in: ThemePalette(css: broken)).contains {
                $0.hasPrefix("sepia: --code-comment on --surface")
            })
    }

    /// Pygments writes only a token's most specific class, so each one it can write for the
    /// languages reports use must have a colour rule of its own (or be one that stays plain).
    @Test func everyTokenClassIsColoured() throws {
        let css = try Self.stylesheet()
        let plain: Set<String> = ["n", "nx", "o", "p", "pm", "w", "x", "g", "l", "go", "gp", "gh", "gu", "gs", "ge"]
        let tokens = [
            "k", "kc", "kd", "kn", "kp", "kr", "kt", "ow", "s", "sa", "sb", "sc", "dl", "sd", "s2", "se", "sh", "si",
            "sx",
            "sr", "s1", "ss", "m", "mb", "mf", "mh", "mi", "il", "mo", "c", "ch", "cm", "cp", "cpf", "c1", "cs", "nf",
            "fm",
            "nc", "nn", "ne", "nd", "nb", "bp", "no", "na", "nt", "nv", "vc", "vg", "vi", "py", "err", "gd", "gi",
        ]
        for token in tokens where !plain.contains(token) {
            #expect(
                css.contains(".highlight .\(token),") || css.contains(".highlight .\(token) {"),
                "no colour for .\(token)")
        }
    }

    /// The system-dark rule exists only because CSS cannot share it with `[data-theme="dark"]`.
    @Test func systemDarkEqualsTheDarkTheme() throws {
        let palette = ThemePalette(css: try Self.stylesheet())
        #expect(palette.themes[ThemePalette.systemDark] != nil)
        #expect(palette.themes[ThemePalette.systemDark] == palette.themes["dark"])
    }

    /// The check itself must catch a bad colour, or the test above proves nothing.
    @Test func aLowContrastColourIsCaught() throws {
        let css = try Self.stylesheet()
        let sepiaMuted = try #require(ThemePalette(css: css).themes["sepia"]?["muted"])
        let broken = css.replacingOccurrences(of: "--muted: \(sepiaMuted);", with: "--muted: #b0a48a;")
        let found = Self.violations(in: ThemePalette(css: broken))
        #expect(found.contains { $0.hasPrefix("sepia: --muted #b0a48a on --bg") }, "\(found)")

        let unreadable = css.replacingOccurrences(of: "--link: #ffff00;", with: "--link: yellow;")
        #expect(Self.violations(in: ThemePalette(css: unreadable)).contains { $0.hasPrefix("contrast: --link") })
    }

    @Test func wcagReferenceValues() {
        #expect(ContrastRatio.ratio("#000", "#fff") == 21)
        #expect(ContrastRatio.ratio("#777777", "#ffffff").map { ($0 * 100).rounded() / 100 } == 4.48)
        #expect(ContrastRatio.ratio("#fff", "#fff") == 1)
        #expect(ContrastRatio.ratio("red", "#fff") == nil)
    }
}
