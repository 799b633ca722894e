import Testing

@testable import Numbers

/// `ScanText` builds an ASCII text from its bytes; the result must be what reading its
/// Characters gives.
@Suite struct ScanTextTests {
    @Test(arguments: [
        "", "1,560", "$0.375 = $585.00", "| svc-A0 | 1,560 |", "a\tb", "Total: 42%", "a\r\nb", "１２０円", "e\u{0301}3",
    ])
    func readsEachCharacterOnce(text: String) {
        let scan = ScanText(text)
        #expect(scan.chars == text.map(CharacterFolding.fold))
        #expect(scan.count == text.count)
        for index in 0..<scan.count {
            #expect(scan.original(index) == Array(text)[index])
        }
        #expect(scan.text(0..<scan.count) == text)
    }
}
