import Testing

@testable import Checks

/// Row labels that name a total, in any case, and those that only look like one.
@Suite struct TotalWordsTests {
    @Test(arguments: [
        ("Total", TotalWords.Kind.total(extended: false)),
        ("TOTAL", .total(extended: false)),
        ("Grand Total", .total(extended: false)),
        ("Monthly total", .total(extended: false)),
        ("Total other income/(expense), net", .total(extended: true)),
        ("Sub-Total", .subtotal),
        ("Technology subtotal", .subtotal),
        ("SOUS TOTAL", .subtotal),
        ("Gesamtsumme", .total(extended: false)),
        ("Coût total", .total(extended: false)),
        ("COÛT TOTAL", .total(extended: false)),
        ("Total général", .total(extended: false)),
        ("Sous-total coûts", .subtotal),
        ("合计", .total(extended: false)),
        ("小计", .subtotal),
    ])
    func namesATotal(label: String, kind: TotalWords.Kind) {
        #expect(TotalWords.kind(of: label) == kind)
    }

    @Test(arguments: [
        "svc-A85", "Consumption", "Summary of costs 2024", "GPU A100 80G", "", "[Total](total.md)", "Two Sum",
    ])
    func namesNoTotal(label: String) {
        #expect(TotalWords.kind(of: label) == nil)
    }
}
