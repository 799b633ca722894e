import Foundation
import Testing

@testable import Numbers

/// The agreement rule: rounding to the stated precision, and tolerance for approximate figures.
@Suite struct AgreementTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let stated: String
        let locale: NumberLocale
        let computed: String
        let expected: AgreementResult
        var testDescription: String { "\(stated) vs \(computed)" }
    }

    static let rows: [Row] = [
        Row(stated: "0.05美元", locale: .zh, computed: "0.05", expected: .agrees(rounding: .exact)),
        Row(stated: "0,0016 $", locale: .fr, computed: "0.0016", expected: .agrees(rounding: .exact)),
        Row(stated: "0.13美元", locale: .zh, computed: "0.13", expected: .agrees(rounding: .exact)),
        Row(stated: "0.08美元", locale: .zh, computed: "0.08", expected: .agrees(rounding: .exact)),
        Row(stated: "$2,222/月", locale: .zh, computed: "2222.2222", expected: .agrees(rounding: .halfUp)),
        Row(stated: "$115/月", locale: .zh, computed: "115.2", expected: .agrees(rounding: .halfUp)),
        Row(stated: "0.13", locale: .en, computed: "0.125", expected: .agrees(rounding: .halfUp)),
        Row(stated: "0.12", locale: .en, computed: "0.125", expected: .agrees(rounding: .halfEven)),
        Row(stated: "0.12", locale: .en, computed: "0.129", expected: .agrees(rounding: .truncation)),
        Row(stated: "-0.12", locale: .en, computed: "-0.129", expected: .agrees(rounding: .truncation)),
        Row(stated: "-0.13", locale: .en, computed: "-0.125", expected: .agrees(rounding: .halfUp)),
        Row(stated: "0.11", locale: .en, computed: "0.125", expected: .disagrees(expected: Decimal(string: "0.13")!)),
        Row(stated: "$256", locale: .en, computed: "256.5", expected: .agrees(rounding: .halfEven)),
        Row(stated: "$1,050", locale: .en, computed: "1125", expected: .disagrees(expected: 1125)),
        Row(stated: "5e-06", locale: .en, computed: "0.0000049", expected: .agrees(rounding: .halfUp)),
        Row(stated: "1.6e-05", locale: .en, computed: "0.0000165", expected: .agrees(rounding: .halfEven)),
        Row(stated: "1500万", locale: .zh, computed: "15003000", expected: .agrees(rounding: .halfUp)),
        Row(stated: "1.2亿", locale: .zh, computed: "125000000", expected: .agrees(rounding: .halfEven)),
        Row(stated: "1.2亿", locale: .zh, computed: "129000000", expected: .agrees(rounding: .truncation)),
        Row(stated: "60%", locale: .en, computed: "60.4", expected: .agrees(rounding: .halfUp)),
        Row(stated: "约 93,270 次/月", locale: .zh, computed: "93270", expected: .agrees(rounding: .exact)),
        Row(stated: "约 3,100次/天", locale: .zh, computed: "3109", expected: .agrees(rounding: .halfUp)),
        Row(stated: "约 24,700 次/月", locale: .zh, computed: "24690", expected: .agrees(rounding: .halfUp)),
        // About a figure is within a hundredth of it: cutting off more than that is no rounding.
        Row(stated: "约 56 万人民币", locale: .zh, computed: "565500", expected: .agrees(rounding: .truncation)),
        Row(stated: "约 56 万人民币", locale: .zh, computed: "568000", expected: .disagrees(expected: 570000)),
        Row(stated: "约 56 万人民币", locale: .zh, computed: "580000", expected: .disagrees(expected: 580000)),
        Row(stated: "~0.50", locale: .en, computed: "0.504", expected: .agrees(rounding: .halfUp)),
        Row(stated: "~1.000", locale: .en, computed: "1.002", expected: .agrees(rounding: .withinTolerance)),
        Row(
            stated: "~1.000", locale: .en, computed: "1.008", expected: .disagrees(expected: Decimal(string: "1.008")!)),
        Row(stated: "≈ 2,756円", locale: .ja, computed: "2765.2", expected: .disagrees(expected: 2765)),
        Row(stated: "1.000", locale: .en, computed: "1.008", expected: .disagrees(expected: Decimal(string: "1.008")!)),
        Row(stated: "0", locale: .en, computed: "0.4", expected: .agrees(rounding: .halfUp)),
    ]

    @Test(arguments: rows)
    func rule(_ row: Row) throws {
        let stated = try #require(NumberScanner.scan(row.stated, locale: row.locale).first)
        #expect(Agreement.compare(stated: stated, computed: Decimal(string: row.computed)!) == row.expected)
    }

    /// `3 × ~$0.55 = $1.66`: the approximate price may be 0.554, so 1.66 is right; `3 × $0.55` is 1.65.
    @Test func approximateOperandsWidenTheTolerance() throws {
        let approximate = try #require(NumberScanner.scan("~$0.55", locale: .en).first)
        let exact = try #require(NumberScanner.scan("$0.55", locale: .en).first)
        var stated = try #require(NumberScanner.scan("$1.66", locale: .en).first)
        stated.isApproximate = true
        #expect(
            Agreement.compare(
                stated: stated, computed: Decimal(string: "1.65")!,
                tolerance: Agreement.tolerance(operands: [approximate])
            ).isAgreement)
        #expect(
            !Agreement.compare(
                stated: stated, computed: Decimal(string: "1.65")!, tolerance: Agreement.tolerance(operands: [exact])
            ).isAgreement)
    }

    @Test func toleranceCanBeWidened() throws {
        let stated = try #require(NumberScanner.scan("~1.000", locale: .en).first)
        #expect(
            Agreement.compare(stated: stated, computed: Decimal(string: "1.02")!, tolerance: Decimal(string: "0.05")!)
                .isAgreement)
    }

    /// The `Double` shortcut may only ever say "disagrees" where exact arithmetic says so too,
    /// including values that agree by a hair and figures at every precision and scale.
    @Test func theDoubleShortcutNeverRulesOutAnAgreement() throws {
        var random = SeededGenerator(seed: 8)
        let forms = ["%@", "%@美元", "%@万", "%@e-06", "$%@", "约 %@"]
        var ruledOut = 0
        for _ in 0..<20_000 {
            let digits = Int.random(in: 1...9_999_999, using: &random)
            let places = Int.random(in: 0...6, using: &random)
            var text = String(digits)
            if places > 0 {
                text = String(repeating: "0", count: max(0, places + 1 - text.count)) + text
                text.insert(".", at: text.index(text.endIndex, offsetBy: -places))
            }
            let form = forms[Int.random(in: 0..<forms.count, using: &random)]
            let stated = try #require(
                NumberScanner.scan(form.replacingOccurrences(of: "%@", with: text), locale: .zh).first)
            // Computed values near the stated one (within a few quanta) and far from it.
            let quantum = Decimal(sign: .plus, exponent: stated.quantumExponent, significand: 1)
            let steps = Decimal(Int.random(in: -40...40, using: &random)) / 10
            let computed =
                Bool.random(using: &random)
                ? stated.value + steps * quantum : stated.value * Decimal(Int.random(in: 1...3, using: &random))
            let rough = computed.asDouble
            if Agreement.certainlyDisagrees(stated, roughly: stated.value.asDouble, computed: rough) {
                ruledOut += 1
                #expect(
                    !Agreement.compare(stated: stated, computed: computed).isAgreement, "\(stated.text) vs \(computed)")
            }
        }
        // It must also be of use: most values several quanta away are ruled out.
        #expect(ruledOut > 5_000)
    }

    @Test func anExactFigureGetsNoTolerance() throws {
        let stated = try #require(NumberScanner.scan("1.000", locale: .en).first)
        #expect(
            !Agreement.compare(stated: stated, computed: Decimal(string: "1.008")!, tolerance: Decimal(string: "0.5")!)
                .isAgreement)
    }
}

extension AgreementResult: CustomTestStringConvertible {
    public var testDescription: String { "\(self)" }
}
