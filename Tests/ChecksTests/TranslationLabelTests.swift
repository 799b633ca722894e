import Content
import Testing

@testable import Checks

/// Numbers one version writes as figures and another in words are left out of the alignment of
/// translations: versions, rounds, ordinals, a date's month and day.
@Suite struct TranslationLabelTests {
    private func labels(_ text: String, language: String) -> [String] {
        var settings = SiteSettings()
        settings.languages = [language]
        settings.defaultLanguage = language
        let page = PageLoader(settings: settings).load(file: "t.md", text: "---\ntitle: T\n---\n\n" + text + "\n").0!
        let run = PageFigures(page: page, file: "t.md").runs[0]
        let columns = TranslationAgreementRule.labelNumbers(in: run)
        return run.figures.filter { columns.contains($0.column) }.map(\.number.text)
    }

    @Test func aDatesMonthAndDayAreLabels() {
        let zh = labels("第 2.3 版，取代 3 月 4 日的 v2.2，费用 1,250 美元。", language: "zh")
        #expect(zh.contains { $0.hasPrefix("4") } && !zh.contains("1,250"), "\(zh)")
    }

    @Test func versionsRoundsAndOrdinalsAreLabels() {
        #expect(labels("La version 2 suivra la revue (3e tour) pour 12 sites.", language: "fr") == ["2"])
        #expect(labels("It follows the review (round 3) for 12 sites.", language: "en") == ["3"])
    }
}
