import Foundation
import Numbers

/// A change stated against an earlier period's amount named in its own clause, after the current
/// amount: `… = 27,018 元 … 去年 7 月是 23,460 元，同比上涨 13.2 %` (15.2 %), `Im Vorjahr lagen wir bei
/// 5.870,00 €; die Steigerung beträgt damit 8,4 %`. The base is the earlier amount.
///
/// The current amount is one the page states before the earlier one, in the same measure. Only a
/// percentage that exactly one such amount explains as the change taken on itself (the wrong
/// base) or as a slip of the right change is reported, and none when any amount gives the
/// percentage on the earlier base: a change said of other amounts agrees with neither.
struct EarlierPeriodChangeRule: PageRule {
    static let id = "earlier-period-change"
    static let guessesRelation = true

    private static let changeWords = LanguageProfile.all.flatMap(\.changeWords).map { $0.lowercased() }
    private static let earlierWords = LanguageProfile.all.flatMap(\.earlierPeriodWords).map { $0.lowercased() }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        let amounts = page.allFigures.filter { $0.number.rangePart == .none && $0.number.value > 0 }
        let titleMonths = Self.months(in: page.page.title)
        for run in page.runs where run.figures.contains(where: Self.isChange) {
            let chars = run.characters
            for (position, percent) in run.figures.enumerated() where Self.isChange(percent) {
                // `February came to $94.60, so March is up 15.0%` on a March bill: the months the
                // percentage's sentence or the page's title name are later than the one named earlier
                // (read only for a lead that names a month).
                guard
                    let old = Self.earlierAmount(
                        before: position, in: run, chars: chars, pageYear: page.page.date?.year,
                        laterMonths: {
                            let sentence = SentenceBounds.range(around: percent, in: chars)
                            return titleMonths.union(Self.months(in: String(chars[sentence])))
                        })
                else { continue }
                let clauseStart = ClauseTerms.clauseStart(in: chars, before: percent.number.range.column - 1, reach: 30)
                let clause = String(chars[clauseStart..<(percent.number.range.column - 1)]).lowercased()
                // `Der diesjährige Überschuss liegt damit 12,3 % über dem Vorjahr`: the change may be
                // said after the percentage, against the earlier period it names.
                let end = percent.number.range.column - 1 + percent.number.range.length
                let tail = String(
                    chars[min(end, chars.count)..<min(chars.count, end + 20)].prefix {
                        !"。.!?！？;；,，".contains($0)
                    }
                ).lowercased()
                guard
                    Self.changeWords.contains(where: { clause.containsLiteral($0) || tail.containsLiteral($0) })
                        || Self.earlierWords.contains(where: { tail.containsLiteral($0) })
                else { continue }
                // What the amount now may be: any amount of its measure the page states before it; of
                // a bare count (`昨年の212名`), one the same counter follows (`計250名`).
                let oldCounter = old.number.unit == nil ? Self.counter(after: old, in: chars) : nil
                let currents = amounts.filter { figure in
                    (figure.line < old.line || figure.line == old.line && figure.column < old.column)
                        && PercentChangeRule.sameMeasure(figure.number, old.number)
                        && figure.number.value != old.number.value
                        && (oldCounter == nil
                            || !Self.isYear(figure) && Self.counter(of: figure, page: page) == oldCounter)
                }
                func change(from current: LocatedFigure) -> Decimal {
                    abs(current.number.value - old.number.value) / old.number.value * 100
                }
                if currents.contains(where: {
                    Agreement.compare(stated: percent.number, computed: change(from: $0)).isAgreement
                }) {
                    report.relationsChecked += 1
                    continue
                }
                // The change taken on the amount now, or the right change with a digit slipped.
                let explained = currents.filter { current in
                    let wrongBase = abs(current.number.value - old.number.value) / current.number.value * 100
                    return Agreement.compare(stated: percent.number, computed: wrongBase).isAgreement
                        || DigitSlip.isPreciseSlip(percent.number, of: change(from: current))
                }
                guard Set(explained.map(\.number.value)).count == 1, let current = explained.last else { continue }
                report.compare(
                    percent, computed: Quantity(change(from: current), percent.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation:
                        "from \(old.number.text) at line \(old.line) to \(current.number.text) at line \(current.line), on the earlier amount",
                    what: "change")
            }
        }
    }

    /// The months of the year (0 for January) a text names in words.
    static func months(in text: String) -> Set<Int> { Set(monthMentions(in: text).map(\.month)) }

    /// Each month a text names in words, with the Character offset where its name ends.
    private static func monthMentions(in text: String) -> [(month: Int, end: Int)] {
        var mentions: [(month: Int, end: Int)] = []
        var word = "", offset = 0
        func close() {
            if let month = monthNumbers[word] { mentions.append((month, offset)) }
            word = ""
        }
        for character in text.lowercased() {
            if character.isLetter { word.append(character) } else { close() }
            offset += 1
        }
        close()
        let chars = Array(text.lowercased())
        return mentions + quarterMentions(in: chars) + numberedMonths(in: chars)
    }

    /// `2 月`, `12月`: a month as Chinese and Japanese number it, where its name ends (not `3 か月`,
    /// `2 个月`: a span, whose counter stands between).
    private static func numberedMonths(in chars: [Character]) -> [(month: Int, end: Int)] {
        var mentions: [(month: Int, end: Int)] = []
        for index in chars.indices where chars[index] == "月" {
            var digitsEnd = index
            if digitsEnd > 0, chars[digitsEnd - 1] == " " { digitsEnd -= 1 }
            var digitsStart = digitsEnd
            while digitsStart > 0, chars[digitsStart - 1].isASCII, chars[digitsStart - 1].isNumber { digitsStart -= 1 }
            guard digitsStart < digitsEnd, digitsEnd - digitsStart <= 2,
                digitsStart == 0 || !chars[digitsStart - 1].isNumber && chars[digitsStart - 1] != ".",
                let month = Int(String(chars[digitsStart..<digitsEnd])), (1...12).contains(month)
            else { continue }
            mentions.append((month - 1, index + 1))
        }
        return mentions
    }

    /// `Q2`, `T3` (trimestre): a quarter, as the last month it covers, where its name ends.
    private static func quarterMentions(in chars: [Character]) -> [(month: Int, end: Int)] {
        var mentions: [(month: Int, end: Int)] = []
        for index in chars.indices.dropLast() where chars[index] == "q" || chars[index] == "t" {
            guard let quarter = chars[index + 1].wholeNumberValue, (1...4).contains(quarter),
                index == 0 || !chars[index - 1].isLetter && !chars[index - 1].isNumber,
                index + 2 >= chars.count || !chars[index + 2].isNumber && !chars[index + 2].isLetter
                    || chars[index + 2] == "'" || chars[index + 2] == "’"
            else { continue }
            mentions.append((quarter * 3 - 1, index + 2))
        }
        return mentions
    }

    /// Month names of every language, by their number (`may` left out: it is as often the verb).
    private static let monthNumbers = Dictionary(
        LanguageProfile.all.map(\.monthNames).filter { $0.count == 12 }.flatMap { names in
            names.enumerated().map { ($1, $0) }
        }.filter { $0.0 != "may" }, uniquingKeysWith: { first, _ in first })

    private static func isChange(_ figure: LocatedFigure) -> Bool {
        figure.number.unit?.measure == .percent && figure.number.rangePart == .none && figure.number.value > 0
    }

    /// The amount right before the percentage, or before the difference right before it (`2023 年是
    /// 18,950 元，多了 880 元，增加 4.4%`), named in its sentence as an earlier period's: by a word
    /// (`去年`, `l'an dernier`) or by a year before the page's own.
    private static func earlierAmount(
        before position: Int, in run: TextRun, chars: [Character], pageYear: Int?,
        laterMonths: () -> Set<Int> = { [] }
    ) -> LocatedFigure? {
        guard position > 0 else { return nil }
        for index in stride(from: position - 1, through: max(0, position - 2), by: -1) {
            let candidate = run.figures[index]
            guard candidate.number.unit?.measure != nil || counter(after: candidate, in: chars) != nil,
                candidate.number.unit?.measure != .percent,
                candidate.number.rangePart == .none, !isYear(candidate)
            else { return nil }
            if index < position - 1, !PercentChangeRule.sameMeasure(run.figures[position - 1].number, candidate.number)
            {
                return nil
            }
            let start = candidate.number.range.column - 1
            let sentenceStart = SentenceBounds.range(around: candidate, in: chars).lowerBound
            guard sentenceStart <= start else { continue }
            let lead = String(chars[sentenceStart..<start]).lowercased()
            // No other amount of its measure may stand between the period's name and the amount.
            func namesIt(from column: Int) -> Bool {
                !run.figures[..<index].contains { other in
                    other.number.range.column - 1 >= column
                        && PercentChangeRule.sameMeasure(other.number, candidate.number)
                }
            }
            // `去年续约时房东把租金从每平米240元涨到了260元`: a period word before another amount names that one.
            let named = earlierWords.contains { word in
                guard let range = lead.range(of: word, options: .backwards) else { return false }
                return namesIt(from: sentenceStart + lead.distance(from: lead.startIndex, to: range.upperBound))
            }
            // A year names the earlier amount only after the amount now (`…＝19,830 元。2023 年是
            // 18,950 元`), and not when it qualifies the amount before it (`de 6,90 €/L en 2024 à`).
            let earlierYear = run.figures[..<index].enumerated().contains { yearIndex, year in
                // The report's own year, or the one before it, may be the year of the amount now.
                guard isYear(year), let pageYear, year.number.value < Decimal(pageYear),
                    year.number.value <= Decimal(pageYear - 2)
                        || run.figures[..<yearIndex].contains(where: {
                            PercentChangeRule.sameMeasure($0.number, candidate.number)
                        })
                else { return false }
                let column = year.number.range.column - 1
                if yearIndex > 0 {
                    let before = run.figures[yearIndex - 1]
                    let end = before.number.range.column - 1 + before.number.range.length
                    let gap = chars[min(end, column)..<column]
                    if PercentChangeRule.sameMeasure(before.number, candidate.number), gap.count <= 5,
                        !gap.contains(where: { "。.!?！？;；".contains($0) })
                    {
                        return false
                    }
                }
                return column >= sentenceStart && namesIt(from: column + year.number.range.length)
            }
            // `My rate was £4.20 last year, so it has gone up by 12.5%`: in Latin script the period may
            // follow the amount right after it (`12,000 円（前年比 8% 増）` names the base of the amount now).
            let end = start + candidate.number.range.length
            let trail = String(chars[min(end, chars.count)..<min(chars.count, end + 16)]).lowercased()
                .drop { $0 == " " }
            let namedAfter = earlierWords.contains { word in
                word.first?.isASCII == true && trail.hasPrefix(word)
            }
            if named || namedAfter || earlierYear { return candidate }
            // `En septembre, le même poste s'élevait à 13 240 €` in an October review.
            let mentions = monthMentions(in: lead)
            if !mentions.isEmpty {
                let later = laterMonths()
                if mentions.contains(where: { mention in
                    later.contains { $0 > mention.month } && namesIt(from: sentenceStart + mention.end)
                }) {
                    return candidate
                }
            }
        }
        return nil
    }

    /// The counter right after a bare count, as CJK text writes it (`212名`, `250 名`): one ideograph
    /// or kana; nil for anything else.
    static func counter(after figure: LocatedFigure, in chars: [Character]) -> Character? {
        var index = figure.number.range.column - 1 + figure.number.range.length
        if index < chars.count, chars[index] == " " { index += 1 }
        guard index < chars.count, let scalar = chars[index].unicodeScalars.first,
            (0x3040...0x30FF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
        else { return nil }
        return chars[index]
    }

    /// `counter(after:in:)` of a figure anywhere on the page.
    private static func counter(of figure: LocatedFigure, page: PageFigures) -> Character? {
        page.run(holding: figure).flatMap { counter(after: figure, in: $0.characters) }
    }

    /// `2023`, `2023 年`: a year, not an amount.
    static func isYear(_ figure: LocatedFigure) -> Bool {
        guard figure.number.text.filter(\.isNumber).count == 4, figure.number.value >= 1900,
            figure.number.value <= 2100, figure.number.precision.fractionDigits == 0
        else { return false }
        if figure.number.unit == nil { return true }
        if case .count(let thing)? = figure.number.unit?.measure, thing == .years { return true }
        return false
    }
}
