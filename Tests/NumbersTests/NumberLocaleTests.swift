import Testing

@testable import Numbers

@Test(arguments: [
    ("zh", NumberLocale.zh), ("zh-Hans", .zh), ("ja_JP", .ja), ("fr-CA", .fr), ("de", .de), ("zh-Hant", .zh),
    ("zh-TW", .zh), ("hant", .zh), ("", .en),
])
func localeFromLanguageTag(tag: String, expected: NumberLocale) {
    #expect(NumberLocale(languageTag: tag) == expected)
}
