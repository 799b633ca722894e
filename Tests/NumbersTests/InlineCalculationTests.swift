import Foundation
import Testing
@testable import Numbers

/// Inline calculations found in seed lines, evaluated, and checked against their stated result.
@Suite struct InlineCalculationTests {
    struct Row: Sendable, CustomTestStringConvertible {
        let line: String
        let locale: NumberLocale
        let operands: Int
        let expected: AgreementResult
        var testDescription: String { line }
    }

    static let rows: [Row] = [
        Row(line: "  - 成本 = 1500万token * 0.05美元/百万token = **0.75美元**  ", locale: .zh, operands: 2, expected: .agrees(rounding: .exact)),
        Row(line: "  - Coût = 15M tokens * 0,05 $/1M tokens = **0,75 $**  ", locale: .fr, operands: 2, expected: .agrees(rounding: .exact)),
        Row(line: "  - 1000万入力 + 500万出力トークン = 総1500万トークン  ", locale: .ja, operands: 2, expected: .agrees(rounding: .exact)),
        Row(line: "  - 10M tokens entrée + 5M tokens sortie = 15M tokens total  ", locale: .fr, operands: 2, expected: .agrees(rounding: .exact)),
        // A price per token with no "per" written: the values multiply to 50, not the stated 0.05.
        Row(line: "  - 1000万输入token * 5e-06美元 = 0.05美元  ", locale: .zh, operands: 2, expected: .disagrees(expected: 50)),
        Row(line: "  - 10M tokens entrée * 6e-08 $ = 0,0006 $  ", locale: .fr, operands: 2, expected: .disagrees(expected: Decimal(string: "0.6")!)),
        Row(line: "月总成本:$2,222 + $115 + $2,000 = $4,337/月", locale: .zh, operands: 3, expected: .agrees(rounding: .exact)),
        Row(line: "1.6kW × 24h × 30天 = 1,152 kWh/月", locale: .zh, operands: 3, expected: .agrees(rounding: .exact)),
        Row(line: "3,000次/天 × 25天工作日 × $0.009/次 = $675/月", locale: .zh, operands: 3, expected: .agrees(rounding: .exact)),
        Row(line: "+ 500次/天 × 5天周末 × $0.009/次 = $22.5/月", locale: .zh, operands: 3, expected: .agrees(rounding: .exact)),
        Row(line: "# = $0.024 + $0.0225 = $0.0465 per call", locale: .zh, operands: 2, expected: .agrees(rounding: .exact)),
        Row(line: "摊销:$80,000 / 36个月 = $2,222/月", locale: .zh, operands: 2, expected: .agrees(rounding: .halfUp)),
        Row(line: "2 + 3 × 4 = 14", locale: .en, operands: 3, expected: .agrees(rounding: .exact)),
        Row(line: "10 − 4 / 2 = 8", locale: .en, operands: 3, expected: .agrees(rounding: .exact)),
    ]

    @Test(arguments: rows)
    func seedCalculation(_ row: Row) throws {
        let calculations = InlineCalculation.find(in: row.line, locale: row.locale)
        try #require(calculations.count == 1)
        #expect(calculations[0].operands.count == row.operands)
        #expect(try calculations[0].check().get() == row.expected)
    }

    @Test func unitsCarryThroughTheEvaluation() throws {
        let calculation = try #require(InlineCalculation.find(in: "3,000次/天 × 25天 × $0.009/次 = $675/月", locale: .zh).first)
        #expect(try calculation.evaluate().get().unit == Numbers.Unit(.currency(.usd)))
    }

    @Test(arguments: [
        "4× A100 @ 400W = 1.6kW",
        "0.2 FTE 工程师 @ $10,000/月 = $2,000/月",
        "$693(本地)+ $150(部分云端摘要)= $843/月",
        "60-75% = 5",
        "1 + 2\n= 3",
        "成本 5 美元",
    ])
    func notCalculations(_ line: String) {
        #expect(InlineCalculation.find(in: line, locale: .zh).isEmpty)
    }

    @Test func divisionByZeroIsReportedNotThrown() throws {
        let calculation = try #require(InlineCalculation.find(in: "5 / 0 = 1", locale: .en).first)
        #expect(calculation.check() == .failure(.divisionByZero))
    }

    @Test func twoCalculationsOnOneLine() {
        let found = InlineCalculation.find(in: "1 + 1 = 2, and 2 × 3 = 6", locale: .en)
        #expect(found.map(\.stated.value) == [2, 6])
    }
}
