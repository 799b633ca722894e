import Foundation
import Testing

@testable import Numbers

/// Arbitrary input never crashes or hangs, and every reading points at its own text.
@Suite struct RobustnessTests {
    /// Checks the invariants of a scan: ranges inside the text and `text` equal to the range's Characters.
    static func checkInvariants(_ text: String, _ locale: NumberLocale) {
        // "\r\n" is one Character; the scanner ends a line at it, at "\n" and at a lone "\r".
        let lines = text.split(
            omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        ).map { Array($0) }
        for figure in NumberScanner.scan(text, locale: locale) {
            let range = figure.range
            guard range.line >= 1, range.line <= lines.count else {
                Issue.record("line out of range: \(figure)")
                continue
            }
            let line = lines[range.line - 1]
            guard range.column >= 1, range.length >= 1, range.column - 1 + range.length <= line.count else {
                Issue.record("column out of range in \(text.debugDescription): \(figure.range)")
                continue
            }
            #expect(String(line[(range.column - 1)..<(range.column - 1 + range.length)]) == figure.text)
        }
    }

    @Test(arguments: NumberLocale.allCases)
    func randomBytesDecodedAsUTF8(_ locale: NumberLocale) {
        var generator = SeededGenerator(seed: 0xBAD_B17E5)
        for _ in 0..<300 {
            let count = Int.random(in: 0...400, using: &generator)
            let bytes = (0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) }
            Self.checkInvariants(String(decoding: bytes, as: UTF8.self), locale)
        }
    }

    /// Characters that matter to the scanner, to build dense random texts.
    static let alphabet: [Character] =
        Array("0123456789０１.,，．'’ \u{00A0}\u{202F}-−+eE×x^⁻⁸$€¥%万亿K M B次/天月~约≈`\n:年日Aa_") + ["\r\n"]

    @Test(arguments: NumberLocale.allCases)
    func denseRandomNumberLikeText(_ locale: NumberLocale) {
        var generator = SeededGenerator(seed: 0xD3A5E)
        for _ in 0..<300 {
            let count = Int.random(in: 0...200, using: &generator)
            Self.checkInvariants(
                String((0..<count).map { _ in Self.alphabet.randomElement(using: &generator)! }), locale)
        }
    }

    static let longRuns: [String] = [
        String(repeating: "9", count: 40_000),
        String(repeating: "1,", count: 20_000),
        String(repeating: "1 000", count: 8_000),
        String(repeating: "1\u{202F}000", count: 8_000),
        String(repeating: "1.2", count: 12_000),
        String(repeating: "`1", count: 20_000),
        String(repeating: "``1`", count: 10_000),
        String(repeating: "-1", count: 20_000),
        String(repeating: "5e-", count: 12_000),
        String(repeating: "万", count: 40_000),
        String(repeating: "1万", count: 20_000),
        String(repeating: "A1-", count: 12_000),
        String(repeating: "$", count: 40_000) + "5",
        String(repeating: "0", count: 24_000) + "1",
        "1" + String(repeating: "0", count: 24_000),
        "0." + String(repeating: "0", count: 24_000) + "1",
        String(repeating: "1-2~", count: 10_000),
        String(repeating: "约 ", count: 20_000) + "5",
        String(repeating: "\n1. ", count: 10_000),
    ]

    /// Every long run is read to its end in every locale, each figure in order and inside the text.
    /// (How fast is the benchmark's to say and the fuzzers' to bound, not a clock in a unit test.)
    @Test(arguments: longRuns.indices)
    func longRunsAreReadToTheEnd(_ index: Int) {
        let text = Self.longRuns[index]
        let length = text.count
        for locale in NumberLocale.allCases {
            let figures = NumberScanner.scan(text, locale: locale)
            let starts = figures.map { $0.range.line * 1_000_000 + $0.range.column }
            #expect(starts == starts.sorted(), "run \(index) in \(locale)")
            #expect(figures.allSatisfy { $0.range.column + $0.range.length - 1 <= length }, "run \(index) in \(locale)")
        }
    }

    @Test func hugeFiguresGiveNoReadingRatherThanAWrongOne() {
        #expect(NumberScanner.scan(String(repeating: "9", count: 40_000), locale: .en).isEmpty)
        #expect(NumberScanner.scan("1e9999 and 1e-200", locale: .en).isEmpty)
        #expect(NumberScanner.scan("1" + String(repeating: "0", count: 60) + "1 $", locale: .en).isEmpty)
        #expect(
            NumberScanner.scan("1" + String(repeating: "0", count: 60) + " $", locale: .en).map(\.value) == [
                Decimal(string: "1e60")!
            ])
        #expect(NumberScanner.scan(String(repeating: "9", count: 38), locale: .en).count == 1)
    }
}
