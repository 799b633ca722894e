extension InlineCalculation {
    /// Every inline calculation in `text`: runs of figures separated only by an operator, then
    /// `=` (or `≈`) and one figure. Markdown emphasis (`**0.75美元**`) is ignored, and a short
    /// label may follow `=` (`= 总计1500万token`); anything else between figures ends the run.
    public static func find(in text: String, locale: NumberLocale) -> [InlineCalculation] {
        let characters = Array(text)
        let figures = NumberScanner.scan(text, locale: locale)
        let offsets = FigureOffsets(characters)
        var found: [InlineCalculation] = []
        var operands: [ScannedNumber] = []
        var operators: [Operator] = []
        var previousEnd = 0
        var expectsResult = false
        for figure in figures {
            let start = offsets.offset(of: figure.range)
            let gap = GapReading(characters[min(previousEnd, start)..<start])
            previousEnd = start + figure.range.length
            if expectsResult, gap.isEquals {
                found.append(InlineCalculation(operands: operands, operators: operators, stated: figure))
            }
            expectsResult = false
            if let operation = gap.operation, !operands.isEmpty, figure.rangePart == .none {
                operands.append(figure)
                operators.append(operation)
            } else {
                operands = figure.rangePart == .none ? [figure] : []
                operators = []
            }
            expectsResult = operands.count >= 2
        }
        return found
    }
}

/// Character offsets of figures from their (line, column) ranges.
private struct FigureOffsets {
    private var lineStarts: [Int] = [0]

    init(_ characters: [Character]) {
        for (index, character) in characters.enumerated() where character == "\n" || character == "\r\n" {
            lineStarts.append(index + 1)
        }
    }

    func offset(of range: SourceRange) -> Int { lineStarts[range.line - 1] + range.column - 1 }
}
