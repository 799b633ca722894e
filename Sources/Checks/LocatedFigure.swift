import Content
import Numbers

/// A figure read from a page, with its place in the file.
public struct LocatedFigure: Sendable {
    public var number: ScannedNumber
    public var line: Int
    public var column: Int

    public var quantity: Quantity { Quantity(number) }

    /// The figure's location for a diagnostic in `file`.
    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    /// Whether the figure counts money, as an amount or a rate (`$12`, `¥5,000/月`).
    var isMoney: Bool {
        if case .currency? = number.unit?.measure { return true }
        return false
    }

    /// An amount of money as such, not a rate, a range's end or nothing: what a sentence restates,
    /// multiplies or compares.
    var isPlainAmount: Bool {
        isMoney && number.unit?.per == nil && number.rangePart == .none && number.value > 0
    }

    /// The sign written before the figure (`+12,9 %`, `soit + 11,8 %`, `−3 %`), if any: a change, not a
    /// level. A sign after another figure (`12 + 11,8`) is an operator.
    func writtenSign(in chars: [Character]) -> Character? {
        if let first = number.text.first, "+-−".contains(first) { return first }
        var index = number.range.column - 2
        if index >= 0, chars[index] == " " { index -= 1 }
        guard index >= 0, "+-−".contains(chars[index]) else { return nil }
        var before = index - 1
        while before >= 0, chars[before] == " " { before -= 1 }
        return before >= 0 && (chars[before].isNumber || chars[before] == "=") ? nil : chars[index]
    }

    /// Whether the figure is a percentage.
    var isPercent: Bool { number.unit?.measure == .percent }

    /// A bare four-digit year (`2025`): it qualifies amounts (`$38,900 in 2025`), it is none.
    var isBareYear: Bool {
        // `2025 年 4 月 22 日`: a calendar year followed by its word is a date, not a duration of years.
        let isYearWord = number.unit?.measure == .count(.years) && number.unit?.per == nil
        let fourDigits = isYearWord ? number.text.prefix(while: \.isNumber).count == 4 : number.text.count == 4
        return (number.unit == nil || isYearWord) && fourDigits && number.value >= 1900 && number.value <= 2100
    }

    /// How many digits the figure states, down to its last written one and without trailing zeros
    /// (`797,558` six, `106,2 M€` four, `12,000` two): what a slip or a swap can be told from.
    var significantDigits: Int {
        DigitSlip.digits(number.value, at: number.quantumExponent).map(DigitSlip.significantCount) ?? 0
    }
}

/// One line of prose (a paragraph, list item or heading line) and the figures on it.
extension LocatedFigure {
    /// `8 月 10 日`, `3月4日`: a day of a month written the CJK way, a date and no amount.
    func isDayOfMonth(in chars: [Character], orAfterTo: Bool = false) -> Bool {
        guard number.unit == nil, number.value >= 1, number.value <= 31, number.precision.fractionDigits == 0 else {
            return false
        }
        let start = number.range.column - 1, end = start + number.range.length
        guard start >= 0, end <= chars.count else { return false }
        let after = chars[end...].first { $0 != " " }
        let before = chars[..<start].last { $0 != " " }
        // With `orAfterTo`, the end of a span after 至 or 到 counts too (`8 日至 22 日`), though it may
        // count days (`3 至 5 日`).
        return (after == "日" || after == "号" || after == "號")
            && (before == "月" || orAfterTo && before.map { "至到～〜".contains($0) } == true)
    }

    /// The Characters of its run between this figure's end and `next`'s start; nil when `next`
    /// does not start after it.
    func gap(to next: LocatedFigure, in chars: [Character]) -> ArraySlice<Character>? {
        let start = number.range.column - 1 + number.range.length, end = next.number.range.column - 1
        guard start <= end, end <= chars.count else { return nil }
        return chars[start..<end]
    }
}

public struct TextRun: Sendable {
    public var line: Int
    /// The column of the run's first Character in the file line.
    public var startColumn: Int
    public var text: Substring
    public var figures: [LocatedFigure]
    /// The calculations on the line, found once when the run is read: four rules ask for them.
    var chains: [CalculationChain]?
    /// Whether the line is what a program printed (a `text` or `console` block), not prose.
    public var isProgramOutput = false
    /// Whether the line is a comment in a program's listing (`# 每月 41.96 美元`).
    public var isListingComment = false

    /// The run's Characters, which rules index by a figure's column. Gathered from a String:
    /// stepping through the Substring checks every index against its bounds, at twice the cost.
    var characters: [Character] { Array(String(text)) }
}
