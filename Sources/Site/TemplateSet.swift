import Content
import Mustache

/// The theme's Mustache templates, compiled once per build; the only file that imports Mustache.
///
/// `{{name}}` escapes HTML, so every front-matter value is safe by default; only HTML that
/// sitegen itself produced (the rendered Markdown) goes through `{{{triple}}}` braces.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    private let names: Set<String>

    public static let required = ["base", "page", "list", "home", "404"]

    /// Compiles every template; each syntax error becomes a diagnostic at its file:line:col.
    public init(theme: Theme) throws(TemplateErrors) {
        var library = MustacheLibrary()
        var diagnostics: [Diagnostic] = []
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let at = SourceLocation(file: source.file, line: error.context.lineNumber, column: error.context.columnNumber)
                diagnostics.append(Diagnostic(.error, rule: "template", "template syntax: \(error.error)", at: at))
            } catch {
                diagnostics.append(Diagnostic(.error, rule: "template", "\(error)", at: SourceLocation(file: source.file, line: 0, column: 0)))
            }
        }
        for name in Self.required where theme.templates[name] == nil {
            diagnostics.append(Diagnostic(.error, rule: "template", "the theme has no '\(name).mustache' template",
                                          at: SourceLocation(file: "\(name).mustache", line: 0, column: 0)))
        }
        if !diagnostics.isEmpty { throw TemplateErrors(diagnostics: diagnostics) }
        self.library = library
        self.names = Set(theme.templates.keys)
    }

    public func has(_ name: String) -> Bool { names.contains(name) }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.getTemplate(named: name)?.render(context, library: library) ?? ""
    }
}

/// The diagnostics of templates that failed to compile.
public struct TemplateErrors: Error {
    public var diagnostics: [Diagnostic]
}
