/// A new report's files (`sitegen new report NAME`): one page per language, sharing a
/// translation key, each with a heading, a small table with a total, and a place for prose.
public enum ReportSkeleton {
    /// Whether `name` can be a report's file name and URL segment: lower-case ASCII letters,
    /// digits and `-`, starting with a letter or digit.
    public static func isValidName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first != "-", name.count <= 80 else { return false }
        return name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }

    /// Paths relative to the content folder: `reports/NAME.LANG.md`.
    public static func files(name: String, languages: [String], today: String) -> [String: String] {
        var files: [String: String] = [:]
        for language in languages {
            let words = Words.of(language)
            files["reports/\(name).\(language).md"] = """
                ---
                title: "\(name)"
                date: \(today)
                prices_as_of: \(today)
                lang: \(language)
                translationKey: \(name)
                draft: true
                ---

                \(words.prompt)

                | \(words.item) | \(words.cost) |
                | --- | ---: |
                | A | 0 |
                | B | 0 |
                | **\(words.total)** | **0** |

                """
        }
        return files
    }

    struct Words {
        var prompt, item, cost, total: String

        static func of(_ language: String) -> Words {
            switch StarterReport.base(of: language) {
            case "zh": Words(prompt: "在这里写报告正文，把数字填进下表。", item: "项目", cost: "费用（美元）", total: "合计")
            case "ja": Words(prompt: "ここに本文を書き、下の表に数字を入れてください。", item: "項目", cost: "費用（ドル）", total: "合計")
            case "fr":
                Words(
                    prompt: "Écrivez le rapport ici et remplissez le tableau ci-dessous.", item: "Poste",
                    cost: "Coût ($)", total: "Total")
            case "de":
                Words(
                    prompt: "Schreiben Sie den Bericht hier und füllen Sie die Tabelle unten aus.", item: "Posten",
                    cost: "Kosten ($)", total: "Summe")
            default:
                Words(
                    prompt: "Write the report here and fill in the table below.", item: "Item", cost: "Cost ($)",
                    total: "Total")
            }
        }
    }
}
