import Foundation
import Numbers

/// The exchange rates a page states as `1 X = R Y` (`換算レートは 1ユーロ＝160円`, `1 USD ＝ 152円`,
/// `汇率暂按 1 英镑 = 9.20 元`): an amount restated in the other currency is converted at that rate.
struct ExchangeRates {
    struct Rate {
        var from: Currency
        var to: Currency
        var rate: Decimal
    }

    private(set) var rates: [Rate] = []

    init(_ page: PageFigures) {
        for run in page.runs where run.figures.count >= 2 {
            var chars: [Character]?
            for (one, other) in zip(run.figures, run.figures.dropFirst()) {
                guard one.number.value == 1, one.line == other.line,
                    case .currency(let from)? = one.number.unit?.measure,
                    case .currency(let to)? = other.number.unit?.measure, from != to, other.number.value > 0,
                    one.number.unit?.per == nil, other.number.unit?.per == nil
                else { continue }
                let text = chars ?? run.characters
                chars = text
                let start = one.number.range.column - 1 + one.number.range.length
                let end = other.number.range.column - 1
                // `1 ドル＝150 円`, and `1 ドル 150 円で` where the two amounts side by side say the same.
                guard start >= 0, end <= text.count, start < end,
                    text[start..<end].allSatisfy({ $0 == " " || $0 == "=" || $0 == "＝" || $0 == "\u{3000}" })
                else { continue }
                rates.append(Rate(from: from, to: to, rate: other.number.value))
            }
        }
        // Two different rates between one pair (a scenario beside the base case): neither is the page's.
        rates = rates.filter { rate in
            !rates.contains { $0.from == rate.from && $0.to == rate.to && $0.rate != rate.rate }
        }
    }

    /// `quantity` in the currency of `unit`, at the page's one rate between the two.
    func convert(_ quantity: Quantity, to unit: FigureUnit?) -> Quantity? {
        guard case .currency(let from)? = quantity.unit?.measure, case .currency(let to)? = unit?.measure, from != to,
            quantity.unit?.per == nil, unit?.per == nil
        else { return nil }
        if let rate = rates.first(where: { $0.from == from && $0.to == to }) {
            return Quantity(quantity.value * rate.rate, unit)
        }
        if let rate = rates.first(where: { $0.from == to && $0.to == from }) {
            return Quantity(quantity.value / rate.rate, unit)
        }
        return nil
    }
}
