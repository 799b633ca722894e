import Foundation
import Numbers
import TextKit

extension AnnualisedFigureRule {
    /// `l'économie mensuelle est de … = 292,83 €`, then in the summary `une économie d'environ 290 €
    /// par an`: a rounded yearly amount that is what the page states for a month is a month's
    /// amount mislabelled; a year is twelve of them.
    /// `saidYear` holds, by run, what `saysYearWord` answered for the runs `check` asked about.
    func checkMonthsCalledYears(
        _ page: PageFigures, saidYear: [Int: Bool], file: String, into report: inout RuleReport
    ) {
        // Amounts said for a year, rounded (the candidates) or not; other amounts, by run. Whether an
        // amount is a month's is asked only of those a candidate agrees with: most pages have none.
        var yearly: [LocatedFigure] = [], exactYearly: [LocatedFigure] = []
        var plain: [(figure: LocatedFigure, run: Int)] = []
        for (index, run) in page.runs.enumerated() {
            // Most runs state no amount of money: their text is not gathered and searched for year words.
            guard run.figures.contains(where: Self.mayBeMonthOrYear) else { continue }
            let text = run.characters
            let saysYear = saidYear[index] ?? Self.saysYearWord(run)
            // `15,800 a month, so a year: 15,800 × 12 = CNY 189,600`: twelve times something is a year's.
            let timesTwelve = CalculationChain.chains(in: run).filter { chain in
                chain.parts.contains { $0.figures.contains { $0.number.value == 12 && $0.number.unit == nil } }
            }.compactMap { $0.computation?.stated }
            for figure in run.figures {
                if timesTwelve.contains(where: { $0.line == figure.line && $0.column == figure.column }) {
                    exactYearly.append(figure)
                    continue
                }
                guard case .currency? = figure.number.unit?.measure, figure.number.rangePart == .none,
                    figure.number.value > 0
                else { continue }
                // `290 € par an` reads as a rate per year; it is the year's amount all the same.
                if let per = figure.number.unit?.per {
                    if per.thing == .years, per.amount == 1, figure.number.isApproximate { yearly.append(figure) }
                } else if saysYear && Self.isAnnual(figure, in: text) {
                    if figure.number.isApproximate { yearly.append(figure) } else { exactYearly.append(figure) }
                } else {
                    plain.append((figure, index))
                }
            }
        }
        for figure in yearly {
            func agrees(_ other: LocatedFigure) -> Bool {
                other.line != figure.line && other.number.unit?.measure == figure.number.unit?.measure
                    && Agreement.compare(stated: figure.number, computed: other.number.value).isAgreement
            }
            let agreeing = plain.filter { agrees($0.figure) }
            let months = agreeing.filter { Self.isMonthly($0.figure, in: page.runs[$0.run].characters) }
            // Said for a year elsewhere too, or as an amount of no period, it may well be a year's.
            guard months.count == 1, let month = months.first?.figure, agreeing.count == 1,
                !exactYearly.contains(where: agrees)
            else { continue }
            report.compare(
                figure, computed: Quantity(month.number.value * 12, figure.number.unit), rule: Self.id, file: file,
                locale: page.locale,
                explanation: "\(month.number.text) at line \(month.line) is a month's amount; a year is 12 of them",
                what: "yearly figure")
        }
    }

    /// `月 76 ドル … 年間でも 760 ドル`, `每年省 10.2 万元 … 折合每月省 1.02 万元`: a month's amount and a
    /// year's in one sentence, exactly ten times apart, took a year for ten months. The one the page
    /// states elsewhere, or else the one said first, is the source; the other is reported, worked out
    /// at twelve.
    func checkTenfoldYears(_ page: PageFigures, saidYear: [Int: Bool], file: String, into report: inout RuleReport) {
        for (index, run) in page.runs.enumerated() where saidYear[index] == true {
            // `10 か月` said in the sentence makes ten the right factor.
            guard !run.figures.contains(where: { $0.number.value == 10 && $0.number.unit?.measure != .percent })
            else { continue }
            let text = run.characters
            let amounts = run.figures.filter {
                if case .currency? = $0.number.unit?.measure {
                    return $0.number.rangePart == .none && $0.number.value > 0
                }
                return false
            }
            let years = amounts.filter { Self.isAnnual($0, in: text) }
            let months = amounts.filter { month in
                !years.contains { $0.column == month.column } && Self.isMonthly(month, in: text)
            }
            for year in years {
                guard let month = months.first(where: { $0.number.value * 10 == year.number.value }) else { continue }
                let statedElsewhere = { (figure: LocatedFigure) in
                    page.allFigures.contains { $0.line != figure.line && $0.number.value == figure.number.value }
                }
                // Else the one said second is worked out from the first (`折合每月省 1.02 万元`).
                let monthIsDerived =
                    statedElsewhere(year) != statedElsewhere(month)
                    ? statedElsewhere(year) : month.number.range.column > year.number.range.column
                if monthIsDerived {
                    report.compare(
                        month, computed: Quantity(year.number.value / 12, month.number.unit), rule: Self.id,
                        file: file, locale: page.locale, explanation: "\(year.number.text) a year ÷ 12",
                        what: "monthly figure")
                } else {
                    report.compare(
                        year, computed: Quantity(month.number.value * 12, year.number.unit), rule: Self.id,
                        file: file, locale: page.locale, explanation: "\(month.number.text) a month × 12",
                        what: "yearly figure")
                }
            }
        }
    }

    /// The amounts the loop above sorts into months, years and others; it skips every other figure.
    private static func mayBeMonthOrYear(_ figure: LocatedFigure) -> Bool {
        guard case .currency? = figure.number.unit?.measure else { return false }
        return figure.number.rangePart == .none && figure.number.value > 0
    }

    private static let monthCountWords = LanguageProfile.all.flatMap(\.monthCountWords)

    /// Whether a clause holds a count of more than one month (`12 个月`, `sur 12 mois`, `12 か月`).
    static func countsMonths(_ clause: ArraySlice<Character>) -> Bool {
        var index = clause.startIndex
        while index < clause.endIndex {
            guard clause[index].isASCII, clause[index].isNumber else {
                index += 1
                continue
            }
            var end = index
            while end < clause.endIndex, clause[end].isASCII, clause[end].isNumber { end += 1 }
            let count = Int(String(clause[index..<end])) ?? 0
            var after = end
            while after < clause.endIndex, clause[after] == " " || clause[after] == "\u{00A0}" { after += 1 }
            let rest = String(clause[after..<min(clause.endIndex, after + 8)]).lowercased()
            if count > 1,
                monthCountWords.contains(where: { word in
                    rest.hasPrefix(word)
                        && !(word.last!.isASCII && rest.dropFirst(word.count).first?.isLetter == true)
                })
            {
                return true
            }
            index = end
        }
        return false
    }

    private static let perMonthWords = LanguageProfile.all.flatMap(\.monthWords).map { $0.lowercased() }
    private static let perMonthWordStarts = Set(perMonthWords.filter { $0 != "月" }.compactMap(\.first))

    /// Whether a month word stands in the few characters right around a figure; `月` counts only
    /// as `每月`, `月额` or `/月`, never in a date (`11月`) or a duration (`3个月`).
    static func isMonthly(_ figure: LocatedFigure, in text: [Character]) -> Bool {
        if isPerMonth(figure) { return true }
        let start = min(figure.number.range.column - 1, text.count)
        let end = min(start + figure.number.range.length, text.count)
        // The clause before the figure (`L'économie mensuelle est de 1 512 − 1 219,17 = 292,83 €`) and
        // the words after it up to the clause's end (`430 € de matériel par mois`).
        let sentence = SentenceBounds.range(around: figure, in: text)
        let from = max(sentence.lowerBound, start - 60)
        // `40,739.2 元/月，12 个月约 488,870 元`: an amount right after a count of months is for all of them.
        let clauseStart = text[from..<start].lastIndex(where: { ",;，、；。:：".contains($0) }).map { $0 + 1 } ?? from
        if countsMonths(text[clauseStart..<start]) { return false }
        let clauseEnd = text[end..<min(text.count, end + 32)].firstIndex(where: { ",;，、；。.".contains($0) })
        let window = Array(text[from..<start]) + [" "] + Array(text[end..<(clauseEnd ?? min(text.count, end + 12))])
        for (index, character) in window.enumerated() where character == "月" {
            let before = index > 0 ? window[index - 1] : " "
            if !(before.isNumber || "个個ヶかカケ".contains(before)) { return true }
        }
        let latin = String(window).lowercased()
        // A word can only stand where its first letter does: most windows hold none of them.
        guard latin.contains(where: perMonthWordStarts.contains) else { return false }
        let words = Set(latin.split { !$0.isLetter }.map(String.init))
        return perMonthWords.contains { $0 != "月" && words.contains($0) }
    }
}
