/// Currency symbols, codes and words, before or after a figure.
enum CurrencyWords {
    /// A currency as written; `¥` depends on the page's language (yuan in zh, yen in ja).
    enum Written: Sendable, Equatable {
        case fixed(Currency)
        case yenSign

        func currency(in locale: NumberLocale) -> Currency {
            switch self {
            case .fixed(let currency): currency
            case .yenSign: locale.yenSignCurrency
            }
        }
    }

    private static let symbolsAndCodes: [(String, Written)] = [
        ("US$", .fixed(.usd)), ("$", .fixed(.usd)), ("€", .fixed(.eur)), ("£", .fixed(.gbp)), ("¥", .yenSign),
        ("USD", .fixed(.usd)), ("EUR", .fixed(.eur)), ("CNY", .fixed(.cny)), ("RMB", .fixed(.cny)),
        ("JPY", .fixed(.jpy)), ("GBP", .fixed(.gbp)), ("NT$", .fixed(.twd)), ("TWD", .fixed(.twd)),
        ("CHF", .fixed(.chf)), ("CA$", .fixed(.cad)), ("C$", .fixed(.cad)), ("CAD", .fixed(.cad)),
        ("A$", .fixed(.aud)), ("AU$", .fixed(.aud)), ("AUD", .fixed(.aud)), ("HK$", .fixed(.hkd)),
        ("HKD", .fixed(.hkd)), ("S$", .fixed(.sgd)), ("SGD", .fixed(.sgd)), ("₩", .fixed(.krw)),
        ("KRW", .fixed(.krw)),
    ]

    /// The dollars written with letters before `$` (`hk$`, `us$`, `nt$`), lowercased, longest first.
    static let lettersBeforeDollar = symbolsAndCodes.map { $0.0.lowercased() }
        .filter { $0.count > 1 && $0.hasSuffix("$") }.sorted { $0.count > $1.count }

    /// Written before the digits: `$0.90`, `US$ 5`, `EUR 10`, `¥300`.
    static let prefixes = Lexicon(symbolsAndCodes)

    /// Written after the digits (and any scale word): `0,05 $`, `0.05美元`, `3億円`, `5 USD`.
    static let suffixes = Lexicon(
        symbolsAndCodes + [
            ("$US", .fixed(.usd)), ("美元", .fixed(.usd)), ("美金", .fixed(.usd)), ("人民币", .fixed(.cny)),
            ("元", .fixed(.cny)), ("日元", .fixed(.jpy)), ("円", .fixed(.jpy)), ("ドル", .fixed(.usd)),
            ("米ドル", .fixed(.usd)), ("ユーロ", .fixed(.eur)), ("欧元", .fixed(.eur)), ("歐元", .fixed(.eur)),
            ("英镑", .fixed(.gbp)), ("英鎊", .fixed(.gbp)),
            ("人民幣", .fixed(.cny)), ("日圓", .fixed(.jpy)), ("新台幣", .fixed(.twd)), ("新臺幣", .fixed(.twd)),
            ("新台币", .fixed(.twd)), ("台幣", .fixed(.twd)), ("台币", .fixed(.twd)),
            ("スイスフラン", .fixed(.chf)), ("瑞士法郎", .fixed(.chf)), ("francs suisses", .fixed(.chf)),
            ("Franken", .fixed(.chf)),
            // Dollars and won of other countries, which `$` and `元` alone would read as US dollars or yuan.
            ("$ CA", .fixed(.cad)), ("$CA", .fixed(.cad)), ("$ AU", .fixed(.aud)), ("$AU", .fixed(.aud)),
            ("加元", .fixed(.cad)), ("加币", .fixed(.cad)), ("加幣", .fixed(.cad)), ("加拿大元", .fixed(.cad)),
            ("カナダドル", .fixed(.cad)), ("澳元", .fixed(.aud)), ("澳币", .fixed(.aud)), ("澳幣", .fixed(.aud)),
            ("豪ドル", .fixed(.aud)), ("港元", .fixed(.hkd)), ("港币", .fixed(.hkd)), ("港幣", .fixed(.hkd)),
            ("香港ドル", .fixed(.hkd)), ("新加坡元", .fixed(.sgd)), ("シンガポールドル", .fixed(.sgd)),
            ("韩元", .fixed(.krw)), ("韓元", .fixed(.krw)), ("ウォン", .fixed(.krw)),
            ("dollars canadiens", .fixed(.cad)), ("dollars australiens", .fixed(.aud)),
            ("dollars", .fixed(.usd)), ("dollar", .fixed(.usd)), ("euros", .fixed(.eur)), ("euro", .fixed(.eur)),
        ])

    /// A hundredth of a currency, written after the digits: `31,2 ct/kWh`, `6.7 cents`, `45 centimes`.
    static let cents = Lexicon<Currency>([
        ("ct", .eur), ("Ct", .eur), ("Cent", .eur), ("Cents", .eur), ("cents", .usd), ("cent", .usd), ("¢", .usd),
        ("centimes", .eur), ("centime", .eur), ("Rappen", .chf),
    ])

    /// Pence, glued to the digits only (`28p a kWh`): `p` after a space is a page or a point.
    static let gluedCents = Lexicon<Currency>([("p", .gbp)])

    /// Whether `character` is a currency sign on its own (`$`, `€`, `£`, `¥`, `￥`).
    static func isCurrencySymbol(_ character: Character) -> Bool {
        "$€£¥￥".contains(character)
    }
}
