import Baseline
import Content
import Foundation
import Testing

/// What changed since a baseline, sorted the way a reviewer needs it: the inputs someone
/// edited, the results that follow from them, and the results that moved on their own.
@Suite struct BaselineComparisonTests {
    /// A priced table and a sentence that computes from it, in one language's marks and words.
    struct Sample: Sendable, CustomStringConvertible {
        var language: String
        var template: String
        var description: String { language }

        /// The page with unit price `p`, line cost `c`, total `t` and yearly figure `y`.
        func page(_ p: String, _ c: String, _ t: String, _ y: String) -> String {
            template.replacingOccurrences(of: "{p}", with: p).replacingOccurrences(of: "{c}", with: c)
                .replacingOccurrences(of: "{t}", with: t).replacingOccurrences(of: "{y}", with: y)
        }
    }

    static let samples: [(Sample, base: [String], price: [String], total: [String])] = [
        (
            Sample(
                language: "zh",
                template:
                    "| 项目 | 单价 | 数量 | 费用 |\n| --- | ---: | ---: | ---: |\n| 服务器 | {p} | 3 | {c} |\n| 存储 | 5.00 | 2 | 10.00 |\n| 合计 | | | {t} |\n\n<!-- formula: 费用 = 单价 × 数量 -->\n\n全年：12 × {t}元 = {y}元。\n"
            ),
            ["12.00", "36.00", "46.00", "552.00"], ["13.00", "39.00", "49.00", "588.00"],
            ["12.00", "36.00", "47.00", "552.00"]
        ),
        (
            Sample(
                language: "ja",
                template:
                    "| 項目 | 単価 | 数量 | 費用 |\n| --- | ---: | ---: | ---: |\n| サーバー | {p} | 3 | {c} |\n| ストレージ | 5.00 | 2 | 10.00 |\n| 合計 | | | {t} |\n\n<!-- formula: 費用 = 単価 × 数量 -->\n\n年間では 12 × ¥{t} = ¥{y} です。\n"
            ),
            ["1,200", "3,600", "4,600", "55,200"], ["1,300", "3,900", "4,900", "58,800"],
            ["1,200", "3,600", "4,700", "55,200"]
        ),
        (
            Sample(
                language: "fr",
                template:
                    "| Poste | Prix | Quantité | Coût |\n| --- | ---: | ---: | ---: |\n| Serveur | {p} | 3 | {c} |\n| Stockage | 5,00 | 2 | 10,00 |\n| Total | | | {t} |\n\n<!-- formula: Coût = Prix × Quantité -->\n\nPar an : 12 × {t} € = {y} €.\n"
            ),
            ["12,00", "36,00", "46,00", "552,00"], ["13,00", "39,00", "49,00", "588,00"],
            ["12,00", "36,00", "47,00", "552,00"]
        ),
        (
            Sample(
                language: "en",
                template:
                    "| Item | Price | Qty | Cost |\n| --- | ---: | ---: | ---: |\n| Server | {p} | 3 | {c} |\n| Storage | 5.00 | 2 | 10.00 |\n| Total | | | {t} |\n\n<!-- formula: Cost = Price × Qty -->\n\nA year: 12 × ${t} = ${y}.\n"
            ),
            ["12.00", "36.00", "46.00", "552.00"], ["13.00", "39.00", "49.00", "588.00"],
            ["12.00", "36.00", "47.00", "552.00"]
        ),
        (
            Sample(
                language: "de",
                template:
                    "| Posten | Preis | Menge | Kosten |\n| --- | ---: | ---: | ---: |\n| Server | {p} | 3 | {c} |\n| Speicher | 5,00 | 2 | 10,00 |\n| Summe | | | {t} |\n\n<!-- formula: Kosten = Preis × Menge -->\n\nIm Jahr: 12 × {t} € = {y} €.\n"
            ),
            ["1.200,00", "3.600,00", "4.600,00", "55.200,00"], ["1.300,00", "3.900,00", "4.900,00", "58.800,00"],
            ["1.200,00", "3.600,00", "4.700,00", "55.200,00"]
        ),
    ]

    static func record(_ pages: [String: String]) -> FigureRecord {
        var settings = SiteSettings()
        settings.languages = ["zh", "ja", "fr", "en", "de"]
        let loader = PageLoader(settings: settings)
        let loaded = pages.keys.sorted().compactMap { loader.load(file: $0, text: pages[$0]!).0 }
        return FigureRecorder.record(ContentSet.assemble(loaded, settings: settings).0)
    }

    static func kinds(_ changes: [FigureChange]) -> [String: FigureChange.Kind] {
        Dictionary(changes.map { ($0.after, $0.kind) }) { a, _ in a }
    }

    @Test(arguments: 0..<samples.count)
    func aChangedPriceExplainsItsDependents(index: Int) {
        let (sample, base, price, _) = Self.samples[index]
        let file = "r.\(sample.language).md"
        let changes = BaselineComparison.compare(
            baseline: Self.record([file: sample.page(base[0], base[1], base[2], base[3])]),
            current: Self.record([file: sample.page(price[0], price[1], price[2], price[3])]))
        let kinds = Self.kinds(changes)
        #expect(kinds[price[0]] == .input, "\(changes)")
        #expect(kinds[price[1]] == .explained, "\(changes)")
        #expect(kinds[price[2]] == .explained, "\(changes)")
        #expect(changes.allSatisfy { $0.kind != .unexplained }, "\(changes)")
        #expect(changes.contains { $0.after.contains(price[3]) && $0.kind == .explained }, "\(changes)")
    }

    @Test(arguments: 0..<samples.count)
    func aTotalChangedAloneIsUnexplained(index: Int) {
        let (sample, base, _, total) = Self.samples[index]
        let file = "r.\(sample.language).md"
        let changes = BaselineComparison.compare(
            baseline: Self.record([file: sample.page(base[0], base[1], base[2], base[3])]),
            current: Self.record([file: sample.page(total[0], total[1], total[2], total[3])]))
        let table = changes.filter { $0.after == total[2] }
        #expect(table.count == 1 && table[0].kind == .unexplained, "\(changes)")
        #expect(changes.allSatisfy { $0.kind == .unexplained }, "\(changes)")
    }

    @Test func aFigureChangedInOneLanguageOnlyIsUnexplained() {
        let zh = Self.samples[0], fr = Self.samples[2]
        func site(zhPrice: [String], frPrice: [String]) -> [String: String] {
            [
                "r.zh.md": "---\ntranslationKey: r\n---\n" + zh.0.page(zhPrice[0], zhPrice[1], zhPrice[2], zhPrice[3]),
                "r.fr.md": "---\ntranslationKey: r\n---\n" + fr.0.page(frPrice[0], frPrice[1], frPrice[2], frPrice[3]),
            ]
        }
        let baseline = Self.record(site(zhPrice: zh.base, frPrice: fr.base))
        let both = BaselineComparison.compare(
            baseline: baseline, current: Self.record(site(zhPrice: zh.price, frPrice: fr.price)))
        #expect(!both.isEmpty && both.allSatisfy { $0.kind != .unexplained }, "\(both)")
        let oneSide = BaselineComparison.compare(
            baseline: baseline, current: Self.record(site(zhPrice: zh.price, frPrice: fr.base)))
        #expect(
            !oneSide.isEmpty && oneSide.allSatisfy { $0.kind == .unexplained && $0.file == "r.zh.md" }, "\(oneSide)")
        #expect(oneSide.first?.reason.contains("fr") == true)
    }

    @Test func keysSurviveAParagraphAddedAbove() {
        let sample = Self.samples[3].0, base = Self.samples[3].base
        let page = sample.page(base[0], base[1], base[2], base[3])
        let changes = BaselineComparison.compare(
            baseline: Self.record(["r.en.md": page]),
            current: Self.record(["r.en.md": "A new opening paragraph with 3 figures, 4 and 5.\n\n" + page]))
        #expect(changes.isEmpty, "\(changes)")
    }

    @Test func recordRoundTripsThroughJSON() {
        let sample = Self.samples[1]
        let record = Self.record([
            "r.ja.md": sample.0.page(sample.base[0], sample.base[1], sample.base[2], sample.base[3])
        ])
        #expect(FigureRecord.decode(record.encoded()) == record)
        #expect(!record.pages["r.ja.md"]!.figures.isEmpty)
        #expect(FigureRecord.decode(Data("{\"version\": 99, \"pages\": {}}".utf8)) == nil)
    }

    @Test func recordWithAwkwardTextRoundTripsAndIsTheEncodersJSON() throws {
        let awkward = "a \"quoted\" \\ back/slash\u{1}\u{1F}\t\r\n 成本 €\u{2028}"
        let figure = RecordedFigure(
            text: awkward, value: "-1234.5", line: 3, column: 17, inputs: ["t1:r2:c3", awkward])
        let record = FigureRecord(pages: [
            "b/r.zh.md": PageRecord(language: "zh", translationKey: "k\"", figures: [awkward: figure, "t0": figure]),
            "a.md": PageRecord(language: "en", translationKey: "", figures: [:]),
        ])
        #expect(FigureRecord.decode(record.encoded()) == record)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let expected = try JSONSerialization.jsonObject(with: encoder.encode(record)) as? NSDictionary
        #expect(try JSONSerialization.jsonObject(with: record.encoded()) as? NSDictionary == expected)
    }
}
