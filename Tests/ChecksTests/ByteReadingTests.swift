import Foundation
import Testing

@testable import Checks

/// The checks read ASCII text by bytes where it used to read Characters; each byte reading must
/// give what the Character reading gives, including next to a combining mark or a CR LF.
@Suite struct ByteReadingTests {
    static let texts = [
        "", "Total: $21,550", "  合计：63,400円", "1,560 calls × $0.375 = $585.00", "Serveur : 100 €",
        "**Total** 1,200", "total=42", "Sub-total 3", "no figure here", "e\u{0301}tape 3", "a\r\nb 4",
        "x = 1 ＝ 2", "— 12 items", "Coût total (€) : 1 204", "---", "12345", "abc", "Sous-total HT – 1 200 €",
        "小計（税抜）", "① 12", "费用合计＝１２万元", "Gesamtkosten für Mai: 3.200 €", "naïve\u{0308} total 3",
        "Montant TTC − remise", "月額 -合計- 12", "万元合计", "共 3 万元", "三万", "总计：12", "Total:\u{0301} 3",
    ]

    @Test(arguments: texts)
    func labelAsBytesIsLabelAsCharacters(text: String) {
        let characterLabel = String(
            text.drop { !$0.isLetter }.prefix { !$0.isNumber && $0 != ":" && $0 != "：" && $0 != "=" && $0 != "＝" })
        #expect(ListTotalRule.label(of: text) == characterLabel)
    }

    @Test(arguments: texts.map { $0.lowercased() })
    func latinWordsByScalarsAreLatinWordsByCharacters(text: String) {
        var words: [String] = []
        var current = ""
        func trimmed(_ word: String) -> String {
            var word = Substring(word)
            while word.first == "-" { word = word.dropFirst() }
            while word.last == "-" { word = word.dropLast() }
            return String(word)
        }
        for character in text {
            if character.isLetter && character.unicodeScalars.allSatisfy({ $0.value < 0x2E80 })
                || character == "-" && !current.isEmpty
            {
                current.append(character)
            } else if !current.isEmpty {
                words.append(trimmed(current))
                current = ""
            }
        }
        if !current.isEmpty { words.append(trimmed(current)) }
        #expect(TotalWords.latinWords(text) == words.filter { !$0.isEmpty })
    }

    @Test(arguments: [
        "x = 1  # a comment", "print('# not a comment')  // but this", "a -- b", "s = \"//\" # c", "a - b / c",
        "'unclosed # quote", "--", "#", "url = \"http://x\"", "", "\"a\" 'b' -- c",
    ])
    func commentFoundInBytesWhereItIsInCharacters(line: String) {
        let byCharacters = PageFigures.commentStart(in: line[...]).map { line.distance(from: line.startIndex, to: $0) }
        let byBytes = Array(line.utf8).withUnsafeBufferPointer { PageFigures.commentStart(inASCII: $0) }
        #expect(byBytes == byCharacters)
    }

    @Test func literalSearchFindsWhatANaiveSearchFinds() {
        let haystacks = ["", "a", "aaab", "abcabd", "合计：63,400円", "総計と合計", "xyzxyzxy", "ab"]
        let needles = ["a", "ab", "abd", "b", "合计", "合計", "：", "zxy", "xyzxyzxyz", "円"]
        for haystack in haystacks {
            for needle in needles {
                let naive = Array(haystack.utf8).indices.contains { start in
                    Array(haystack.utf8)[start...].starts(with: Array(needle.utf8))
                }
                #expect(haystack.containsLiteral(needle) == naive, "\(needle) in \(haystack)")
            }
        }
    }

    @Test func aWordStandsWholeInLatinAndAnywhereInOtherScripts() {
        #expect(!"the surplus before overheads".containsWord("plus"))
        #expect("plus 3 %".containsWord("plus"))
        #expect("les coûts ont augmentée".containsWord("augmenté"))
        #expect(!"baisses".containsWord("baisse"))
        #expect("Levage Rhône より 304 €".containsWord("より"))
        #expect("比 B 方案低".containsWord("比", excludingBefore: Set<Character>(["例"])))
        #expect(!"占比例 30%".containsWord("比", excludingBefore: Set<Character>(["例"])))
    }

    @Test func literalSetFindsWhatAskingEachWordFinds() {
        let haystacks = ["", "a", "aaab", "abcabd", "合计：63,400円", "総計と合計", "xyzxyzxy", "AB", "Half", "bEhalf"]
        let wordLists = [["a"], ["abd", "合计"], ["zxy", "円", "b"], ["xyzxyzxyz"], ["合計", "q"], ["half", "ab"], []]
        for haystack in haystacks {
            for words in wordLists {
                let exact = LiteralSet(words)
                #expect(
                    exact.occurs(in: haystack) == words.contains { haystack.containsLiteral($0) },
                    "\(words) in \(haystack)")
                // Folding lowers the text's ASCII capitals only.
                let lowered = String(decoding: haystack.utf8.map { $0 &- 0x41 < 26 ? $0 | 0x20 : $0 }, as: UTF8.self)
                #expect(
                    LiteralSet(words, foldingASCIICase: true).occurs(in: haystack)
                        == words.contains { lowered.containsLiteral($0) }, "\(words) in \(haystack), folded")
            }
        }
    }

    /// The prefilter passes every text the scan finds a fraction in, capitals and all, and few others.
    @Test func fractionPrefilterPassesWhatTheScanFinds() {
        let texts = [
            "About A QUARTER of the bill", "Un tiers du budget", "La moitié des coûts", "流量费约占账单的四分之一", "約4割",
            "约 3 成", "One in 4 listings", "Ein Viertel der Kosten", "1 sur 5 élèves",
        ]
        for text in texts {
            #expect(FractionShareRule.mayHoldFraction(text[...]), "\(text)")
            #expect(!FractionShareRule.fractions(in: Array(text)).isEmpty, "\(text)")
        }
        for text in ["七成用户", "约 3 成", "3.6割"] {
            #expect(FractionShareRule.mayHoldFraction(text[...]), "\(text)")
        }
        // `成本` and `割引` follow no count of tenths.
        for text in ["No fraction here at all", "费用合计 1,200 元", "Costs rose in March", "运营成本 1,200 元", "割引後 3,000 円"] {
            #expect(!FractionShareRule.mayHoldFraction(text[...]), "\(text)")
        }
    }

    @Test func mayContainAgreesWithFoundation() {
        let texts = ["Marge (%)", "Anteil", "Ø pro Monat", "ø", "折合人民币约", "人民幣", "\u{F9D0}", "euros", "€"]
        for text in texts {
            for needle in ["%", "ø", "人民币", "人民幣", "euros", "類"] {
                #expect(text.mayContain(needle) == text.contains(needle), "\(needle) in \(text)")
            }
        }
    }
}
