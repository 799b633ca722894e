/// Marks that say a figure is approximate: before it (`约`, `~`, `≈`, `about`) or after (`左右`).
enum ApproximationMarks {
    static let before = Lexicon([
        ("约", ()), ("約", ()), ("大约", ()), ("大約", ()), ("约为", ()), ("およそ", ()), ("概ね", ()),
        ("~", ()), ("≈", ()), ("≃", ()), ("∼", ()),
        ("environ", ()), ("about", ()), ("approx.", ()), ("approx", ()), ("approximately", ()),
        ("around", ()), ("roughly", ()), ("circa", ()), ("ca.", ()), ("env.", ()),
    ], ignoresCase: true)

    static let after = Lexicon([("左右", ()), ("前後", ()), ("程度", ()), ("ほど", ()), ("environ", ())], ignoresCase: true)
}
