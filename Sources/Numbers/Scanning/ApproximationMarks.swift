/// Marks that say a figure is approximate: before it (`约`, `~`, `≈`, `about`) or after (`左右`).
enum ApproximationMarks {
    static let before = Lexicon(
        [
            ("约", ()), ("約", ()), ("大约", ()), ("大約", ()), ("约为", ()), ("およそ", ()), ("概ね", ()),
            // `每年约可省 8.2 万元`: `约` before the verb still rounds the figure after it.
            ("约可省", ()), ("约可节省", ()), ("约能省", ()), ("约需", ()), ("约需要", ()), ("约合", ()), ("约花", ()),
            ("約可省", ()), ("約需", ()), ("约在", ()), ("約在", ()),
            ("~", ()), ("≈", ()), ("≒", ()), ("≃", ()), ("∼", ()),
            ("environ", ()), ("about", ()), ("approx.", ()), ("approx", ()), ("approximately", ()),
            ("around", ()), ("roughly", ()), ("circa", ()), ("ca.", ()), ("env.", ()),
            ("rund", ()), ("etwa", ()), ("ungefähr", ()),
            // Near a figure, not at it: `pas loin de 76 €`, `nearly $1,900`, `将近 3 万元`.
            ("près de", ()), ("pas loin de", ()), ("presque", ()), ("quelque", ()), ("autour de", ()), ("nearly", ()),
            ("almost", ()),
            ("close to", ()),
            ("just under", ()), ("just over", ()), ("knapp", ()), ("nahezu", ()), ("fast", ()), ("ほぼ", ()),
            ("将近", ()), ("接近", ()), ("近", ()),
        ], ignoresCase: true)

    static let after = Lexicon([("左右", ()), ("前後", ()), ("程度", ()), ("ほど", ()), ("environ", ())], ignoresCase: true)

    /// Characters that make `约`/`約` the end of another word: 节约 (save), 预约 (book), 合约/契約
    /// (contract), 制约, 简约, 公约, 条约, 签约, 要約, 予約.
    private static let wordsEndingInYue: Set<Character> = [
        "节", "預", "预", "合", "契", "制", "简", "公", "条", "签", "要", "予", "節",
    ]

    /// Whether a `约` mark is the last character of another word (`节约 5 元` saves, not "about").
    static func isPartOfWord(_ mark: Lexicon<Void>.Match, in text: ScanText) -> Bool {
        guard mark.word == "约" || mark.word == "約", let previous = text[mark.start - 1] else { return false }
        return wordsEndingInYue.contains(previous)
    }
}
