import Foundation
import Site
import TextKit

/// Highlighted code and typeset formulas of earlier builds, by a hash of what was asked, so a
/// rebuild sends only new or edited blocks to the workers. Kept in `.sitegen-cache/<output>.render`.
///
/// Answers a tool gave because it was missing or failed are not kept: once it is installed, the
/// next build asks again.
final class RenderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [UInt64: String]
    /// What this build asked for or learned: the entries worth keeping.
    private var used: [UInt64: String] = [:]
    /// Whether a tool answered something the cache did not know.
    private var learned = false
    /// Part of every key: an answer from another version of the tool is not this one's.
    let versions: ToolVersions

    init(known: [UInt64: String] = [:], versions: ToolVersions = ToolVersions(versions: [:])) {
        self.known = known
        self.versions = versions
    }

    /// `tools` answering from the cache first.
    func wrap(_ tools: RenderTools) -> RenderTools {
        RenderTools(
            highlighter: tools.highlighter.map { CachedHighlighter(cache: self, tool: $0) },
            math: tools.math.map { CachedMath(cache: self, tool: $0) })
    }

    func value(for key: UInt64) -> String? {
        lock.withLock {
            guard let value = used[key] ?? known[key] else { return nil }
            used[key] = value
            return value
        }
    }

    func store(_ value: String, for key: UInt64) {
        lock.withLock {
            used[key] = value
            learned = true
        }
    }

    var hasNewEntries: Bool { lock.withLock { learned } }

    /// Whether no earlier build left answers: every block of the site goes to the tools.
    var knowsNothing: Bool { lock.withLock { known.isEmpty } }

    /// The entries to write: this build's, plus the earlier ones when pages were left unrendered
    /// (an incremental build), since those pages still use theirs.
    func entries(keepingEarlier: Bool) -> [UInt64: String] {
        lock.withLock { keepingEarlier ? known.merging(used) { $1 } : used }
    }
}

/// Cached answers are tagged: `h` highlighted HTML, `u` an unknown language, `m` MathML, `e` a TeX error.
private struct CachedHighlighter: CodeHighlighter {
    let cache: RenderCache
    let tool: any CodeHighlighter

    func highlight(_ code: String, language: String) -> HighlightResult {
        var hash = ContentHash("code")
        hash.add(cache.versions.versions["code"] ?? "")
        hash.add(language)
        hash.add(code)
        if let value = cache.value(for: hash.value) {
            return value.first == "h" ? .highlighted(String(value.dropFirst())) : .unknownLanguage
        }
        let result = tool.highlight(code, language: language)
        switch result {
        case .highlighted(let html): cache.store("h" + html, for: hash.value)
        case .unknownLanguage: cache.store("u", for: hash.value)
        case .unavailable: break
        }
        return result
    }
}

private struct CachedMath: MathRenderer {
    let cache: RenderCache
    let tool: any MathRenderer

    func render(_ tex: String, display: Bool) -> MathResult {
        var hash = ContentHash(display ? "math-display" : "math-inline")
        hash.add(cache.versions.versions["math"] ?? "")
        hash.add(tex)
        if let value = cache.value(for: hash.value) {
            return value.first == "m" ? .mathML(String(value.dropFirst())) : .error(String(value.dropFirst()))
        }
        let result = tool.render(tex, display: display)
        switch result {
        case .mathML(let math): cache.store("m" + math, for: hash.value)
        case .error(let message): cache.store("e" + message, for: hash.value)
        case .unavailable: break
        }
        return result
    }
}
