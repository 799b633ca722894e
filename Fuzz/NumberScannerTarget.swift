/// libFuzzer entry point for `NumberScanner`, compiled with the Numbers module's sources by
/// `Fuzz/run`. The first byte picks the locale; every reading must point at its own text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNumberScanner(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let locales = NumberLocale.allCases
    let locale = locales[Int(data[0]) % locales.count]
    let text = String(decoding: UnsafeBufferPointer(start: data + 1, count: size - 1), as: UTF8.self)
    // "\r\n" is one Character; the scanner counts it, "\n" and a lone "\r" as line ends.
    let lines = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }).map { Array($0) }
    for figure in NumberScanner(locale: locale).scan(text) {
        let range = figure.range
        precondition(range.line >= 1 && range.line <= lines.count, "line out of range: \(range)")
        let line = lines[range.line - 1]
        precondition(range.column >= 1 && range.length >= 1 && range.column - 1 + range.length <= line.count, "column out of range: \(range)")
        let written = String(line[(range.column - 1)..<(range.column - 1 + range.length)])
        precondition(written == figure.text, "range \(range) holds '\(written)', not '\(figure.text)'")
    }
    return 0
}
