/// libFuzzer entry point for `SourceEdit` and `UnifiedDiff`, compiled into the Fixes module's
/// text-editing sources by `Fuzz/run`. The input is a file's text and, after a NUL, a line,
/// column, length and replacement; it checks what `check --fix` promises: only the figure's
/// characters change, every other byte (line endings included) stays, and the diff names
/// exactly the changed line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSourceEdit(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let split = bytes.firstIndex(of: 0), bytes.count >= split + 4 else { return 0 }
    let text = String(decoding: bytes[..<split], as: UTF8.self)
    let lines = SourceEdit.lineRanges(text)
    let line = Int(bytes[split + 1]) % (lines.count + 1) + 1
    let column = Int(bytes[split + 2]) % 40 + 1
    let length = Int(bytes[split + 3]) % 8 + 1  // a figure is never empty
    let replacement = String(decoding: bytes[(split + 4)...].filter { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
    // A figure and its rewrite are never empty.
    guard line <= lines.count, !replacement.isEmpty else { return 0 }
    let content = text[lines[line - 1]]
    guard column - 1 + length <= content.count else {
        // A fix that does not fit its line is ignored.
        precondition(SourceEdit.apply([FigureFix(file: "f", line: line, column: column, original: String(repeating: "x", count: length),
                                                 replacement: replacement, rule: "r")], to: text) == text)
        return 0
    }
    let start = content.index(content.startIndex, offsetBy: column - 1)
    let original = String(content[start..<content.index(start, offsetBy: length)])
    let fix = FigureFix(file: "f", line: line, column: column, original: original, replacement: replacement, rule: "r")
    let after = SourceEdit.apply([fix], to: text)
    var expected = text
    expected.replaceSubrange(start..<content.index(start, offsetBy: length), with: replacement)
    precondition(after == expected, "only the figure's characters change")
    let diff = UnifiedDiff.render(file: "f", before: text, after: after)
    precondition(diff.isEmpty == (text == after), "a diff exactly when the text changed")
    if !diff.isEmpty {
        // The `--- a/f` header and the one changed line.
        let removed = SourceEdit.lineRanges(diff).map { diff[$0] }.filter { $0.utf8.first == UInt8(ascii: "-") }
        precondition(removed.count == 2, "one changed line, one removed line in the diff")
    }
    return 0
}
