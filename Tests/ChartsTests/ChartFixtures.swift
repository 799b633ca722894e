import Charts
import Foundation
import Numbers

/// Data from the sample reports' tables, in the shape the Site module hands to Charts.
enum ChartFixtures {
    static func reference(_ text: String, _ locale: NumberLocale) -> ScannedNumber? {
        NumberScanner.scan(text, locale: locale).first
    }

    static func point(_ text: String, _ locale: NumberLocale, expected: String? = nil) -> ChartPoint {
        let value = NumberScanner.scan(text, locale: locale).first!.value
        return ChartPoint(value, text: text, expected: expected.map { Decimal(string: $0)! })
    }

    static let models = [
        "DeepSeek-R1-Distill-Llama-8B", "Llama-3.2-90B-Vision-Instruct", "Qwen2.5-Coder-32B-Instruct", "GPT-4o-mini",
    ]

    /// Input and output prices per million tokens, zh page.
    static var prices: ChartData {
        ChartData(
            categories: models,
            series: [
                ChartSeries(name: "输入（美元/百万token）", points: ["0.05", "5.00", "0.06", "0.15"].map { point($0, .zh) }),
                ChartSeries(name: "输出（美元/百万token）", points: ["0.05", "16.00", "0.20", "0.60"].map { point($0, .zh) }),
            ])
    }

    /// Monthly cloud cost per model, fr page.
    static var monthly: ChartData {
        ChartData(
            categories: [
                "Hermes 4 (Together AI)", "GPT-4o", "GPT-4o-mini", "Claude 3.5 Sonnet", "Gemini 1.5 Pro",
                "Mistral Large",
            ],
            series: [
                ChartSeries(
                    name: "Coût mensuel ($)",
                    points: ["256,50", "1 050,00", "63,00", "1 395,00", "525,00", "750,00"].map { point($0, .fr) })
            ])
    }

    /// Monthly input and output cost per model, ja page.
    static var split: ChartData {
        ChartData(
            categories: models,
            series: [
                ChartSeries(name: "入力費用（ドル）", points: ["0.50", "50.00", "0.60", "1.50"].map { point($0, .ja) }),
                ChartSeries(name: "出力費用（ドル）", points: ["0.25", "80.00", "1.00", "3.00"].map { point($0, .ja) }),
            ])
    }

    static var breakEven: BreakEvenData {
        BreakEvenData(
            fixed: [.init(name: "A100 80GB ×4", value: Decimal(string: "4337.42")!, text: "4 337,42")],
            variable: [
                .init(name: "Claude 3.5 Sonnet", rate: Decimal(string: "0.0465")! * 30),
                .init(name: "GPT-4o", rate: Decimal(string: "0.035")! * 30),
            ],
            volumeTitle: "appels par jour")
    }
}
