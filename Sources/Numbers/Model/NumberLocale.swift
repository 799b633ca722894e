/// The number conventions of one page language: decimal mark, grouping marks and scale words.
public enum NumberLocale: String, Sendable, CaseIterable {
    case zh, ja, fr, en, de

    /// The locale for a BCP 47 language tag such as `zh-Hans`, `zh-TW` or `fr-CA`, English when
    /// unknown; three-letter codes and a bare script (`hant`, `hans`) count too.
    public init(languageTag: String) {
        let primary = (languageTag.split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? "")
            .lowercased()
        self = NumberLocale(rawValue: primary) ?? Self.otherNames[primary] ?? .en
    }

    private static let otherNames: [String: NumberLocale] = [
        "zho": .zh, "chi": .zh, "cmn": .zh, "yue": .zh, "hant": .zh, "hans": .zh,
        "jpn": .ja, "fra": .fr, "fre": .fr, "eng": .en, "deu": .de, "ger": .de,
    ]

    /// Whether `,` separates the decimals from the integer part (French, German), rather than groups.
    public var usesDecimalComma: Bool { self == .fr || self == .de }

    /// The marks this language writes when a document gives no other evidence.
    public var marks: NumberMarks {
        switch self {
        case .fr: NumberMarks(decimalComma: true, spaceGroups: true)
        case .de: NumberMarks(decimalComma: true, pointGroups: true, spaceGroups: true)
        default: .decimalPoint
        }
    }

    /// The decimal mark this locale writes.
    public var decimalMark: Character { usesDecimalComma ? "," : "." }

    /// The grouping separator this locale writes: U+202F in French (as ICU does), `,` elsewhere.
    public var groupingSeparator: Character { self == .de ? "." : usesDecimalComma ? "\u{202F}" : "," }

    /// Whether an ordinary space may group digits (`1 234`); only French writes it, and elsewhere
    /// a space between two numbers ("in 2025 3 models") must keep them apart.
    public var acceptsSpaceGrouping: Bool { marks.spaceGroups }

    /// The currency a bare `¥` means on a page in this language: yuan in Chinese, yen elsewhere.
    public var yenSignCurrency: Currency { self == .zh ? .cny : .jpy }
}
