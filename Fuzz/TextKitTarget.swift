/// libFuzzer entry point for TextKit, compiled into the TextKit module by `Fuzz/run`. Besides
/// crashes and hangs it checks what callers rely on: lines rejoin into the text, byte columns
/// land inside their line, table cells lie inside their row, escaped text holds no markup
/// character, and a caret line ends in carets.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTextKit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let text = String(decoding: bytes, as: UTF8.self)
    let lines = SourceLines(text)
    precondition(lines.lines.reduce(0) { $0 + $1.utf8.count } <= text.utf8.count, "lines hold no more than the text")
    precondition(lines.lines.allSatisfy { !$0.utf8.contains(0x0A) && !$0.utf8.contains(0x0D) }, "no line holds a break")
    let position = LineBreak.position(ofByte: bytes.count / 2, in: bytes)
    precondition(position.line >= 1 && position.column >= 1)
    for (index, line) in lines.lines.enumerated().prefix(64) {
        let count = line.count
        for byteColumn in stride(from: 1, through: line.utf8.count, by: max(1, line.utf8.count / 8)) {
            let column = lines.characterColumn(line: index + 1, byteColumn: byteColumn)
            // A combining mark cut from its base counts as a Character of its own, so one past the end is possible.
            precondition(column >= 1 && column <= count + 1, "byte column \(byteColumn) is Character \(column) of \(count)")
        }
        let row = PipeTableRow(line)
        for cell in row.cells {
            precondition(cell.bytes.lowerBound >= 0 && cell.bytes.upperBound <= line.utf8.count, "a cell lies inside its row")
            precondition(cell.bytes.contains(cell.content.lowerBound) || cell.content.isEmpty, "content lies inside its cell")
            precondition(row.column(ofByte: cell.content.lowerBound) >= 1)
        }
        let escaped = MarkupEscaping.escape(line)
        precondition(!escaped.contains { "<>\"'".contains($0) }, "escaped text holds no markup character")
        let excerpt = CaretExcerpt(line, column: min(count, 3), length: 2)
        precondition(count == 0 || excerpt.caret.hasSuffix("^"), "a caret line ends in carets")
    }
    return 0
}
