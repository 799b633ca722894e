import Foundation
import Numbers
import Testing

@testable import Charts

/// Nice linear steps, decades on a log axis, and tick labels in each page language.
@Suite struct TickTests {
    private static func d(_ s: String) -> Decimal { Decimal(string: s)! }

    @Test(arguments: [
        ("0", "1395", "0 500 1000 1500", "500"),
        ("0", "130", "0 50 100 150", "50"),
        ("0", "16", "0 5 10 15 20", "5"),
        ("0", "0.6", "0 0.2 0.4 0.6", "0.2"),
        ("0", "8674.84", "0 2000 4000 6000 8000 10000", "2000"),
        ("0", "0.0465", "0 0.01 0.02 0.03 0.04 0.05", "0.01"),
        ("-3", "7", "-4 -2 0 2 4 6 8", "2"),
        ("0", "0", "0 0.2 0.4 0.6 0.8 1", "0.2"),
        ("0", "11", "0 2.5 5 7.5 10 12.5", "2.5"),
    ])
    func linearTicks(min: String, max: String, ticks: String, step: String) {
        let nice = NiceTicks(min: Self.d(min), max: Self.d(max))
        #expect(nice.values.map { "\($0)" }.joined(separator: " ") == ticks)
        #expect(nice.step == Self.d(step))
    }

    @Test func logTicksCoverTheSeedPriceRange() {
        let ticks = LogTicks(min: Self.d("0.00000006"), max: Self.d("0.000005"))
        #expect(ticks.values == ["0.00000001", "0.0000001", "0.000001", "0.00001"].map(Self.d))
        #expect(ticks.lowExponent == -8 && ticks.highExponent == -5)
    }

    @Test func logTicksOfExactPowersAndOneDecade() {
        #expect(LogTicks(min: 1, max: 100).values == [1, 10, 100])
        #expect(LogTicks(min: 2, max: 3).values == [1, 10])
        #expect(LogTicks(min: Self.d("0.05"), max: 16).values == ["0.01", "0.1", "1", "10", "100"].map(Self.d))
    }

    @Test func logPositionsAreEvenPerDecade() throws {
        let axis = try ValueAxis(values: [Self.d("0.05"), 16], scale: .log, format: ValueFormat(locale: .en))
        #expect(axis.fraction(Self.d("0.01")) == 0)
        #expect(abs(axis.fraction(1) - 0.5) < 1e-12)
        #expect(axis.fraction(100) == 1)
        #expect(axis.baseline == Self.d("0.01"))
    }

    @Test func logScaleRefusesZero() {
        #expect(throws: ChartError.nonPositiveOnLogScale(label: "0")) {
            try ValueAxis(values: [0, 5], scale: .log, format: ValueFormat(locale: .en))
        }
    }

    @Test(arguments: [
        (NumberLocale.fr, "1 050,00", ["0", "500", "1\u{202F}000", "1\u{202F}500"]),
        (NumberLocale.en, "$1,050.00", ["0", "$500", "$1,000", "$1,500"]),
        (NumberLocale.zh, "1,050.00美元", ["0", "500美元", "1,000美元", "1,500美元"]),
    ])
    func tickLabelsFollowThePage(locale: NumberLocale, reference: String, labels: [String]) throws {
        let format = ValueFormat(locale: locale, reference: NumberScanner.scan(reference, locale: locale).first)
        let axis = try ValueAxis(values: [0, 1395], scale: .linear, format: format)
        #expect(
            axis.labels
                == labels.map { $0.replacingOccurrences(of: "1\u{202F}", with: locale == .fr ? "1 " : "1\u{202F}") })
    }

    @Test func decimalCommaAndWanInLabels() throws {
        let fr = try ValueAxis(values: [0, Self.d("0.6")], scale: .linear, format: ValueFormat(locale: .fr))
        #expect(fr.labels == ["0", "0,2", "0,4", "0,6"])
        let wan = ValueFormat(locale: .zh, reference: NumberScanner.scan("1000万", locale: .zh).first)
        let axis = try ValueAxis(values: [0, 15_000_000], scale: .linear, format: wan)
        // The page wrote `1000万` without grouping, so the labels do too.
        #expect(axis.labels == ["0", "500万", "1000万", "1500万"])
    }

    @Test func logLabelsKeepExponentForm() throws {
        let format = ValueFormat(locale: .en, reference: NumberScanner.scan("5e-06", locale: .en).first)
        let axis = try ValueAxis(values: [Self.d("0.00000006"), Self.d("0.000005")], scale: .log, format: format)
        #expect(axis.labels == ["1e-08", "1e-07", "1e-06", "1e-05"])
        let plain = try ValueAxis(values: [Self.d("0.05"), 16], scale: .log, format: ValueFormat(locale: .fr))
        #expect(plain.labels == ["0,01", "0,1", "1", "10", "100"])
    }
}
