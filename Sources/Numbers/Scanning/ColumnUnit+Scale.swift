extension ColumnUnit {
    /// The scale a column header gives its bare cells, written in its last brackets: `(k€)`,
    /// `($M)`, `(USD thousands)`, `(en milliers d'euros)`, `（万元）`, `（百万円）`, `(Tsd. €)`.
    public static func scale(header: String) -> Scale? {
        guard header.utf8.contains(UInt8(ascii: ")")) || Self.hasFullWidthClose(header),
            let close = header.lastIndex(where: { $0 == ")" || $0 == "）" }),
            let open = header[..<close].lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return nil }
        let raw = header[header.index(after: open)..<close]
        // Every scale mark has one of these Characters; most brackets (`(USD)`, `(€)`) have none.
        guard raw.count <= 24, raw.contains(where: { Self.scaleMarkCharacters.contains($0) }) else { return nil }
        let inside = raw.lowercased()
        var compact = inside.filter { !$0.isWhitespace }
        // `(HK$)` is Hong Kong dollars, not the `k$` of thousands of dollars.
        for dollar in CurrencyWords.lettersBeforeDollar where compact.contains(dollar) {
            compact = compact.replacingOccurrences(of: dollar, with: "$")
        }
        // `（美元/百万token）` and `(€ per 1M)` name a rate's denominator, not the cells' scale.
        guard !compact.contains("/"), !compact.contains("／"),
            !["per", "par", "每", "あたり", "pro", "je"].contains(where: { inside.contains($0) })
        else { return nil }
        // `月額（2万件）`: a count of things the column is for, not the unit its cells are written in.
        var rest = compact
        for tenThousand in scaleMarks[1].0 { rest = rest.replacingOccurrences(of: tenThousand, with: "") }
        guard !rest.contains(where: { $0.isASCII && $0.isNumber }) else { return nil }
        for (marks, power) in scaleMarks where marks.contains(where: { compact.contains($0) }) {
            return Scale(word: "", powerOfTen: power)
        }
        return nil
    }

    /// Whether the UTF-8 bytes of `）` (EF BC 89) occur: where they do not, no Character is `）`.
    /// Where they do, the search for the bracket below decides, without Foundation's `contains`,
    /// which bridges to NSString for every CJK header.
    private static func hasFullWidthClose(_ header: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in header.utf8 {
            if previous == (0xEF, 0xBC), byte == 0x89 { return true }
            previous = (previous.1, byte)
        }
        return false
    }

    private static let scaleMarkCharacters: Set<Character> = [
        "k", "K", "m", "M", "b", "B", "t", "T", "万", "萬", "千", "億", "亿", "百",
    ]

    /// Checked in order: longer and larger marks first, so `百万` is not read as `万`.
    private static let scaleMarks: [([String], Int)] = [
        (["milliard", "billion", "mrd", "md€", "mdeur", "$bn", "bn$"], 9),
        // `(CNY 10k)`, `(10,000 JPY)`: ten thousands, before the plain `k`.
        (["10k", "10,000", "10.000", "10 000"], 4),
        (["億", "亿"], 8),
        (
            [
                "百万", "百萬", "million", "mio", "m€", "$m", "m$", "meur", "musd", "mcny", "mrmb", "mjpy", "m¥", "mgbp",
                "m£",
            ], 6
        ),
        (["万", "萬"], 4),
        (
            [
                "thousand", "millier", "tsd", "千", "k€", "€k", "k$", "$k", "keur", "kusd", "kchf", "¥k", "k¥", "£k",
                "k£", "kjpy", "kcny", "kgbp",
            ], 3
        ),
    ]
}
