import Testing

@testable import Numbers

/// Every form of the issue, per locale: text in, the figures read (or none).
@Suite struct ScannerTableTests {
    @Test(arguments: chineseCases)
    func chinese(_ row: ScanCase) { #expect(summaries(row.input, row.locale) == row.expected) }

    @Test(arguments: japaneseCases)
    func japanese(_ row: ScanCase) { #expect(summaries(row.input, row.locale) == row.expected) }

    @Test(arguments: frenchCases)
    func french(_ row: ScanCase) { #expect(summaries(row.input, row.locale) == row.expected) }

    @Test(arguments: englishCases)
    func english(_ row: ScanCase) { #expect(summaries(row.input, row.locale) == row.expected) }

    @Test func tablesHoldAtLeastTwoHundredCases() {
        #expect(chineseCases.count + japaneseCases.count + frenchCases.count + englishCases.count >= 200)
    }
}
