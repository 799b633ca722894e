import Numbers
import TextKit

extension UIStrings {
    /// "3 min read · 1,204 words" in this language, from the `readingTime` pattern.
    ///
    /// A pattern rather than separate "min read" and "words" strings, because word order and
    /// spacing differ: Japanese writes `3分で読めます · 1,204文字` with no spaces at all.
    public func readingTime(_ reading: ReadingTime) -> String {
        TextPattern.fill(self["readingTime"], ["minutes": grouped(reading.minutes), "count": grouped(reading.count)])
    }

    /// An integer with this language's thousands separator: `1,204`, `1 204`. The separator is
    /// the one `check` writes (`NumberLocale`), unless the theme's strings set `groupSeparator`.
    public func grouped(_ value: Int) -> String {
        let separator = values["groupSeparator"] ?? String(NumberLocale(languageTag: language).groupingSeparator)
        return (value < 0 ? "-" : "") + DigitGrouping.group(String(value.magnitude), separator: separator)
    }
}
