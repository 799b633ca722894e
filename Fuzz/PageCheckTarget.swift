import Checks
import Content

/// libFuzzer entry point for a whole page's check: front matter, Markdown, figures in every
/// language, calculations with brackets, tables, totals and translations of a two-version group.
/// Compiled against the Checks module and its dependencies by `Fuzz/run page`. No input may
/// crash, hang or report a finding outside the page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPageCheck(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var settings = SiteSettings()
    settings.languages = ["zh", "fr"]
    settings.defaultLanguage = "zh"
    let loader = PageLoader(settings: settings)
    // The same text as two versions of one report, so translation agreement runs too.
    let pages = ["fuzz.zh.md", "fuzz.fr.md"].compactMap { loader.load(file: $0, text: text).0 }
    let (content, _) = ContentSet.assemble(pages, settings: settings)
    let lineCount = text.reduce(1) { $0 + ($1 == "\n" || $1 == "\r\n" || $1 == "\r" ? 1 : 0) }
    for finding in Checker().check(content, displayPath: { $0 }).diagnostics {
        precondition(finding.location.line >= 1 && finding.location.line <= lineCount, "finding at line \(finding.location.line) of \(lineCount)")
    }
    return 0
}
