import TextKit

/// Turns Character offsets into 1-based line and column, moving forward only (linear overall).
struct LineTracker {
    private let text: ScanText
    private var offset = 0
    private var line = 1
    private var lineStart = 0

    init(text: ScanText) {
        self.text = text
    }

    /// The line and column of `target`, which must not be before the previous target.
    mutating func position(of target: Int) -> (line: Int, column: Int) {
        while offset < target {
            if LineBreak.endsLine(scalarValue: text.keys[offset]) {
                line += 1
                lineStart = offset + 1
            }
            offset += 1
        }
        return (line, target - lineStart + 1)
    }
}
