import Foundation
import Testing

@testable import Numbers

/// Formatting then scanning gives back the same value and precision, over seeded random values.
@Suite struct RoundTripTests {
    /// A random value with up to 13 integer digits and `fractionDigits` decimals, either sign.
    static func randomValue(fractionDigits: Int, using generator: inout SeededGenerator) -> Decimal {
        let integerDigits = Int.random(in: 0...13, using: &generator)
        let limit = (0..<(integerDigits + fractionDigits)).reduce(UInt64(1)) { result, _ in result * 10 }
        let significand = UInt64.random(in: 0..<limit, using: &generator)
        let sign: FloatingPointSign = Bool.random(using: &generator) ? .minus : .plus
        return Decimal(sign: sign, exponent: -fractionDigits, significand: Decimal(significand))
    }

    @Test(arguments: NumberLocale.allCases)
    func plainFormattingScansBack(_ locale: NumberLocale) throws {
        var generator = SeededGenerator(seed: 0x5EED_0000 + UInt64(locale.rawValue.utf8.first!))
        for _ in 0..<500 {
            let fractionDigits = Int.random(in: 0...6, using: &generator)
            let value = Self.randomValue(fractionDigits: fractionDigits, using: &generator)
            let text = NumberFormatting.format(value, locale: locale, fractionDigits: fractionDigits)
            let figures = NumberScanner.scan(text, locale: locale)
            try #require(figures.count == 1, "\(text)")
            #expect(figures[0].value == value, "\(text)")
            #expect(figures[0].precision.fractionDigits == fractionDigits, "\(text)")
            #expect(figures[0].text == text)
        }
    }

    static let references: [(String, NumberLocale)] = [
        ("1000万输入token", .zh), ("0.05美元/百万token", .zh), ("$4,337/月", .zh), ("5e-06美元", .zh),
        ("3億円", .ja), ("0.05ドル", .ja), ("1.6e-05ドル", .ja),
        ("0,05 $", .fr), ("1,6e-05 $", .fr), ("10M tokens", .fr), ("1 234,5 €", .fr), ("30 %", .fr),
        ("$0.90/M", .en), ("1.5K", .en), ("6 × 10^-8", .en), ("2 billion", .en),
    ]

    @Test(arguments: references.indices)
    func formattingLikeAReferenceScansBack(_ index: Int) throws {
        let (referenceText, locale) = Self.references[index]
        let reference = try #require(NumberScanner.scan(referenceText, locale: locale).first)
        var generator = SeededGenerator(seed: 0xF0F0 + UInt64(index))
        for _ in 0..<200 {
            let fractionDigits = Int.random(in: 0...4, using: &generator)
            var value = Self.randomValue(fractionDigits: 6, using: &generator)
            if reference.style.exponentForm != nil, value == 0 { value = 1 }
            if reference.style.exponentForm != nil { value *= Decimal(string: "1e-9")! }
            let text = NumberFormatting.format(value, like: reference, locale: locale, fractionDigits: fractionDigits)
            let figures = NumberScanner.scan(text, locale: locale)
            try #require(figures.count == 1, "\(text)")
            let figure = figures[0]
            #expect(figure.precision.fractionDigits == fractionDigits, "\(text)")
            #expect(figure.unit == reference.unit, "\(text)")
            #expect(figure.scale == reference.scale, "\(text)")
            // The written figure is `value` correctly rounded, so the agreement rule must accept it.
            #expect(Agreement.compare(stated: figure, computed: value).isAgreement, "\(text) for \(value)")
        }
    }
}
