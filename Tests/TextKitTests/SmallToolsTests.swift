import Foundation
import Testing
import TextKit

@Suite struct PipeTableRowTests {
    private func contents(_ line: Substring) -> [String] {
        let row = PipeTableRow(line)
        let bytes = Array(line.utf8)
        return row.cells.map { String(decoding: bytes[$0.content], as: UTF8.self) }
    }

    @Test(arguments: [
        ("| a | b |", ["a", "b"]), ("a | b", ["a", "b"]), ("|a|b", ["a", "b"]), ("a|b|", ["a", "b"]),
        ("| a \\| b | c |", ["a \\| b", "c"]), ("> | q | r |", ["q", "r"]), ("  | x |  ", ["x"]),
        ("| | b |", ["", "b"]), ("|", []), ("||", [""]), ("no pipes", ["no pipes"]), ("| `a\\|b` |", ["`a\\|b`"]),
    ])
    func splitsLikeCmarkGFM(line: String, cells: [String]) {
        #expect(contents(line[...]) == cells)
    }

    @Test func columnsCountCharacters() {
        let row = PipeTableRow("| 成本 | 5 |")
        #expect(row.cells.map { row.column(ofByte: $0.content.lowerBound) } == [3, 8])
    }
}

@Suite struct DigitGroupingTests {
    @Test(arguments: [("1", "1"), ("123", "123"), ("1234", "1,234"), ("1234567", "1,234,567"), ("123456", "123,456")])
    func groupsOfThree(digits: String, grouped: String) {
        #expect(DigitGrouping.group(digits, separator: ",") == grouped)
        #expect(
            DigitGrouping.group(digits, separator: "\u{202F}")
                == grouped.replacingOccurrences(of: ",", with: "\u{202F}"))
    }
}

@Suite struct ContentHashTests {
    @Test func stableAndSeparating() {
        #expect(ContentHash("abc") == ContentHash("abc"))
        #expect(ContentHash("abc") != ContentHash("abd"))
        var ab = ContentHash(), a = ContentHash()
        ab.add("ab"); ab.add("c")
        a.add("a"); a.add("bc")
        #expect(ab != a)
        // The value is part of the build cache's file format: it must not change between runs.
        #expect(ContentHash("").hex.count == 16)
        #expect(ContentHash(Array("abc".utf8)) != ContentHash([UInt8]()))
    }
}

@Suite struct FNV1aTests {
    /// The published FNV-1a 64-bit test vectors: these hashes are written into pages' front
    /// matter, so the function may never change.
    @Test(arguments: [("", "cbf29ce484222325"), ("a", "af63dc4c8601ec8c"), ("foobar", "85944171f73967e8")])
    func knownVectors(text: String, hex: String) {
        #expect(FNV1a(text.utf8).hex == hex)
        var pieces = FNV1a()
        for byte in text.utf8 { pieces.add(byte) }
        #expect(pieces == FNV1a(text.utf8))
    }
}
