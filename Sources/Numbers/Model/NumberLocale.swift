/// The number conventions of one page language: decimal mark, grouping marks and scale words.
public enum NumberLocale: String, Sendable, CaseIterable {
    case zh, ja, fr, en

    /// The locale for a BCP 47 language tag such as `zh-Hans` or `fr-CA`, English when unknown.
    public init(languageTag: String) {
        let primary = languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        self = NumberLocale(rawValue: primary.lowercased()) ?? .en
    }

    /// Whether `,` separates the decimals from the integer part (French), rather than groups.
    public var usesDecimalComma: Bool { self == .fr }

    /// The decimal mark this locale writes.
    public var decimalMark: Character { usesDecimalComma ? "," : "." }

    /// The grouping separator this locale writes: U+202F in French (as ICU does), `,` elsewhere.
    public var groupingSeparator: Character { usesDecimalComma ? "\u{202F}" : "," }

    /// Whether an ordinary space may group digits (`1 234`); only French writes it, and elsewhere
    /// a space between two numbers ("in 2025 3 models") must keep them apart.
    public var acceptsSpaceGrouping: Bool { usesDecimalComma }

    /// The currency a bare `¥` means on a page in this language: yuan in Chinese, yen elsewhere.
    public var yenSignCurrency: Currency { self == .zh ? .cny : .jpy }
}
