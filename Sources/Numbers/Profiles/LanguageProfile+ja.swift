extension LanguageProfile {
    static let japanese = LanguageProfile(
        locale: .ja,
        totalWords: ["合計", "総計", "総額", "合算", "総合計"],
        subtotalWords: ["小計"],
        averageWords: ["単価", "平均", "比率", "率", "割合"],
        restatementWords: ["約", "つまり", "およそ", "つまり約", "すなわち", "約で"],
        spacedScaleWords: [])
}
