/// What stands between two figures of a calculation: an operator, `=`, or something else.
struct GapReading {
    /// The operator, when the gap is only one operator and spaces.
    private(set) var operation: InlineCalculation.Operator?
    /// Whether the gap is `=` or `≈`, possibly followed by a short label.
    private(set) var isEquals = false

    /// Words at most this long may label an operand or a result (`工作日`, `总计`, `entrée`).
    private static let maximumLabelLength = 6

    init(_ gap: ArraySlice<Character>) {
        // `**` is Markdown emphasis around a figure, not an operator.
        var characters: [Character] = []
        var index = gap.startIndex
        while index < gap.endIndex {
            if gap[index] == "*", index + 1 < gap.endIndex, gap[index + 1] == "*" {
                index += 2
                continue
            }
            if !CharacterFolding.isInlineSpace(gap[index]) { characters.append(gap[index]) }
            index += 1
        }
        guard !characters.isEmpty else { return }
        if let equals = characters.firstIndex(where: { $0 == "=" || $0 == "≈" }) {
            // Labels may stand on either side: `sortie = 15M tokens`, `= 总计1500万token`.
            isEquals = Self.isLabel(characters[..<equals]) && Self.isLabel(characters[(equals + 1)...])
        } else if let last = characters.last, let operation = Self.operators[CharacterFolding.fold(last)],
                  Self.isLabel(characters.dropLast()) {
            // A short label may stand before the operator: `25天工作日 × $0.009/次`, `10M tokens entrée *`.
            self.operation = operation
        }
    }

    /// Whether `label` is short and holds no digit, operator symbol or bracket.
    private static func isLabel(_ label: ArraySlice<Character>) -> Bool {
        label.count <= maximumLabelLength && !label.contains { breaksLabel($0) }
    }

    private static let operators: [Character: InlineCalculation.Operator] = [
        "+": .add, "-": .subtract, "–": .subtract, "*": .multiply, "×": .multiply, "x": .multiply, "·": .multiply,
        "/": .divide, "÷": .divide,
    ]

    private static func breaksLabel(_ character: Character) -> Bool {
        if CharacterFolding.isLatinLetter(character) { return false }
        return CharacterFolding.isDigit(character) || operators[CharacterFolding.fold(character)] != nil || "=≈\n\r\n()（）@:：".contains(character)
    }
}
