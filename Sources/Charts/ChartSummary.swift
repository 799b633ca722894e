import Foundation
import Numbers

/// The sentence in a chart's `<desc>`: what kind of chart, how many items, each series'
/// highest and lowest value, and every mismatch `check` found, so a screen reader gets the
/// gist without the picture.
enum ChartSummary {
    static func sentence(kind: String, data: ChartData, options: ChartOptions) -> String {
        let words = ChartWords.of(options.locale)
        let format = options.format
        var parts = [
            kind + (words.sentenceEnd == "。" ? "，" : ", ")
                + TextPattern.fill(words.items, ["n": "\(data.categories.count)"])
        ]
        for series in data.series {
            let present = data.categories.indices.compactMap { i in
                series.points[i].map { (label: data.categories[i], point: $0) }
            }
            guard let high = present.max(by: { $0.point.value < $1.point.value }),
                let low = present.min(by: { $0.point.value < $1.point.value })
            else { continue }
            parts.append(
                TextPattern.fill(
                    words.extremes,
                    [
                        "series": series.name, "high": high.label, "highValue": format.label(high.point),
                        "low": low.label, "lowValue": format.label(low.point),
                    ]))
            for item in present {
                guard let expected = item.point.expected else { continue }
                parts.append(
                    TextPattern.fill(
                        words.mismatch,
                        [
                            "label": item.label, "stated": format.label(item.point), "computed": format.value(expected),
                        ]))
            }
        }
        if options.scale == .log { parts.append(words.logScale) }
        return parts.joined(separator: words.sentenceEnd == "。" ? "" : " ")
    }
}
