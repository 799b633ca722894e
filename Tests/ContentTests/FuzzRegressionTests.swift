import Content
import Testing

/// Inputs the front-matter fuzzer (`Fuzz/run splitter`) stopped on, kept so they stay handled.
@Suite struct SplitterFuzzRegressionTests {
    /// BOM, CRLF, a lone CR, invalid bytes and a closing fence as the very last bytes of the file:
    /// the body is empty and the fence line still counts, so body lines start after line 10.
    @Test func closingFenceAtEndOfFileAfterMixedLineEnds() throws {
        // The first line is a key, so the opening fence opens YAML (a rule and prose would not).
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("---\r\nti: ,;--\ri\n\r".utf8) + Array(repeating: 0xFF, count: 21)
            + Array("\r\n\r?\n\n\n---".utf8)
        let split = try FrontMatterSplitter.split(String(decoding: bytes, as: UTF8.self)).get()
        #expect(split.body == "")
        #expect(split.bodyLineOffset == 10)
        #expect(split.yaml?.hasPrefix("ti: ,;--\ri\n") == true)
    }

    /// A page that opens with a horizontal rule and prose has no front matter, closed or not.
    @Test(arguments: [
        "---\n这一段是正文，不是 YAML。\n\n---\n", "---\nSome prose, then a rule.\n", "---\n\n**Bold** opening line.\n",
    ])
    func ruleThenProseIsNoFrontMatter(text: String) throws {
        let split = try FrontMatterSplitter.split(text).get()
        #expect(split.yaml == nil)
        #expect(split.body == text)
    }
}
