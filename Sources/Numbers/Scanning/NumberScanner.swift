import Foundation
import TextKit

/// Finds every figure in a run of text (a paragraph, list item or table cell) in one pass.
///
/// Contract: the caller passes text runs without code, but Markdown code is skipped anyway
/// unless `skipsCode` is false: a backtick span, and a fenced block (three backticks or
/// tildes at a line start) up to its closing fence. Dates, times, identifiers (`GPT-4o`,
/// `Llama-3.2-90B`), versions (`1.2.3`), list and heading numbers and product numbers
/// (`Hermes 3`) are not figures. A number too long or too large for `Decimal` (more than 38
/// significant digits, or a power of ten beyond ±100) gives no reading rather than a wrong one.
public struct NumberScanner: Sendable {
    /// The page language whose decimal mark and grouping apply.
    public var locale: NumberLocale
    /// Whether backtick spans and fenced code blocks are skipped.
    public var skipsCode: Bool
    /// Whether each text starts in the middle of a source line, as a table cell does: its first
    /// number is then no list or heading number.
    public var startsMidLine: Bool
    /// The decimal and grouping marks, the language's unless a document's evidence says otherwise.
    public var marks: NumberMarks

    public init(locale: NumberLocale, marks: NumberMarks? = nil, skipsCode: Bool = true, startsMidLine: Bool = false) {
        self.locale = locale
        self.marks = marks ?? locale.marks
        self.skipsCode = skipsCode
        self.startsMidLine = startsMidLine
    }

    /// Every figure in `text`, in order.
    public static func scan(_ text: String, locale: NumberLocale) -> [ScannedNumber] {
        NumberScanner(locale: locale).scan(text)
    }

    /// Every figure in `text`, in order.
    public func scan(_ text: String) -> [ScannedNumber] {
        var unreadable: [UnreadableFigure] = []
        return scan(text, unreadable: &unreadable)
    }

    /// Every figure in `text`, in order; figures too long or too large for `Decimal`, which give
    /// no reading, are added to `unreadable` so a caller can say they were not checked.
    public func scan(_ text: String, unreadable: inout [UnreadableFigure]) -> [ScannedNumber] {
        guard Self.mayHoldDigits(text) else { return [] }
        let scanText = ScanText(text, startsMidLine: startsMidLine)
        let reader = FigureReader(text: scanText, locale: locale, marks: marks)
        var builder = ScannedNumberBuilder(text: scanText, locale: locale)
        var code = CodeSkipper(text: scanText)
        var figures: [ScannedNumber] = []
        var index = 0
        while index < scanText.count {
            let key = scanText.keys[index]
            if skipsCode, key == 0x60 || (key == 0x7E && scanText.matches(["~", "~", "~"], at: index)) {  // ` and ~~~
                index = max(index + 1, code.end(ofCodeAt: index))
                continue
            }
            // A link's address (`](…/2020-10-30.md)`, `https://…/v2/`) holds no figures.
            if key == 0x28,
                scanText.key(index - 1) == 0x5D || key == 0x68 && scanText.matches(["h", "t", "t", "p"], at: index)
            {
                index = max(index + 1, Self.addressEnd(in: scanText, from: index))
                continue
            }
            guard key &- 0x30 < 10 else {
                index += 1
                continue
            }
            switch reader.read(at: index) {
            case .skip(let resume):
                index = max(index + 1, resume)
            case .figure(let draft):
                index = max(
                    index + 1,
                    readRange(from: draft, reader: reader, builder: &builder, into: &figures, unreadable: &unreadable))
            }
        }
        Self.carryCurrency(into: &figures, text: scanText)
        return figures
    }

    /// `燃气费每月 3,900 元，一年就是 4.68 万。`: an amount in 万 or 亿 that names no unit, said in
    /// the sentence of an amount of money, counts that money; a unit word after it (`万人`,
    /// `万 tokens`) or a sentence stop between the two leaves it bare.
    static func carryCurrency(into figures: inout [ScannedNumber], text: ScanText) {
        guard
            figures.contains(where: {
                $0.unit == nil && $0.rangePart == .none && $0.scale.map { ideographicScales.contains($0.word) } == true
            })
        else { return }
        let chars = text.chars
        // Where each line starts, counted as the figures' lines are.
        var lineStarts = [0]
        for offset in text.keys.indices where LineBreak.endsLine(scalarValue: text.keys[offset]) {
            lineStarts.append(offset + 1)
        }
        func offset(_ range: SourceRange) -> Int {
            min(chars.count, lineStarts[max(1, min(range.line, lineStarts.count)) - 1] + range.column - 1)
        }
        for index in figures.indices.dropFirst() {
            let figure = figures[index]
            guard figure.unit == nil, figure.rangePart == .none,
                figure.scale.map({ ideographicScales.contains($0.word) }) == true
            else { continue }
            let start = offset(figure.range)
            let next = chars[min(start + figure.range.length, chars.count)...].first { $0 != " " && $0 != "\u{A0}" }
            // `21.6 元，270 万 × 16 元/百万`: a figure an operator follows is an operand, a count as often as money.
            guard next.map({ !$0.isLetter && !$0.isNumber && !"%％×*÷/＊／".contains($0) }) ?? true else { continue }
            let previous = figures[index - 1]
            guard case .currency? = previous.unit?.measure else { continue }
            let previousEnd = min(offset(previous.range) + previous.range.length, start)
            guard !chars[previousEnd..<start].contains(where: { "。；;!！?？\n\r\n".contains($0) }) else { continue }
            figures[index].unit = FigureUnit(previous.unit!.measure, written: "")
        }
    }

    private static let ideographicScales: Set<String> = ["万", "萬", "亿", "億"]

    /// Where a link address starting at `start` ends: its closing `)` or the first space.
    static func addressEnd(in text: ScanText, from start: Int) -> Int {
        if text.key(start) == 0x68,
            !(text.matches([":", "/", "/"], at: start + 4) || text.matches(["s", ":", "/", "/"], at: start + 4))
        {
            return start + 1
        }
        var index = start + 1
        while index < text.count {
            let key = text.keys[index]
            if key == 0x29 || key == 0x20 || key == 0x0A { return key == 0x29 ? index + 1 : index }
            index += 1
        }
        return index
    }

    /// Whether `text` has an ASCII or full-width digit (U+FF10–FF19, UTF-8 `EF BC 90`–`99`), the
    /// only digits `CharacterFolding` reads: most prose lines have none and need no scan.
    static func mayHoldDigits(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var previous: (UInt8, UInt8) = (0, 0)
            for byte in bytes {
                if byte &- 0x30 < 10 { return true }
                if previous == (0xEF, 0xBC), byte &- 0x90 < 10 { return true }
                previous = (previous.1, byte)
            }
            return false
        }
    }

    /// Appends `lower`, and the upper end of a range when a range separator follows it; returns
    /// the index after what was read.
    private func readRange(
        from lower: FigureDraft, reader: FigureReader, builder: inout ScannedNumberBuilder,
        into figures: inout [ScannedNumber],
        unreadable: inout [UnreadableFigure]
    ) -> Int {
        guard var first = builder.build(lower) else {
            unreadable.append(builder.unreadable(lower))
            return lower.end
        }
        var lowerEnd = lower.end
        if let (joined, end) = compound(first, start: lower.start, end: lower.end, reader: reader, builder: &builder) {
            first = joined
            lowerEnd = end
        }
        if let upperDigit = RangeSeparators(text: builder.text).upperStart(after: lowerEnd, lowerStart: lower.start),
            case .figure(let upperDraft) = reader.read(at: upperDigit, isRangeUpper: true),
            var second = builder.build(upperDraft),
            // A range goes up: `5-3` is a subtraction, and `239,250円 〜 1,450 × 185` no range.
            second.value > first.value,
            // `$38,900 in 2025 to $46,082`: a bare figure is no lower end of an amount in a currency.
            first.unit != nil
                || !(lower.end..<upperDigit).contains(where: { builder.text[$0].map { "$€¥£￥".contains($0) } ?? false }
                ),
            // `4 kg à 33,50 €` is a quantity at a price, not a range from kilograms to euros.
            first.unit == nil || second.unit == nil || first.unit?.measure == second.unit?.measure,
            // `= 113,400 元 至 18 万 × 45% × 1.8 = …`: after a result, an upper end that an operator
            // follows opens the next calculation (`4,500～6,000 元 × 6` multiplies a range).
            !(Self.equalsPrecedes(lower.start, in: builder.text)
                && Self.operatorFollows(upperDraft.end, in: builder.text))
        {
            var upperEnd = upperDraft.end
            if let (joined, end) = compound(
                second, start: upperDraft.start, end: upperDraft.end, reader: reader, builder: &builder)
            {
                second = joined
                upperEnd = end
            }
            var upper = second
            RangeSeparators.link(&first, &upper)
            figures.append(first)
            figures.append(upper)
            return upperEnd
        }
        figures.append(first)
        return lowerEnd
    }

    /// Whether an equals sign stands right before `start`, past spaces and a currency sign.
    private static func equalsPrecedes(_ start: Int, in text: ScanText) -> Bool {
        var index = start - 1
        while let character = text[index], " \u{00A0}\u{3000}$€¥£￥".contains(character) { index -= 1 }
        guard let previous = text[index] else { return false }
        return previous == "=" || previous == "＝" || previous == "≈" || previous == "≒"
    }

    /// Whether a multiplication or division sign comes next after `end`, past spaces.
    private static func operatorFollows(_ end: Int, in text: ScanText) -> Bool {
        var index = end
        while let character = text[index], character == " " || character == "\u{00A0}" || character == "\u{3000}" {
            index += 1
        }
        guard let next = text[index] else { return false }
        return next == "×" || next == "÷" || next == "*" || next == "＊"
    }

    /// `2億5,000万円`, `1億2000万`: a whole count of the larger unit, right before the rest in a
    /// smaller one, is one amount (250,000,000 yen), written and rounded as its last part.
    private func compound(
        _ first: ScannedNumber, start: Int, end: Int, reader: FigureReader, builder: inout ScannedNumberBuilder
    ) -> (ScannedNumber, Int)? {
        guard let scale = first.scale, scale.powerOfTen >= 4, first.unit == nil, first.precision.fractionDigits == 0,
            first.precision.exponent == 0, first.value > 0, builder.text.key(end) &- 0x30 < 10,
            case .figure(let restDraft) = reader.read(at: end), restDraft.start == end,
            var rest = builder.build(restDraft),
            // `2億5,000万円` goes on in a smaller scale; `2万6,500件` in units, below ten thousand.
            rest.scale.map({ $0.powerOfTen < scale.powerOfTen && scale.powerOfTen >= 8 }) ?? (scale.powerOfTen == 4),
            rest.value > 0, rest.value < Decimal(sign: .plus, exponent: scale.powerOfTen, significand: 1)
        else { return nil }
        rest.value += first.value
        rest.text = builder.text.text(start..<restDraft.end)
        rest.range = SourceRange(line: first.range.line, column: first.range.column, length: restDraft.end - start)
        rest.style.prefix = first.style.prefix
        if first.isApproximate {
            rest.isApproximate = true
            rest.approximationMark = first.approximationMark
        }
        return (rest, restDraft.end)
    }
}
