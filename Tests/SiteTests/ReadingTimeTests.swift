import GFM
import Site
import Testing

/// Reading time and word count in each language: characters for Chinese and Japanese, words for
/// French and English, each script at its own rate in mixed text.
@Suite struct ReadingTimeTests {
    func reading(_ markdown: String, _ language: String) -> ReadingTime {
        ReadingTime(document: MarkdownParser.parse(markdown).document, language: language)
    }

    @Test func chineseCountsCharactersNotPunctuation() {
        let r = reading("选模型时，大家最先看的往往是基准测试分数。", "zh")
        #expect(r.cjkCharacters == 19)
        #expect(r.words == 0)
        #expect(r.count == 19)
    }

    @Test func latinWordsInsideChineseCountAsWords() {
        // 使用 + 模型 + 每月 + 美元 = 8 characters; GPT-4o-mini and 4.50 are one word each.
        let r = reading("使用GPT-4o-mini模型，每月4.50美元。", "zh")
        #expect(r.cjkCharacters == 8)
        #expect(r.words == 2)
    }

    @Test func japaneseCountsKanjiAndKanaButNotTheMiddleDot() {
        // 々 and ー are read; ・ and 、。 are punctuation.
        let r = reading("時々、データ・センターの費用を見る。", "ja")
        #expect(r.cjkCharacters == 15)  // 時々 データ センター の 費用 を 見る
        #expect(r.words == 0)
    }

    @Test func frenchElisionsHyphensAndNumbersAreOneWordEach() {
        // l'entreprise, peut-être and 1 234,5 (narrow no-break space) are single words.
        let r = reading("L'entreprise paiera peut-être 1\u{202F}234,5 $ par mois.", "fr")
        #expect(r.words == 6)
        #expect(r.cjkCharacters == 0)
    }

    @Test func englishCountsWordsAcrossInlineMarkup() {
        let r = reading("The **monthly** bill is `0.05` dollars per *million* tokens.", "en")
        #expect(r.words == 9)
    }

    @Test func decomposedAccentsDoNotSplitWords() {
        #expect(reading("cou\u{0302}t re\u{0301}el", "fr").words == 2)
    }

    @Test func codeBlocksAreSkippedAndTablesCounted() {
        let markdown = """
            Prix par modèle.

            ```python
            print("this code is not read as prose at all")
            ```

            | modèle | prix |
            | --- | --- |
            | GPT-4o-mini | 0,15 |

            ![un graphique](chart.svg)
            """
        let r = reading(markdown, "fr")
        // Prix par modèle (3) + modèle prix (2) + GPT-4o-mini 0,15 (2); the code and alt text are not read.
        #expect(r.words == 7)
    }

    @Test func cellsAndBreaksSeparateWords() {
        #expect(reading("| a | b |\n| --- | --- |\n| c | d |", "en").words == 4)
        #expect(reading("one\ntwo", "en").words == 2)
    }

    /// Published rates: zh 440 characters, ja 650 characters, fr 200 words, en 230 words a minute.
    @Test(arguments: [
        ("zh", 0, 880, 2), ("zh", 0, 1100, 3), ("ja", 0, 1300, 2), ("ja", 0, 1700, 3),
        ("fr", 600, 0, 3), ("fr", 500, 0, 3), ("en", 690, 0, 3), ("en", 100, 0, 1), ("en", 0, 0, 1),
        // Mixed: 880 characters at 440 plus 230 words at the English rate = 3 minutes.
        ("zh", 230, 880, 3),
    ])
    func minutesFollowEachLanguagesRate(language: String, words: Int, characters: Int, minutes: Int) {
        #expect(ReadingTime(words: words, cjkCharacters: characters, language: language).minutes == minutes)
    }

    @Test func regionSubtagsUseTheLanguagesRate() {
        #expect(ReadingTime(words: 0, cjkCharacters: 1300, language: "ja-JP").minutes == 2)
        #expect(ReadingTime(words: 600, cjkCharacters: 0, language: "fr-CA").minutes == 3)
    }

    @Test(arguments: [
        ("zh", ["readingTime": "{minutes} 分钟阅读 · {count} 字"], "3 分钟阅读 · 1,201 字"),
        ("ja", ["readingTime": "{minutes}分で読めます · {count}文字"], "3分で読めます · 1,201文字"),
        // The separator comes from the number locale, as in the figures `check` writes.
        (
            "fr", ["readingTime": "{minutes}\u{A0}min de lecture · {count}\u{A0}mots"],
            "3\u{A0}min de lecture · 1\u{202F}201\u{A0}mots"
        ),
        ("de-AT", ["readingTime": "{minutes} Min. · {count} Wörter"], "3 Min. · 1.201 Wörter"),
        ("en", [:], "3 min read · 1,201 words"),
        // A theme may still set its own.
        ("en", ["groupSeparator": "'"], "3 min read · 1'201 words"),
    ])
    func readingTimeIsWrittenInThePagesLanguage(language: String, values: [String: String], expected: String) {
        let strings = UIStrings(language: language, values: values)
        let r = ReadingTime(words: 0, cjkCharacters: 1201, language: "zh")
        #expect(strings.readingTime(r) == expected)
    }

    @Test func groupingHandlesShortAndLongNumbers() {
        let en = UIStrings(language: "en")
        #expect(en.grouped(7) == "7")
        #expect(en.grouped(999) == "999")
        #expect(en.grouped(1000) == "1,000")
        #expect(en.grouped(1234567) == "1,234,567")
    }
}
