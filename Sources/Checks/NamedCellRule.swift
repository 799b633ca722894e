import Foundation
import Numbers
import TextKit

/// A summary sentence that names a table cell states that cell's figure: `流失最严重的是浦东店，流失
/// 262 人` names the row `浦东店` and the column `流失`; `we paid €5.5 million to members` names a
/// total row's column `Amount paid (€)`; `本季度试剂支出 23,980.00 元` names the section `试剂明细`
/// whose table has one total of that unit. A summary left with an earlier draft's figure (a stale
/// total, last month's count) disagrees with the cell it names.
///
/// Only a figure that agrees with no other figure of the page counts, only when what the sentence
/// names leads to one value, and only within a factor of two of it: a figure far from the cell it
/// seems to name is another quantity (a change, a part) said in the same words.
struct NamedCellRule: PageRule {
    static let id = "named-cell"
    static let guessesRelation = true

    private static let earlierPeriodWords = LanguageProfile.all.flatMap(\.earlierPeriodWords).map { $0.lowercased() }
    private static let planWords = LanguageProfile.all.flatMap(\.planWords).map { $0.lowercased() }
    /// Words after an amount that make it a difference (`de moins`, `less`, `安い`), not the cell.
    private static let differenceWords = LanguageProfile.all.flatMap(\.differenceWords).map { $0.lowercased() }
        .filter { $0.count >= 4 || $0.first?.isASCII == false }

    private static let unitPriceWords = LanguageProfile.all.flatMap(\.unitPriceHeaderWords).map { $0.lowercased() }

    /// `時間単価 42 ユーロ`, `unit price $4.20`: a rate quoted, which no table cell restates.
    static func followsUnitPriceWord(_ figure: LocatedFigure, in chars: [Character]) -> Bool {
        let start = figure.number.range.column - 1
        guard start > 0, start <= chars.count else { return false }
        let lead = String(chars[max(0, start - 14)..<start]).lowercased()
            .trimmingCharacters(in: CharacterSet(charactersIn: ":：").union(.whitespaces))
        return unitPriceWords.contains { lead.hasSuffix($0) }
    }

    func check(_ page: PageFigures, file: String, into report: inout RuleReport) {
        guard !page.tables.isEmpty else { return }
        let summaryLines = page.summaryLines
        let runs = page.runs.filter { run in
            !run.isProgramOutput && !run.figures.isEmpty && summaryLines.contains { $0.contains(run.line) }
        }
        guard !runs.isEmpty else { return }
        let tables = Self.namedTables(of: page)
        let sums = SummaryFigureRule.columnSums(of: page)
        let allFigures = page.allFigures
        // The counts the page states (`16 lanes`, `lanes = 16`): what an amount may be shared out over.
        let counts = Set(allFigures.filter(Self.isWholeCount).map(\.number.value))
        for run in runs {
            let chained = Set(
                CalculationChain.chains(in: run).flatMap { $0.parts.flatMap(\.figures) }.map { [$0.line, $0.column] })
            let chars = run.characters
            // Figures of one sentence share its words: each sentence is judged once.
            var otherQuantity: [String: Bool] = [:]
            for figure in run.figures where !chained.contains([figure.line, figure.column]) {
                guard figure.number.rangePart == .none, figure.significantDigits >= 2,
                    figure.number.unit?.per == nil, !Self.followsUnitPriceWord(figure, in: chars),
                    // `un total HT de 765,50 €. Avec la TVA (153,10 €), la commande revient à 918,60 €`.
                    !StaleTotalRule.addsAmountsBefore(figure, in: run),
                    !Self.followsEarlierYear(figure, in: run, chars: chars, pageYear: page.page.date?.year),
                    // `Vantage Labs より 63.6% 安く`: a percentage that compares the row with something is no cell of it.
                    !(figure.isPercent
                        && PercentChangeRule.comparesDownward(
                            figure, sentence: SentenceBounds.range(around: figure, in: chars), chars: chars) != nil),
                    let cell = Self.namedCell(for: figure, chars: chars, tables: tables, otherQuantity: &otherQuantity)
                else { continue }
                // `三年能省近 6,900 元` under a `三年合计` row of 5,211 and 12,140: a saving said as the
                // difference of two cells of the row (or of the column) is neither of them.
                if RestatedDifferenceRule.saysDifference(before: figure, in: chars),
                    Self.isDifferenceOfTwoCells(figure, inRowOf: cell.figure, tables: tables)
                {
                    continue
                }
                let value = cell.figure.number.value
                // `cheapest over two years: $1,806.72` beside a `Year 1` cell of 903.36: twice the cell
                // (or half of it) is two periods or units of it, not the cell restated.
                guard value > 0, figure.number.value >= value / 2, figure.number.value <= value * 2,
                    case .disagrees = Agreement.compare(stated: figure.number, computed: value),
                    !Agreement.compare(stated: figure.number, computed: value * 2).isAgreement,
                    !Agreement.compare(stated: figure.number, computed: value / 2).isAgreement
                else { continue }
                // A sentence quoting the cell's value beside the figure sets another amount against it.
                let quotesCell = run.figures.contains {
                    $0.number.value == value && ($0.line != figure.line || $0.column != figure.column)
                }
                // `月およそ 14.40 ドル … 年間では約 172.80 ドル`: a year of a month said beside it.
                let yearOfMonth = run.figures.contains {
                    $0.number.value * 12 == figure.number.value || figure.number.value * 12 == $0.number.value
                }
                // `+3,240 元` beside a row of 5,380 is its change; `31,190 元（含教练工时）` adds what the table leaves out.
                let start = figure.number.range.column - 1
                let signed = figure.number.text.first == "+" || start > 0 && chars[start - 1] == "+"
                // `room extension 4410` beside a table that writes `7,400`: a number written ungrouped
                // where the page groups thousands is an identifier. `2 190 € de moins que …` is a difference.
                let isIdentifier =
                    figure.number.unit == nil && figure.number.value >= 1000
                    && figure.number.style.groupingSeparator == nil && cell.figure.number.style.groupingSeparator != nil
                let after = String(
                    chars[
                        min(
                            chars.count, start + figure.number.range.length)..<min(
                                chars.count, start + figure.number.range.length + 12)]
                ).lowercased()
                guard !signed, !isIdentifier, !Self.differenceWords.contains(where: { after.containsLiteral($0) }),
                    !Self.includesMore(figure, chars: chars),
                    !Self.isSaidElsewhere(figure, allFigures: allFigures, sums: sums), !quotesCell, !yearOfMonth,
                    !Self.sharesAmount(figure, of: run.figures, counts: counts)
                else { continue }
                report.compare(
                    figure, computed: Quantity(value, figure.number.unit), rule: Self.id, file: file,
                    locale: page.locale,
                    explanation: "the table's \(cell.name) at line \(cell.figure.line)", what: "restated figure")
            }
        }
    }

    /// Whether a figure is, about, the difference of two cells of the row `cell` stands in.
    private static func isDifferenceOfTwoCells(
        _ figure: LocatedFigure, inRowOf cell: LocatedFigure, tables: [NamedTable]
    )
        -> Bool
    {
        guard
            let (table, position) = tables.lazy.compactMap({ named in
                named.table.position(of: cell).map { (named.table, $0) }
            }).first
        else { return false }
        var said = figure.number
        said.isApproximate = true
        // `le surcoût est d'environ 84 $` beside two models' totals: the difference of two rows of the column too.
        return [table.cells[position.row].compactMap { $0 }, table.column(position.column).compactMap { $0 }].contains {
            cells in
            let values = cells.map(\.number.value)
            return values.contains { a in
                values.contains { b in a > b && Agreement.compare(stated: said, computed: a - b).isAgreement }
            }
        }
    }

    /// The one cell a figure's sentence names (its row and column), unless the sentence speaks of
    /// last year's amount or this year's budget, other quantities named in the same words.
    private static func namedCell(
        for figure: LocatedFigure, chars: [Character], tables: [NamedTable], otherQuantity: inout [String: Bool]
    ) -> NamedTable.Cell? {
        let sentence = Self.sentence(around: figure, in: chars).lowercased()
        if otherQuantity[sentence] == nil {
            otherQuantity[sentence] =
                Self.earlierPeriodWords.contains(where: sentence.containsLiteral)
                || Self.planWords.contains(where: sentence.containsLiteral)
        }
        guard otherQuantity[sentence] == false else { return nil }
        let clause = Self.clause(around: figure, in: chars).lowercased()
        let near = tables.filter { $0.isNear(figure.line) }
        var candidates = near.flatMap { $0.cells(named: sentence, clause: clause, for: figure) }
        // `Nordreef is the cheapest at 101,727.20 USD, 4.8 % below Polar Box`: of two rows the
        // sentence names, the figure's own clause names one.
        if let first = candidates.first,
            candidates.contains(where: { $0.figure.number.value != first.figure.number.value })
        {
            candidates = near.flatMap { $0.cells(named: clause, clause: clause, for: figure) }
        }
        guard let cell = candidates.first,
            candidates.allSatisfy({ $0.figure.number.value == cell.figure.number.value })
        else { return nil }
        return cell
    }

    /// `比 2022 年同规模的二期工程（268.5 万元）高 19.2%` in a report of 2025: an amount after a year two
    /// or more before the page's own, in its sentence, is that year's, named like this year's.
    private static func followsEarlierYear(
        _ figure: LocatedFigure, in run: TextRun, chars: [Character], pageYear: Int?
    ) -> Bool {
        guard let pageYear else { return false }
        let sentence = SentenceBounds.range(around: figure, in: chars)
        return run.figures.contains { year in
            year.column < figure.column && EarlierPeriodChangeRule.isYear(year)
                && year.number.value <= Decimal(pageYear - 2) && sentence.contains(year.number.range.column - 1)
        }
    }

    private static let inclusionWords = LanguageProfile.all.flatMap(\.inclusionWords).map { $0.lowercased() }
    private static let inclusionLookalikes = LanguageProfile.all.flatMap(\.inclusionWordLookalikes)

    /// Whether an inclusion word stands within a few Characters after the figure.
    static func includesMore(_ figure: LocatedFigure, chars: [Character]) -> Bool {
        let end = min(chars.count, figure.number.range.column - 1 + figure.number.range.length)
        var after = String(chars[end..<min(chars.count, end + 6)]).lowercased()
        for lookalike in inclusionLookalikes { after = after.replacingOccurrences(of: lookalike, with: " ") }
        return inclusionWords.contains { word in
            guard let range = after.range(of: word) else { return false }
            guard word.first?.isASCII == true else { return true }
            return range.upperBound == after.endIndex || !after[range.upperBound].isLetter
        }
    }

    /// Said the same elsewhere (another cell, a calculation, what a total row's rows add up to):
    /// the figure restates that, not the cell.
    private static func isSaidElsewhere(
        _ figure: LocatedFigure, allFigures: [LocatedFigure], sums: [SummaryFigureRule.ComputedSum]
    ) -> Bool {
        allFigures.contains { other in
            (other.line != figure.line || other.number.text != figure.number.text)
                // A bare cell of thousands (`1,730,000` for `NT$1.73 million`) says an amount too;
                // a bare `24` is as likely a count.
                && (other.number.unit?.measure == figure.number.unit?.measure
                    || other.number.unit == nil && other.number.value >= 1000 && figure.isMoney)
                && Agreement.compare(stated: figure.number, computed: other.number.value).isAgreement
        }
            || sums.contains {
                !$0.source.contains(figure.line)
                    && Agreement.compare(stated: figure.number, computed: $0.value).isAgreement
            }
    }

    /// `$4,111.20 for the whole job — about $257 per lane` with 16 lanes on the page: a figure that
    /// is an amount of its line shared out over a count the page states is worked out, whatever a
    /// cell of the same name says.
    static func sharesAmount(_ figure: LocatedFigure, of line: [LocatedFigure], counts: Set<Decimal>) -> Bool {
        line.contains { whole in
            whole.number.unit?.measure == figure.number.unit?.measure && whole.number.value > figure.number.value
                && counts.contains { count in
                    Agreement.compare(stated: figure.number, computed: whole.number.value / count).isAgreement
                }
        }
    }

    /// A whole number of things, bare or counted (`16`, `16 lanes`), not money or a percentage.
    static func isWholeCount(_ figure: LocatedFigure) -> Bool {
        switch figure.number.unit?.measure {
        case .currency?, .percent?: return false
        case .count?, nil:
            let value = figure.number.value
            return value >= 2 && value <= 10_000 && RoundingRule.truncation.round(value, toPowerOfTen: 0) == value
        }
    }

    /// The text of the sentence holding the figure.
    static func sentence(around figure: LocatedFigure, in chars: [Character]) -> String {
        String(chars[SentenceBounds.range(around: figure, in: chars)])
    }

    /// The clause holding the figure: its sentence cut at commas too.
    static func clause(around figure: LocatedFigure, in chars: [Character]) -> String {
        String(chars[SentenceBounds.range(around: figure, in: chars, commas: true)])
    }

    /// Each table of the page with the text of the last heading above it, found in one pass.
    static func namedTables(of page: PageFigures) -> [NamedTable] {
        zip(page.tables, headings(of: page)).map { NamedTable($0, heading: $1, locale: page.locale) }
    }

    /// The text of the last heading above each table of the page, in the page's order of tables.
    static func headings(of page: PageFigures) -> [String] {
        var headings: [(line: Int, text: String)] = []
        for block in page.page.document.children {
            if case .heading = block.kind { headings.append((block.span.start.line, block.plainText)) }
        }
        return page.tables.map { table in
            let start = table.table.span.start.line
            return headings.last { $0.line < start }?.text ?? ""
        }
    }
}

/// A table with the names its cells can be called by.
struct NamedTable {
    struct Cell {
        var figure: LocatedFigure
        var name: String
    }

    var table: CheckedTable
    var rowNames: [String?]
    /// What a sentence calls a row labelled with a letter: `B 融资租赁` is `B 方案`, `Option B`.
    var rowAliases: [[String]]
    var columnNames: [[String]]
    var headingNames: [String]
    /// The unit the section heading gives the table's bare cells: `## MRR bridge (USD)`.
    var headingUnit: FigureUnit?
    /// Rows that total the rows above them without a total word: `| **Year** | … | 5,605,310 |`.
    var sumRows: Set<Int>

    init(_ table: CheckedTable, heading: String, locale: NumberLocale) {
        self.table = table
        rowNames = table.rowLabels.map { Self.wholeName($0) }
        rowAliases = table.rowLabels.map(Self.optionAliases)
        columnNames = table.header.map { Self.words(of: Self.dropBracketed($0)) }
        headingNames = Self.words(of: heading)
        headingUnit = ColumnUnit.infer(header: heading, locale: locale)
        sumRows = table.impliedTotalRows
    }

    func isTotal(_ row: Int) -> Bool { table.isTotalRow(row) || sumRows.contains(row) }

    /// How many lines from a sentence a table it names may stand: a report's summary and its
    /// tables, not the hundredth report of a page that strings many together.
    static let reach = 300

    func isNear(_ line: Int) -> Bool { abs(table.table.span.start.line - line) <= Self.reach }

    /// The cells a sentence names with a figure like `figure`: a row and a column, a total row's
    /// column, or (in the figure's own clause) the table's section when its total row holds one
    /// such figure.
    func cells(named sentence: String, clause: String, for figure: LocatedFigure) -> [Cell] {
        var found: [Cell] = []
        let namedColumns = Set(
            columnNames.indices.filter { $0 > 0 && columnNames[$0].contains { sentence.containsLiteral($0) } })
        let sectionNamed = headingNames.contains { clause.containsLiteral($0) }
        for (row, cells) in table.cells.enumerated() where !table.isSpacer(row) {
            let rowNamed =
                !isTotal(row)
                && (rowNames[row].map { sentence.containsLiteral($0) } == true
                    || rowAliases[row].contains { sentence.containsLiteral($0) })
            guard isTotal(row) || rowNamed else { continue }
            let fitting = cells.indices.filter { column in
                column > 0
                    && cells[column].map {
                        fits($0, figure, rowNamed: rowNamed) && table.isFigureOnly(row: row, column: column)
                    } == true
            }
            var chosen = fitting.filter(namedColumns.contains)
            // A bare figure (`流失 262 人`) is the cell only where the sentence names its row and column.
            if figure.number.unit == nil {
                chosen = rowNamed ? chosen : []
            } else if chosen.isEmpty, fitting.count == 1 {
                // A section names its table's one total only in the unit the table states.
                let statesUnit = (cells[fitting[0]]?.number.unit ?? headingUnit)?.measure == figure.number.unit?.measure
                if rowNamed || sectionNamed && statesUnit { chosen = fitting }
            } else if chosen.isEmpty, rowNamed {
                // `Nordreef is the cheapest at 101,727.20 USD` over a row with a lease, a fee and a
                // `Total (USD)`: an option named alone is its all-in amount, the one total column.
                let totals = fitting.filter { TotalWords.kind(of: table.header[safe: $0] ?? "") != nil }
                if totals.count == 1 { chosen = totals }
            }
            found += chosen.map {
                Cell(figure: cells[$0]!, name: "\(table.rowLabels[row]) · \(table.header[safe: $0] ?? "")")
            }
        }
        return found
    }

    /// A cell can be what the figure restates when both are amounts of one currency or one
    /// thing, or both percentages; a bare cell (its unit in a header the reader sees) restates an
    /// amount, and a count only where the sentence names its row.
    func fits(_ cell: LocatedFigure, _ figure: LocatedFigure, rowNamed: Bool) -> Bool {
        let a = cell.number.unit ?? headingUnit, b = figure.number.unit
        if a?.per != nil || b?.per != nil { return false }
        if let a { return a.measure == b?.measure }
        switch b?.measure {
        case .currency?: return true
        case .count(.other)?, nil: return rowNamed
        default: return false
        }
    }

    /// A row label's name: the whole label when it is long enough to be told apart.
    private static let optionWords = LanguageProfile.all.flatMap(\.optionWords).map { $0.lowercased() }

    /// `B 融资租赁`, `C. Achat`: a label opening with a lone capital letter is option B or C.
    static func optionAliases(_ label: String) -> [String] {
        let name = PageFigures.cleanLabel(label).trimmingSpaces
        guard let letter = name.first, letter.isASCII, letter.isUppercase,
            name.count == 1 || name.dropFirst().first.map({ $0 == " " || $0 == "." || $0 == "：" || $0 == ":" }) == true
        else { return [] }
        let code = String(letter).lowercased()
        return optionWords.flatMap { word in
            ["\(word) \(code)", "\(code) \(word)", "\(word)\(code)", "\(code)\(word)"]
        }
    }

    static func wholeName(_ label: String) -> String? {
        let name = PageFigures.cleanLabel(label).trimmingSpaces.lowercased()
        return LabelName.isDistinctive(name) ? name : nil
    }

    /// `Amount paid (€)` is named by `paid`; `小计（元）` by `小计`; generic words name nothing.
    static func words(of text: String) -> [String] {
        var names: [String] = []
        for written in PageFigures.cleanLabel(text).split(whereSeparator: { !$0.isLetter }).map(String.init) {
            let word = written.lowercased()
            // `MRR`, `ARR`, `GPU`: a short word in capitals is a name.
            if word.count == 3, written.allSatisfy(\.isUppercase) { names.append(word); continue }
            let isCJK = word.unicodeScalars.contains { $0.value >= 0x2E80 }
            if isCJK {
                // A CJK name is one run of characters: its pairs are its words (`试剂明细` is named by `试剂`).
                let chars = Array(word.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x2E80 } })
                if chars.count == 2 { names.append(String(chars)) }
                if chars.count > 2 { names += (0..<chars.count - 1).map { String(chars[$0...$0 + 1]) } }
            } else if word.count >= 4, !genericWords.contains(word) {
                names.append(word)
            }
        }
        return names.filter { !genericWords.contains($0) }
    }

    static func dropBracketed(_ header: String) -> String {
        var kept = "", depth = 0
        for c in header {
            if "(（[".contains(c) {
                depth += 1
            } else if ")）]".contains(c) {
                depth = max(0, depth - 1)
            } else if depth == 0 {
                kept.append(c)
            }
        }
        return kept
    }

    /// Words every cost table and summary shares; naming one of them names nothing in particular.
    static let genericWords: Set<String> = [
        "amount", "total", "totals", "cost", "costs", "price", "prices", "value", "item", "items", "montant", "coût",
        "coûts", "prix",
        "total", "betrag", "summe", "gesamt", "kosten", "preis", "金额", "金額", "合计", "合計", "小计", "小計", "总计", "總計", "费用",
        "費用",
        "项目", "項目", "价格", "價格", "単価", "单价", "単位", "数量", "本月", "今月", "月度", "年度", "明细", "明細",
    ]
}
