/// libFuzzer entry point for `FormulaParser`, compiled with the formula sources of Checks by
/// `Fuzz/run`. An error must point inside the text, and a parsed formula must print.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFormulaParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    switch FormulaParser.parseDeclaration(text) {
    case .success(let parsed):
        _ = parsed.target.description + parsed.expression.description
        _ = parsed.expression.references
    case .failure(let failure):
        precondition(failure.offset >= 0 && failure.offset <= text.count, "offset \(failure.offset) outside \(text.count) characters")
    }
    return 0
}
