import Numbers

/// The few words a chart writes itself (its summary sentence and marks), in the page's language.
///
/// A table rather than logic: one entry per language, English for anything else.
struct ChartWords {
    var barChart: String
    var lineChart: String
    var breakEvenChart: String
    var logScale: String
    /// `{n}` items.
    var items: String
    /// `{series}`, `{high}`, `{highValue}`, `{low}`, `{lowValue}`.
    var extremes: String
    /// `{label}`, `{stated}`, `{computed}`.
    var mismatch: String
    /// `{fixed}`, `{fixedValue}`, `{variable}`, `{x}`, `{unit}`.
    var crossing: String
    /// Written beside a crossing: `{x}`.
    var breakEvenMark: String
    /// The value `check` computed, beside its ghost mark: `{computed}`.
    var computedMark: String
    var sentenceEnd: String

    static func of(_ locale: NumberLocale) -> ChartWords {
        switch locale {
        case .zh:
            ChartWords(
                barChart: "柱状图", lineChart: "折线图", breakEvenChart: "盈亏平衡图", logScale: "纵轴为对数刻度。",
                items: "共{n}项。", extremes: "{series}：最高为{high}（{highValue}），最低为{low}（{lowValue}）。",
                mismatch: "{label}：标注为{stated}，计算值为{computed}。",
                crossing: "{fixed}固定为{fixedValue}；{variable}随用量增长，在{x}{unit}处与之相交。",
                breakEvenMark: "平衡点 {x}", computedMark: "计算值 {computed}", sentenceEnd: "。")
        case .ja:
            ChartWords(
                barChart: "棒グラフ", lineChart: "折れ線グラフ", breakEvenChart: "損益分岐グラフ", logScale: "値の軸は対数目盛です。",
                items: "{n}項目。", extremes: "{series}：最大は{high}（{highValue}）、最小は{low}（{lowValue}）。",
                mismatch: "{label}：記載は{stated}、計算値は{computed}。",
                crossing: "{fixed}は{fixedValue}で一定、{variable}は利用量に比例して増え、{x}{unit}で交わります。",
                breakEvenMark: "分岐点 {x}", computedMark: "計算値 {computed}", sentenceEnd: "。")
        case .fr:
            ChartWords(
                barChart: "Diagramme en barres", lineChart: "Graphique linéaire",
                breakEvenChart: "Graphique de seuil de rentabilité",
                logScale: "L’axe des valeurs est logarithmique.", items: "{n} éléments.",
                extremes: "{series} : le plus élevé est {high} ({highValue}), le plus bas {low} ({lowValue}).",
                mismatch: "{label} : indiqué {stated}, calculé {computed}.",
                crossing: "{fixed} reste à {fixedValue} ; {variable} croît avec le volume et le rejoint à {x} {unit}.",
                breakEvenMark: "seuil {x}", computedMark: "calculé {computed}", sentenceEnd: ".")
        case .en:
            ChartWords(
                barChart: "Bar chart", lineChart: "Line chart", breakEvenChart: "Break-even chart",
                logScale: "The value axis is logarithmic.",
                items: "{n} items.", extremes: "{series}: highest {high} ({highValue}), lowest {low} ({lowValue}).",
                mismatch: "{label}: stated {stated}, computed {computed}.",
                crossing: "{fixed} stays at {fixedValue}; {variable} grows with volume and meets it at {x} {unit}.",
                breakEvenMark: "break-even {x}", computedMark: "computed {computed}", sentenceEnd: ".")
        case .de:
            ChartWords(
                barChart: "Balkendiagramm", lineChart: "Liniendiagramm", breakEvenChart: "Break-even-Diagramm",
                logScale: "Die Werteachse ist logarithmisch.", items: "{n} Einträge.",
                extremes: "{series}: höchster Wert {high} ({highValue}), niedrigster {low} ({lowValue}).",
                mismatch: "{label}: angegeben {stated}, berechnet {computed}.",
                crossing:
                    "{fixed} bleibt bei {fixedValue}; {variable} wächst mit der Menge und erreicht es bei {x} {unit}.",
                breakEvenMark: "Break-even {x}", computedMark: "berechnet {computed}", sentenceEnd: ".")
        }
    }
}
