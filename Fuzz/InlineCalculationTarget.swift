import Checks
import Content

/// libFuzzer entry point for written calculations (`(8 450,00 − 6 910) / 8 450,00 = 18,2 %`): the
/// input becomes one paragraph of a French and a Chinese page, so brackets, signs, scale words,
/// restatements and percentages are parsed and evaluated in both number formats. No input may
/// crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInlineCalculation(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let line = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
        .filter { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
    var settings = SiteSettings()
    settings.languages = ["fr", "zh"]
    settings.defaultLanguage = "fr"
    let loader = PageLoader(settings: settings)
    let pages = [("a.fr.md", "fr"), ("b.zh.md", "zh")].compactMap { file, lang in
        loader.load(file: file, text: "---\ntitle: t\nlang: \(lang)\n---\n\n\(line)\n").0
    }
    let (content, _) = ContentSet.assemble(pages, settings: settings)
    for finding in Checker().check(content, displayPath: { $0 }).diagnostics {
        precondition(finding.location.line == 6 || finding.location.line == 1, "finding at line \(finding.location.line)")
    }
    return 0
}
