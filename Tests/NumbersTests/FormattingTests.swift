import Foundation
import Testing

@testable import Numbers

/// Writing values back: plainly in a locale, and like a reference figure from a page.
@Suite struct FormattingTests {
    struct Plain: Sendable, CustomTestStringConvertible {
        let value: String
        let locale: NumberLocale
        let fractionDigits: Int?
        let expected: String
        var testDescription: String { "\(value) \(locale)" }
    }

    static let plain: [Plain] = [
        Plain(value: "0.05", locale: .fr, fractionDigits: nil, expected: "0,05"),
        Plain(value: "1234.5", locale: .fr, fractionDigits: nil, expected: "1\u{202F}234,5"),
        Plain(value: "4337", locale: .en, fractionDigits: nil, expected: "4,337"),
        Plain(value: "4337", locale: .zh, fractionDigits: nil, expected: "4,337"),
        Plain(value: "4337", locale: .ja, fractionDigits: 2, expected: "4,337.00"),
        Plain(value: "0.125", locale: .en, fractionDigits: 2, expected: "0.13"),
        Plain(value: "-0.125", locale: .en, fractionDigits: 2, expected: "-0.13"),
        Plain(value: "6e-08", locale: .en, fractionDigits: nil, expected: "0.00000006"),
        Plain(value: "1234567.891", locale: .fr, fractionDigits: 1, expected: "1\u{202F}234\u{202F}567,9"),
        Plain(value: "999.96", locale: .en, fractionDigits: 1, expected: "1,000.0"),
        Plain(value: "-0.001", locale: .en, fractionDigits: 2, expected: "0.00"),
        Plain(value: "100", locale: .fr, fractionDigits: 0, expected: "100"),
    ]

    @Test(arguments: plain)
    func plainLocaleFormatting(_ row: Plain) {
        #expect(
            NumberFormatting.format(Decimal(string: row.value)!, locale: row.locale, fractionDigits: row.fractionDigits)
                == row.expected)
    }

    @Test func withoutGrouping() {
        #expect(NumberFormatting.format(1_234_567, locale: .en, grouping: false) == "1234567")
    }

    struct LikeReference: Sendable, CustomTestStringConvertible {
        let reference: String
        let locale: NumberLocale
        let value: String
        let fractionDigits: Int?
        let expected: String
        var testDescription: String { "\(value) like \(reference)" }
    }

    static let likeReference: [LikeReference] = [
        LikeReference(reference: "0,05 $", locale: .fr, value: "0.08", fractionDigits: nil, expected: "0,08 $"),
        LikeReference(reference: "0,05 $", locale: .fr, value: "0.0016", fractionDigits: nil, expected: "0,0016 $"),
        LikeReference(reference: "0.05美元", locale: .zh, value: "50", fractionDigits: nil, expected: "50.00美元"),
        LikeReference(
            reference: "1500万token", locale: .zh, value: "12345000", fractionDigits: nil, expected: "1234.5万token"),
        LikeReference(reference: "$4,337/月", locale: .zh, value: "12345.678", fractionDigits: 0, expected: "$12,346/月"),
        LikeReference(reference: "$0.90/M", locale: .en, value: "-1.5", fractionDigits: nil, expected: "-$1.50/M"),
        LikeReference(
            reference: "5e-06美元", locale: .zh, value: "0.0000165", fractionDigits: nil, expected: "1.65e-05美元"),
        LikeReference(reference: "1,6e-05 $", locale: .fr, value: "0.000002", fractionDigits: 1, expected: "2,0e-06 $"),
        LikeReference(reference: "6×10⁻⁸", locale: .ja, value: "0.0000007", fractionDigits: nil, expected: "7×10⁻⁷"),
        LikeReference(
            reference: "6 × 10^-8", locale: .en, value: "0.0000007", fractionDigits: nil, expected: "7 × 10^-7"),
        LikeReference(reference: "9.9e-06", locale: .en, value: "0.00000999", fractionDigits: 1, expected: "1.0e-05"),
        LikeReference(
            reference: "1 234,5 €", locale: .fr, value: "9876543.21", fractionDigits: nil, expected: "9 876 543,21 €"),
        LikeReference(
            reference: "8000 tokens", locale: .en, value: "12000", fractionDigits: nil, expected: "12000 tokens"),
        LikeReference(reference: "60%", locale: .en, value: "62.5", fractionDigits: nil, expected: "62.5%"),
        LikeReference(
            reference: "3 millions", locale: .fr, value: "2500000", fractionDigits: nil, expected: "2,5 millions"),
        LikeReference(reference: "3億円", locale: .ja, value: "450000000", fractionDigits: nil, expected: "4.5億円"),
    ]

    @Test(arguments: likeReference)
    func formattingLikeAReference(_ row: LikeReference) throws {
        let reference = try #require(NumberScanner.scan(row.reference, locale: row.locale).first)
        let written = NumberFormatting.format(
            Decimal(string: row.value)!, like: reference, locale: row.locale, fractionDigits: row.fractionDigits)
        #expect(written == row.expected)
    }
}
