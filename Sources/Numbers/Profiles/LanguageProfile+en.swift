extension LanguageProfile {
    static let english = LanguageProfile(
        locale: .en,
        totalWords: ["total", "totals", "grand total", "sum", "overall total"],
        subtotalWords: ["subtotal", "sub-total", "sub total"],
        averageWords: ["average", "avg", "per", "unit price", "rate", "ratio", "share", "cpa", "cpc", "cpm", "mean"],
        spacedScaleWords: [("bn", 9), ("billion", 9), ("mn", 6), ("million", 6), ("M", 6), ("k", 3), ("K", 3), ("B", 9)])
}
