/// The colour custom properties of each theme, read out of the theme's `style.css`.
///
/// Only what the default theme writes is understood: rules whose selector names a theme with
/// `[data-theme="name"]`, plus the `:root:not([data-theme])` rule that gives the system's dark
/// theme, each holding `--name: #rgb` or `#rrggbb` declarations. Rules inside `@media print` are
/// skipped (paper is always black on white).
struct ThemePalette {
    /// Colours by theme name, then by custom property name without the dashes (`bg`, `fg`).
    var themes: [String: [String: String]] = [:]

    /// The name given to the rule that applies when no theme is chosen and the system is dark.
    static let systemDark = "system-dark"

    init(css: String) {
        let text = Self.withoutComments(css)
        let printStart = text.firstRange(of: "@media print")?.lowerBound ?? text.endIndex
        for match in text[..<printStart].matches(of: /([^{}]*)\{([^{}]*)\}/) {
            let selector = String(match.output.1)
            guard let name = Self.themeName(selector) else { continue }
            for declaration in match.output.2.split(separator: ";") {
                let parts = declaration.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { continue }
                let property = parts[0].trimmed
                guard property.hasPrefix("--") else { continue }
                themes[name, default: [:]][String(property.dropFirst(2))] = String(parts[1].trimmed)
            }
        }
    }

    static func themeName(_ selector: String) -> String? {
        if let m = selector.firstMatch(of: /data-theme="([a-z-]+)"/) { return String(m.output.1) }
        if selector.contains(":root:not([data-theme])") { return systemDark }
        return nil
    }

    static func withoutComments(_ css: String) -> String {
        css.replacing(/\/\*[\s\S]*?\*\//, with: "")
    }
}

extension Substring {
    var trimmed: Substring {
        let start = firstIndex { !$0.isWhitespace } ?? endIndex
        let end = lastIndex { !$0.isWhitespace }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
