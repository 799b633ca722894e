import Testing

@testable import Site

/// A search result's excerpt is cut by counting scalars where that is safe; the cut must be the
/// one counting Characters gives, whatever stands at the boundary.
@Suite struct SearchExcerptTests {
    static let limit = SearchIndex.excerptLength

    static let texts: [String] = {
        let ascii = String(repeating: "cost of the cluster ", count: 12)
        let cjk = String(repeating: "月度成本的计算过程、", count: 20)
        let kana = String(repeating: "コストレポート。", count: 25)
        var texts = [ascii, cjk, kana, "", "short", String(ascii.prefix(limit)), String(ascii.prefix(limit + 1))]
        // Whatever may join a neighbour, just before, at and just after the cut.
        let joiners = [
            "e\u{301}", "\r\n", "か\u{3099}", "👍🏽", "👩‍👩‍👧", "🇫🇷", "한국", "\u{1100}\u{1161}\u{11A8}", "क्षि", "\u{FF76}\u{FF9E}",
            "a\u{200D}b", "〰\u{FE0F}",
        ]
        for joiner in joiners {
            for offset in [-2, -1, 0, 1] {
                texts.append(String(ascii.prefix(limit + offset)) + joiner + ascii)
                texts.append(String(cjk.prefix(limit + offset)) + joiner + cjk)
            }
        }
        return texts
    }()

    @Test(arguments: texts) func theCutIsTheCharactersCut(_ text: String) {
        #expect(SearchIndex.excerpt(text) == String(text.prefix(Self.limit)))
    }
}
