/// The starter report's words in one language: a priced table, a formula, a chart and a sum.
///
/// Every figure is the same in each language, written with that language's marks, so the
/// versions check clean against each other and against their own arithmetic.
struct StarterReport: Sendable {
    var title: String
    var intro: String
    var heading: String
    /// Item, unit price, quantity and monthly cost column headers.
    var columns: [String]
    var items: [String]
    var totalLabel: String
    /// The formula comment's right-hand and left-hand names, as the headers allow.
    var formula: String
    var chartTitle: String
    /// The closing sentence: a product and a yearly sum, in the page's own words and marks.
    var closing: String
    /// The decimal mark the language writes (`12.00` or `12,00`).
    var decimalMark: Character

    static func of(_ language: String) -> StarterReport {
        let base = language.split(separator: "-").first.map { $0.lowercased() } ?? language
        return all[base] ?? all["en"]!
    }

    static let all: [String: StarterReport] = [
        "en": StarterReport(
            title: "Monthly hosting budget",
            intro:
                "This report is a starting point: change a price in the table, run `sitegen check`, and every figure that depends on it is recomputed.",
            heading: "Prices and quantities",
            columns: ["Item", "Unit price ($)", "Quantity", "Monthly cost ($)"],
            items: ["Web server", "Database", "Backup storage (GB)"], totalLabel: "Total",
            formula: "[Monthly cost ($)] = [Unit price ($)] × Quantity",
            chartTitle: "Monthly cost by item",
            closing:
                "The three web servers cost 3 × $12.00 = $36.00 a month; the whole budget is $71.00 a month, or 12 × $71.00 = $852.00 a year.",
            decimalMark: "."),
        "zh": StarterReport(
            title: "每月托管预算",
            intro: "本报告是一个起点：修改表中任一单价后运行 `sitegen check`，依赖它的数字都会重新计算。",
            heading: "单价与数量",
            columns: ["项目", "单价（美元）", "数量", "月费用（美元）"],
            items: ["网站服务器", "数据库", "备份存储（GB）"], totalLabel: "合计",
            formula: "月费用 = 单价 × 数量",
            chartTitle: "各项月费用",
            closing: "三台网站服务器每月 3 × 12.00美元 = 36.00美元；整个预算每月71.00美元，全年 12 × 71.00美元 = 852.00美元。",
            decimalMark: "."),
        "ja": StarterReport(
            title: "月額ホスティング予算",
            intro: "このレポートはひな形です。表の単価を変えて `sitegen check` を実行すると、それに依存する数字がすべて再計算されます。",
            heading: "単価と数量",
            columns: ["項目", "単価（ドル）", "数量", "月額費用（ドル）"],
            items: ["Webサーバー", "データベース", "バックアップ容量（GB）"], totalLabel: "合計",
            formula: "月額費用 = 単価 × 数量",
            chartTitle: "項目別の月額費用",
            closing: "Webサーバー3台で月 3 × 12.00ドル = 36.00ドル、予算全体は月71.00ドル、年間では 12 × 71.00ドル = 852.00ドルです。",
            decimalMark: "."),
        "fr": StarterReport(
            title: "Budget mensuel d’hébergement",
            intro:
                "Ce rapport est un point de départ : modifiez un prix du tableau, lancez `sitegen check`, et chaque chiffre qui en dépend est recalculé.",
            heading: "Prix et quantités",
            columns: ["Poste", "Prix unitaire ($)", "Quantité", "Coût mensuel ($)"],
            items: ["Serveur web", "Base de données", "Stockage de sauvegarde (Go)"], totalLabel: "Total",
            formula: "[Coût mensuel ($)] = [Prix unitaire ($)] × Quantité",
            chartTitle: "Coût mensuel par poste",
            closing:
                "Les trois serveurs web coûtent 3 × 12,00 $ = 36,00 $ par mois ; le budget entier s’élève à 71,00 $ par mois, soit 12 × 71,00 $ = 852,00 $ par an.",
            decimalMark: ","),
        "de": StarterReport(
            title: "Monatliches Hosting-Budget",
            intro:
                "Dieser Bericht ist ein Ausgangspunkt: Ändern Sie einen Preis in der Tabelle, führen Sie `sitegen check` aus, und jede davon abhängige Zahl wird neu berechnet.",
            heading: "Preise und Mengen",
            columns: ["Posten", "Stückpreis ($)", "Menge", "Monatliche Kosten ($)"],
            items: ["Webserver", "Datenbank", "Sicherungsspeicher (GB)"], totalLabel: "Summe",
            formula: "[Monatliche Kosten ($)] = [Stückpreis ($)] × Menge",
            chartTitle: "Monatliche Kosten je Posten",
            closing:
                "Die drei Webserver kosten 3 × 12,00 $ = 36,00 $ im Monat; das gesamte Budget beträgt 71,00 $ im Monat, also 12 × 71,00 $ = 852,00 $ im Jahr.",
            decimalMark: ","),
    ]

    /// The page's Markdown, dated `today` (`YYYY-MM-DD`), which is also when its prices were read;
    /// a translation names its source language and the hash of the source text it was made from.
    func markdown(language: String, translationKey: String, today: String, source: (language: String, hash: String)?)
        -> String
    {
        var frontMatter = """
            ---
            title: "\(title)"
            date: \(today)
            prices_as_of: \(today)
            lang: \(language)
            translationKey: \(translationKey)

            """
        if let source { frontMatter += "translatedFrom: \(source.language)\nsourceHash: \(source.hash)\n" }
        return frontMatter + "---\n" + body
    }

    /// The text below the front matter.
    var body: String {
        func amount(_ text: String) -> String { String(text.map { $0 == "." ? decimalMark : $0 }) }
        let rows = zip(items, [("12.00", "3", "36.00"), ("25.00", "1", "25.00"), ("0.50", "20", "10.00")]).map {
            item, figures in
            "| \(item) | \(amount(figures.0)) | \(figures.1) | \(amount(figures.2)) |"
        }
        return """

            \(intro)

            ## \(heading)

            | \(columns.joined(separator: " | ")) |
            | --- | ---: | ---: | ---: |
            \(rows.joined(separator: "\n"))
            | **\(totalLabel)** | | | **\(amount("71.00"))** |

            <!-- formula: \(formula) -->

            ```chart
            type: bar
            title: \(chartTitle)
            values: [\(columns[3])]
            ```

            \(closing)

            """
    }
}
