import Content
import GFM

/// Highlights code at build time. Site only asks; the processes that answer live in an edge
/// module, so rendering stays pure and tests can pass a stand-in.
public protocol CodeHighlighter: Sendable {
    /// Class-based spans for `code` (Pygments' short token classes), its lines in the same
    /// order, each token closed before its line ends.
    func highlight(_ code: String, language: String) -> HighlightResult
}

public enum HighlightResult: Sendable, Hashable {
    case highlighted(String)
    case unknownLanguage
    /// The highlighter cannot run (not installed); the code is shown plain.
    case unavailable
}

/// Typesets TeX as MathML at build time; like `CodeHighlighter`, injected by the edge.
public protocol MathRenderer: Sendable {
    func render(_ tex: String, display: Bool) -> MathResult
}

public enum MathResult: Sendable, Hashable {
    /// A `<math>` element.
    case mathML(String)
    /// The TeX cannot be read; the message is the renderer's own.
    case error(String)
    case unavailable
}

/// The build-time renderers a site is built with; without them code is plain and TeX shows as code.
public struct RenderTools: Sendable {
    public var highlighter: (any CodeHighlighter)?
    public var math: (any MathRenderer)?

    public init(highlighter: (any CodeHighlighter)? = nil, math: (any MathRenderer)? = nil) {
        self.highlighter = highlighter
        self.math = math
    }
}

extension RenderTools {
    /// Whether rendering `pages` would ask a highlighter (a code block naming a language) or a
    /// math renderer (a formula, or a `math` block), looking no further than the first of each.
    public static func wouldAsk(_ pages: [Page]) -> (code: Bool, math: Bool) {
        var code = false, math = false
        for page in pages {
            if !page.math.isEmpty { math = true }
            page.document.forEachBlock { node in
                guard case .codeBlock(let info, _) = node.kind else { return }
                let language = CodeInfo(info).language
                if language == "math" {
                    math = true
                } else if !language.isEmpty, language != "chart", language != "mermaid" {
                    code = true
                }
            }
            if code && math { break }
        }
        return (code, math)
    }
}
