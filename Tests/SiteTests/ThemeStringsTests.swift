import Foundation
import Site
import TestSupport
import Testing

/// The interface strings the theme menu, reading time and table regions need, in every language
/// the default theme ships, so no reader meets an English fallback in the middle of a page.
@Suite struct ThemeStringsTests {
    static let languages = ["zh", "ja", "fr", "en"]
    static let keys = [
        "theme", "themeAuto", "themeLight", "themeDark", "themeSepia", "themeContrast", "themeForest",
        "readingTime", "table",
    ]

    @Test(arguments: languages)
    func everyLanguageNamesTheThemesAndTheReadingTime(language: String) throws {
        let url = repositoryRoot.appendingPathComponent("Templates/i18n/\(language).yaml")
        let (strings, diagnostics) = UIStrings.parse(
            try String(contentsOf: url, encoding: .utf8), language: language, file: url.path)
        #expect(diagnostics.isEmpty)
        let yaml = try String(contentsOf: url, encoding: .utf8)
        for key in Self.keys {
            #expect(yaml.contains("\n\(key):"), "\(language).yaml has no \(key)")
        }
        #expect(strings["readingTime"].contains("{minutes}") && strings["readingTime"].contains("{count}"))
        // The thousands separator is the number locale's, the one `check` writes, not a theme string.
        #expect(!yaml.contains("\ngroupSeparator:"))
        if language != "en" {
            #expect(
                strings["themeContrast"] != UIStrings.english["themeContrast"], "\(language) still says High contrast")
        }
    }
}
