import Foundation
import Testing
import TextKit

/// One JSON string writer for the figure record and the search scripts: what it writes parses
/// back to the same text, and the script-safe form hides what would end a `<script>`.
@Suite struct JSONTextTests {
    static let awkward = [
        "plain", "quote \" and \\ back", "line\nbreak\ttab\r", "\u{01}\u{1F}", "<script>", "汉字 \u{2028}\u{2029} é", "",
    ]

    @Test(arguments: awkward, [false, true])
    func writesAStringThatParsesBack(text: String, scriptSafe: Bool) throws {
        var bytes: [UInt8] = []
        JSONText.appendString(text, to: &bytes, scriptSafe: scriptSafe)
        let parsed = try JSONSerialization.jsonObject(with: Data(bytes), options: .fragmentsAllowed) as? String
        #expect(parsed == text)
        let written = String(decoding: bytes, as: UTF8.self)
        #expect(written.contains("<") == (!scriptSafe && text.contains("<")))
        #expect(written.contains("\u{2028}") == (!scriptSafe && text.contains("\u{2028}")))
    }
}
