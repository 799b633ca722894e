/// libFuzzer entry point for `FrontMatterSplitter`, compiled into the Content module's splitter
/// source by `Fuzz/run`. Besides crashes and hangs it checks what callers rely on: the body is
/// the end of the input, and `bodyLineOffset` counts the line breaks before it.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatterSplitter(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    switch FrontMatterSplitter.split(text) {
    case .failure(.unterminated(let line)):
        precondition(line == 1, "an unterminated front matter opens on line 1")
    case .success(let split):
        guard split.yaml != nil else {
            precondition(split.body == text && split.bodyLineOffset == 0, "without front matter the body is the text")
            return 0
        }
        let bytes = Array(text.utf8), body = Array(split.body.utf8)
        precondition(bytes.count >= body.count && Array(bytes.suffix(body.count)) == body, "the body is the end of the text")
        let breaks = lineBreaks(bytes[..<(bytes.count - body.count)])
        // A closing fence at the very end has no line break after it, yet it is a line before the body.
        let fenceEndsText = body.isEmpty && bytes.last != 0x0A && bytes.last != 0x0D
        let expected = fenceEndsText ? breaks + 1 : breaks
        precondition(split.bodyLineOffset == expected, "bodyLineOffset \(split.bodyLineOffset) but \(expected) lines precede the body")
    }
    return 0
}

/// Line breaks as the splitter counts them: "\r\n", "\r" and "\n" each end one line.
private func lineBreaks(_ bytes: ArraySlice<UInt8>) -> Int {
    var count = 0
    var i = bytes.startIndex
    while i < bytes.endIndex {
        if bytes[i] == 0x0A { count += 1 }
        if bytes[i] == 0x0D {
            count += 1
            if i + 1 < bytes.endIndex, bytes[i + 1] == 0x0A { i += 1 }
        }
        i += 1
    }
    return count
}
