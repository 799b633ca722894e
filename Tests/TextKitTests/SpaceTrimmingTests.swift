import Foundation
import Testing
import TextKit

/// `trimmingSpaces` stands in for Foundation's `trimmingCharacters(in: .whitespaces)` in the
/// checks' hot paths, so it must trim exactly what Foundation trims.
@Suite struct SpaceTrimmingTests {
    @Test(arguments: [
        "  Coût mensuel ", "\t成本（美元）\u{3000}", "\u{00A0}1 204\u{202F}", "\u{2009}", "", "a b",
        " 费用\n", "\u{200B}x\u{200B}", "**合计** ", "e\u{0301} ", " \u{0301}x ", "x \u{0301}",
    ])
    func trimsWhatFoundationTrims(text: String) {
        #expect(text.trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingSpaces == text.trimmingCharacters(in: .whitespaces))
    }
}
