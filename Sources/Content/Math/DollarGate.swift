/// Whether a paragraph's dollars can make a formula at all, asked of its bytes before its
/// Characters are read: cost reports write dollars as prices (`0,213 $ = 677,34 $`) and in
/// table headers (`Coût par appel ($)`), and reading each such paragraph, or whole table, as
/// Characters cost more than the rest of finding formulas.
///
/// The answer is false only where `MathSpanFinder` finds nothing. A formula opens at a dollar
/// that another dollar follows (`$$`), or that is followed by no whitespace and not preceded by
/// an ASCII letter or digit; it closes at the next dollar, with no table cell's `|` between them,
/// unless that one follows whitespace, `(` or `[` or comes before a digit (`$5 and $10`). Every
/// test here is one of those conditions read on bytes, and passes wherever the bytes leave a
/// doubt (a non-ASCII neighbour, which may join a byte into a larger Character; a `|` after a
/// backslash).
enum DollarGate {
    /// Whether `text` holds a `$` byte, found without walking its Characters.
    static func containsDollar(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { $0.contains(UInt8(ascii: "$")) }
    }

    /// Whether `paragraph` (consecutive lines, in order) may hold a formula.
    static func mayHoldFormula(_ paragraph: [(line: Int, text: Substring)], isTableRow: (Int) -> Bool) -> Bool {
        // Whether a dollar that may open a formula was seen, and no cell boundary since.
        var open = false
        for (line, text) in paragraph {
            let inTable = isTableRow(line)
            let found = text.utf8.withContiguousStorageIfAvailable { bytes in
                scan(bytes, inTable: inTable, open: &open)
            }
            let mayHold = found ?? Array(text.utf8).withUnsafeBufferPointer { scan($0, inTable: inTable, open: &open) }
            if mayHold { return true }
        }
        return false
    }

    /// Scans one line: true at a dollar that may close one opened before it.
    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, inTable: Bool, open: inout Bool) -> Bool {
        let dollar = UInt8(ascii: "$"), bar = UInt8(ascii: "|"), backslash = UInt8(ascii: "\\")
        for index in bytes.indices {
            let byte = bytes[index]
            // A `|` is a cell boundary when it is a Character of its own: ASCII on either side
            // (a non-ASCII neighbour may join it into one cluster), no backslash before it.
            if byte == bar, inTable, index == 0 || bytes[index - 1] < 0x80 && bytes[index - 1] != backslash,
                index + 1 == bytes.count || bytes[index + 1] < 0x80
            {
                open = false
            } else if byte == dollar {
                // The first dollar after an opening one closes the formula or ends the attempt.
                if open, mayClose(at: index, in: bytes) { return true }
                open = mayOpen(at: index, in: bytes)
            }
        }
        return false
    }

    /// Whether the dollar at `index` may open a formula, as far as its line's bytes tell.
    private static func mayOpen(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The line's end stands for the line break, which is whitespace.
        guard index + 1 < bytes.count else { return false }
        let next = bytes[index + 1]
        if next == UInt8(ascii: "$") { return true }
        if next == 0x20 || next &- 0x09 < 5 { return false }
        // A Character that ends in an ASCII letter or digit, and is that one byte when the byte
        // before it is ASCII or there is none: a non-ASCII byte may begin a cluster that ends in it.
        guard index >= 1, isLetterOrDigit(bytes[index - 1]), index == 1 || bytes[index - 2] < 0x80 else { return true }
        return false
    }

    /// Whether the dollar at `index`, the first after one that may open a formula, may close it:
    /// not after whitespace (the line break, at a line's start), `(` or `[`, nor before an ASCII
    /// digit. A dollar after a backslash may: the finder steps over an escaped one.
    private static func mayClose(at index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard index >= 1 else { return false }
        let before = bytes[index - 1]
        if before == UInt8(ascii: "\\") { return true }
        if before == 0x20 || before &- 0x09 < 5 || before == UInt8(ascii: "(") || before == UInt8(ascii: "["),
            index == 1 || bytes[index - 2] < 0x80
        {
            return false
        }
        // An ASCII digit is a Character of its own when an ASCII byte or the line's end follows it.
        if index + 1 < bytes.count, bytes[index + 1] &- 0x30 < 10, index + 2 == bytes.count || bytes[index + 2] < 0x80 {
            return false
        }
        return true
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }
}
