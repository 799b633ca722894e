import Content
import GFM

/// A formula's HTML: MathML from the renderer, or the TeX as code with a diagnostic at the
/// formula when the TeX cannot be read.
struct MathHTML {
    var renderer: (any MathRenderer)?
    var file: String

    /// The MathML (nil: show the TeX as code), and a diagnostic when the TeX cannot be read;
    /// `length` is how many characters of the source line the caret marks.
    func html(_ tex: String, display: Bool, at position: SourcePosition, length: Int) -> (
        html: String?, diagnostic: Diagnostic?
    ) {
        guard let renderer else { return (nil, nil) }
        switch renderer.render(tex, display: display) {
        case .mathML(let mathML):
            return (DoubleStruck.replace(in: mathML), nil)
        case .error(let message):
            let at = SourceLocation(file: file, line: position.line, column: position.column)
            return (
                nil,
                Diagnostic(
                    .warning, rule: "math", "this formula cannot be typeset and is shown as code: \(message)", at: at,
                    length: length)
            )
        case .unavailable:
            return (nil, nil)
        }
    }
}
