import Content
import Testing

/// Inputs the front-matter fuzzer (`Fuzz/run splitter`) stopped on, kept so they stay handled.
@Suite struct SplitterFuzzRegressionTests {
    /// BOM, CRLF, a lone CR, invalid bytes and a closing fence as the very last bytes of the file:
    /// the body is empty and the fence line still counts, so body lines start after line 10.
    @Test func closingFenceAtEndOfFileAfterMixedLineEnds() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("---\r\nti,;--\ri\n\r".utf8) + Array(repeating: 0xFF, count: 21)
            + Array("\r\n\r?\n\n\n---".utf8)
        let split = try FrontMatterSplitter.split(String(decoding: bytes, as: UTF8.self)).get()
        #expect(split.body == "")
        #expect(split.bodyLineOffset == 10)
        #expect(split.yaml?.hasPrefix("ti,;--\ri\n") == true)
    }
}
