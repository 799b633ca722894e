/// A currency a figure can be written in; the symbol as written is kept by `FigureUnit.written`.
public enum Currency: String, Sendable, CaseIterable {
    case usd = "USD"
    case eur = "EUR"
    case cny = "CNY"
    case jpy = "JPY"
    case gbp = "GBP"
    case twd = "TWD"
    case chf = "CHF"
    case cad = "CAD"
    case aud = "AUD"
    case hkd = "HKD"
    case sgd = "SGD"
    case krw = "KRW"

    /// The ISO 4217 code.
    public var code: String { rawValue }
}
