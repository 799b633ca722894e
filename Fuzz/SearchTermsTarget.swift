/// libFuzzer entry point for the search tokenizer and term slugs, compiled into the Site module's
/// two sources by `Fuzz/run`. Besides crashes and hangs it checks what the index and the URLs rely
/// on: terms are never empty and never hold a separator or a shard-breaking first character, a
/// pair of ideographs is at most two characters, and a slug is always one safe path segment.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSearchTerms(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let terms = SearchTokenizer.terms(text)
    precondition(Set(terms).count == terms.count, "each term once")
    for term in terms {
        let scalars = Array(term.unicodeScalars)
        precondition(!scalars.isEmpty, "an empty term")
        precondition(!scalars.contains { $0.properties.isWhitespace || $0 == "\"" || $0 == "\\" || $0.value < 0x20 }, "a separator in '\(term)'")
        if SearchTokenizer.isIdeographic(scalars[0]) {
            precondition(scalars.count <= 2 && scalars.allSatisfy(SearchTokenizer.isIdeographic), "an ideograph term is one or two ideographs: '\(term)'")
        } else {
            precondition(!scalars.contains(where: SearchTokenizer.isIdeographic), "a word holds an ideograph: '\(term)'")
            precondition(term == term.lowercased(), "a word is lower-case: '\(term)'")
        }
    }
    let slug = TermSlug.make(text)
    precondition(!slug.isEmpty && slug != "." && slug != "..", "an unusable slug '\(slug)'")
    precondition(!slug.unicodeScalars.contains { $0 == "/" || $0 == "\\" || $0 == "?" || $0 == "#" || $0 == "%" || $0.value < 0x20 || $0.value == 0x7F },
                 "a slug with a character links break on: '\(slug)'")
    precondition(TermSlug.make(slug) == slug || slug.hasPrefix("term-"), "a slug is its own slug: '\(slug)'")
    return 0
}
