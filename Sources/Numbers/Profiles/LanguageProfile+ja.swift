extension LanguageProfile {
    static let japanese = LanguageProfile(
        locale: .ja,
        totalWords: ["合計", "総計", "総額", "合算", "総合計"],
        subtotalWords: ["小計"],
        averageWords: ["単価", "平均", "比率", "率", "割合", "残高", "累計"],
        restatementWords: ["約", "つまり", "およそ", "つまり約", "すなわち", "約で", "換算で約", "換算すると約", "でいうと約"],
        changeWords: ["減", "増", "削減", "低下", "上昇", "増加", "減少", "下落", "節約", "安く", "高く", "増えた", "減った", "上がった", "下がった"],
        summaryWords: ["まとめ", "概要", "結論", "要約", "サマリー", "提言", "総括", "ポイント", "ハイライト", "要点"],
        shareWords: ["占め", "占める", "割合"],
        decreaseWords: ["安い", "安く", "低い", "少ない", "削減", "減少", "節約", "減"],
        marginWords: ["利益率", "粗利率", "マージン"],
        lessThanWords: ["安い", "安く", "低い"],
        moreThanWords: ["高い", "増"],
        outOfWords: ["のうち"],
        spacedScaleWords: [],
        totalSuffix: "計",
        totalSuffixExceptions: ["設計", "会計", "統計", "時計", "家計", "累計", "推計", "余計", "生計", "主計", "見積計", "温度計", "計画"],
        annualWords: ["年間", "一年", "1年", "年額"],
        monthWords: ["月"],
        yearWords: ["年"],
        earlierPeriodWords: ["去年", "昨年", "前年", "先月", "前月", "前期", "前年同月"],
        planWords: ["予算", "計画", "見込み", "見積", "目標"])
}
