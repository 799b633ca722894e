import Testing
import TextKit

@Suite struct SourceLinesTests {
    @Test(arguments: [
        ("a\nb\nc", ["a", "b", "c"]), ("a\r\nb\r\nc", ["a", "b", "c"]), ("a\rb\rc", ["a", "b", "c"]),
        ("a\r\rb", ["a", "", "b"]), ("a\n\r\nb\r", ["a", "", "b", ""]), ("", [""]), ("x\n", ["x", ""]),
    ])
    func everyLineEndEndsALine(text: String, lines: [String]) {
        let split = SourceLines(text)
        #expect(split.lines.map(String.init) == lines)
        #expect(split.count == lines.count)
        #expect(split.line(0) == nil && split.line(lines.count + 1) == nil && split[lines.count + 1] == "")
    }

    @Test func byteColumnsBecomeCharacterColumns() {
        // 成本 is six bytes; `$` starts at byte 8, Character 4, on a CR-only second line.
        let lines = SourceLines("ascii line\r成本 $5 total")
        #expect(lines.characterColumn(line: 1, byteColumn: 7) == 7)
        #expect(lines.characterColumn(line: 2, byteColumn: 8) == 4)
        // The inclusive end of `成`: its last byte is byte 3.
        #expect(lines.characterEndColumn(line: 2, byteColumn: 3) == 1)
        #expect(lines.characterEndColumn(line: 2, byteColumn: 9) == 5)
        #expect(lines.slice(line: 2, from: 4, through: 5) == "$5")
        #expect(lines.slice(line: 2, from: 7) == "total")
    }

    @Test func characterColumnsCountAsSourceLinesDoes() {
        // CJK, a decomposed é, a flag, a family emoji, full-width digits, a CR-only break, an ASCII line.
        let text = "成本 e\u{301}t\u{301}é 🇫🇷🇯🇵 👨‍👩‍👧 １２３ |\rplain ascii\n月额 ¥4,680 / 年"
        let lines = SourceLines(text)
        var columns = CharacterColumns(lines)
        for line in 0...(lines.count + 1) {
            let width = lines[line].utf8.count
            for byte in -1...(width + 3) {
                #expect(
                    columns.characterColumn(line: line, byteColumn: byte)
                        == lines.characterColumn(line: line, byteColumn: byte), "line \(line) byte \(byte)")
                #expect(
                    columns.characterEndColumn(line: line, byteColumn: byte)
                        == lines.characterEndColumn(line: line, byteColumn: byte), "line \(line) byte \(byte)")
            }
        }
        #expect(columns.characterColumn(line: 1, byteColumn: 8) == 4)
    }

    /// Lines of ASCII, kana, ideographs and full-width forms are counted a scalar to a Character;
    /// beside them, lines whose marks join what stands before them (`か゛`, `ｶﾞ`, `〇〪`) are not.
    @Test(arguments: [
        "成本为 $5，共３次。ひらがな カタカナ〜「引用」\t\u{7}end",
        "月額（税込）：１２，０００円　　合計",
        "か\u{3099}き ｶﾞ 〇\u{302A} 漢\u{E0100}字",
        "ascii, then 한국어 and 漢字",
        "Coût × 12 − 3 € → 1 204,50 € ½ ‰ “cité” ß ŉ ʼ",
        "e\u{0301}te\u{0301} × \u{200D}x \u{00AD}y \u{0085}z \u{2028}w",
        "naïve\u{0308} ﬁn \u{1E9E} Å",
    ])
    func linesOfOneScalarCharactersCountAsSourceLinesDoes(text: String) {
        let lines = SourceLines(text + "\n" + text)
        var columns = CharacterColumns(lines)
        for line in 1...2 {
            for byte in -1...(lines[line].utf8.count + 2) {
                #expect(
                    columns.characterColumn(line: line, byteColumn: byte)
                        == lines.characterColumn(line: line, byteColumn: byte), "line \(line) byte \(byte)")
                #expect(
                    columns.characterEndColumn(line: line, byteColumn: byte)
                        == lines.characterEndColumn(line: line, byteColumn: byte), "line \(line) byte \(byte)")
            }
        }
    }

    @Test func bytePositionsInTextThatIsNotUTF8() {
        let bytes: [UInt8] = Array("ok\r\n成\r".utf8) + [0xFF] + Array("\nz".utf8)
        #expect(LineBreak.position(ofByte: 0, in: bytes) == (1, 1))
        #expect(LineBreak.position(ofByte: 7, in: bytes) == (2, 2))
        #expect(LineBreak.position(ofByte: 8, in: bytes) == (3, 1))
        #expect(LineBreak.position(ofByte: 10, in: bytes) == (4, 1))
    }

    @Test func characterKeysEndLinesLikeBytes() {
        #expect(LineBreak.endsLine(scalarValue: 0x0A) && LineBreak.endsLine(scalarValue: 0x0D))
        #expect(!LineBreak.endsLine(scalarValue: 0x2028))
    }
}

extension SourceLinesTests {
    @Test func aByteInsideACharacterBelongsToIt() {
        let lines = SourceLines("a一b")
        #expect(lines.characterColumn(line: 1, byteColumn: 2) == 2)
        #expect(lines.characterColumn(line: 1, byteColumn: 3) == 2)
        #expect(lines.characterColumn(line: 1, byteColumn: 4) == 2)
        #expect(lines.characterColumn(line: 1, byteColumn: 5) == 3)
    }
}
