import GFM
import TextKit

/// A code block's HTML: highlighted when the highlighter knows its language, with line numbers
/// and marked lines when its info string asks, plain escaped text otherwise.
struct HighlightedCode {
    var info: CodeInfo
    var highlighter: (any CodeHighlighter)?

    /// The `<pre>` element.
    func html(_ literal: String) -> String {
        var highlighted: String?
        if !info.language.isEmpty,
            case .highlighted(let html)? = highlighter?.highlight(literal, language: info.language)
        {
            highlighted = html
        }
        let numbered = info.lineNumbers || !info.highlightedLines.isEmpty
        var code = highlighted ?? MarkupEscaping.escape(literal)
        if numbered { code = self.numbered(code) }
        let language = info.language.isEmpty ? "" : " class=\"language-\(MarkupEscaping.escape(info.language))\""
        // Long lines scroll sideways, so a keyboard must be able to reach the block.
        let pre = highlighted != nil || numbered ? "<pre class=\"highlight\" tabindex=\"0\">" : "<pre>"
        return pre + "<code\(language)>" + code + "</code></pre>\n"
    }

    /// Each line in a `line` span (`line hl` when marked) after its number, as Chroma writes them.
    private func numbered(_ code: String) -> String {
        var lines = code.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        let width = String(info.firstLineNumber + max(lines.count - 1, 0)).count
        var out = ""
        for (i, line) in lines.enumerated() {
            out += info.highlightedLines.contains(i + 1) ? "<span class=\"line hl\">" : "<span class=\"line\">"
            if info.lineNumbers {
                let number = String(info.firstLineNumber + i)
                out +=
                    "<span class=\"ln\" aria-hidden=\"true\">" + String(repeating: " ", count: width - number.count)
                    + number + "</span>"
            }
            out += "<span class=\"cl\">" + line + "\n</span></span>"
        }
        return out
    }
}
