extension LanguageProfile {
    /// Simplified and Traditional Chinese.
    static let chinese = LanguageProfile(
        locale: .zh,
        totalWords: ["合计", "合計", "总计", "總計", "总额", "總額", "总价", "總價", "共计", "共計", "合算"],
        subtotalWords: ["小计", "小計"],
        averageWords: ["单价", "單價", "平均", "均价", "均價", "比例", "占比", "佔比", "率", "累计", "累計", "余额", "餘額"],
        restatementWords: ["约", "約", "即", "合", "约合", "約合", "折合", "相当于", "相當於", "大约", "大約", "即约", "即約"],
        changeWords: ["下降", "降低", "减少", "減少", "增长", "增長", "上涨", "上漲", "降幅", "增幅", "节省", "節省", "减", "增加", "下跌", "提高", "降"],
        summaryWords: ["摘要", "总结", "總結", "结论", "結論", "概要", "要点", "要點", "建议", "建議", "小结", "小結"],
        shareWords: ["占", "佔", "占比", "佔比"],
        decreaseWords: ["便宜", "低", "少", "减少", "減少", "下降", "降低", "节省", "節省", "省"],
        spacedScaleWords: [])
}
