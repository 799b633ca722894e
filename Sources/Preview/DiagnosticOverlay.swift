import Content
import TextKit

/// The panel shown over every page while the latest rebuild has findings: file:line:col,
/// severity, rule, message, stated versus computed figures, and the source line with a caret.
///
/// Takes any `[Diagnostic]`, so front matter, build and `check` findings show the same way.
/// Every piece of text is HTML-escaped.
struct DiagnosticOverlay {
    var diagnostics: [Diagnostic]
    var sources: [String: String]

    var html: String {
        guard !diagnostics.isEmpty else { return "" }
        let errors = diagnostics.filter { $0.severity == .error }.count
        let heading =
            errors > 0
            ? "sitegen: the last rebuild failed with \(errors) error\(errors == 1 ? "" : "s"); this is the last good version"
            : "sitegen: \(diagnostics.count) warning\(diagnostics.count == 1 ? "" : "s")"
        let items = diagnostics.sorted { ($0.severity, $0.location) < ($1.severity, $1.location) }.map(item).joined()
        return """
            <div id="sitegen-overlay" role="alert" style="position:fixed;inset:0;z-index:2147483647;overflow:auto;\
            background:rgba(20,20,24,.94);color:#eee;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace;padding:2rem">\
            <button type="button" onclick="this.parentNode.remove()" style="float:right;font:inherit">×</button>\
            <h2 style="margin:0 0 1rem;font-size:16px;color:#ff8a80">\(Self.escape(heading))</h2><ol style="padding-left:1.5rem">\(items)</ol>\
            <p style="color:#aaa">Fix the file and save: this page reloads by itself.</p></div>
            """
    }

    private func item(_ d: Diagnostic) -> String {
        let color = d.severity == .error ? "#ff8a80" : d.severity == .warning ? "#ffd180" : "#80d8ff"
        var out =
            "<li style=\"margin-bottom:1rem\"><div><span class=\"sitegen-location\">\(Self.escape(d.location.description))</span>: "
        out += "<b style=\"color:\(color)\">\(d.severity.rawValue)[\(Self.escape(d.rule))]</b>: "
        out += "<span class=\"sitegen-message\">\(Self.escape(d.message))</span></div>"
        if let stated = d.stated, let expected = d.computed {
            out += "<div>stated \(Self.escape(stated)), computed \(Self.escape(expected))</div>"
        }
        if let source = sourceLine(d.location) {
            let excerpt = CaretExcerpt(source, column: d.location.column, length: d.length, wideSpacer: "\u{3000}")
            var quote = "\(d.location.line) | \(excerpt.line)"
            if !excerpt.caret.isEmpty {
                quote += "\n\(String(repeating: " ", count: String(d.location.line).count)) | \(excerpt.caret)"
            }
            out +=
                "<pre style=\"background:#000;padding:.5rem;margin:.25rem 0;overflow:auto\">\(Self.escape(quote))</pre>"
        }
        return out + "</li>"
    }

    /// The same line counting as the parsers and the terminal, CR-only files included.
    private func sourceLine(_ location: SourceLocation) -> Substring? {
        sources[location.file].flatMap { SourceLines($0).line(location.line) }
    }

    static func escape(_ text: String) -> String { MarkupEscaping.escape(text) }
}
