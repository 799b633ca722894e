/// libFuzzer entry point for the Python subset `check` runs listings with: any text, parsed and
/// run under a small step budget. No input may crash or hang, and every printed line must come
/// from a statement inside the listing.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPythonListing(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let run = PythonListing.run(source, stepBudget: 5_000)
    let lineCount = source.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).count
    for line in run.printed {
        precondition(line.statementLine >= 0 && line.statementLine <= lineCount, "printed from line \(line.statementLine)")
    }
    return 0
}
