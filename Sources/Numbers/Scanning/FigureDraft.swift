/// A figure while it is being read: where its parts are, before it becomes a `ScannedNumber`.
struct FigureDraft {
    /// The first Character of the figure (sign or currency prefix included).
    var start: Int
    var literal: NumericLiteral
    var negative = false
    /// Where the currency prefix starts and what it is, if the currency came first.
    var prefixStart: Int?
    var prefixCurrency: Currency?
    var scale: Scale?
    /// The end of the scale word, or of the literal when there is none.
    var scaleEnd: Int
    var unit: FigureUnit?
    /// One past the last Character of the figure.
    var end: Int
    var approximationMark: String?

    init(start: Int, literal: NumericLiteral) {
        self.start = start
        self.literal = literal
        self.scaleEnd = literal.end
        self.end = literal.end
    }

    /// Whether nothing but digits was written: no sign, currency, scale, unit or approximation.
    var isBare: Bool {
        !negative && prefixCurrency == nil && scale == nil && unit == nil && approximationMark == nil
            && start == literal.start
    }
}

/// What reading at a digit gave: a figure, or a position to resume from after a non-amount.
enum FigureOutcome {
    case figure(FigureDraft)
    case skip(resumeAt: Int)
}
