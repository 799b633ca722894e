import Content
import GFM
import Mustache
import TextKit

/// The theme's Mustache templates, compiled once per build; the only file that imports Mustache.
///
/// `{{name}}` escapes HTML, so every front-matter value is safe by default; only HTML that
/// sitegen itself produced (the rendered Markdown) goes through `{{{triple}}}` braces.
public struct TemplateSet: Sendable {
    private let library: MustacheLibrary
    private let names: Set<String>
    /// The templates sitegen draws itself (`TemplateTree`): those made only of what it draws.
    private let trees: [String: [TemplatePart]]

    public static let required = ["base", "page", "list", "home", "404"]

    /// Compiles every template; each syntax error becomes a diagnostic at its file:line:col.
    public init(theme: Theme) throws(TemplateErrors) {
        var library = MustacheLibrary()
        var trees: [String: [TemplatePart]] = [:]
        var diagnostics: [Diagnostic] = []
        _ = Self.registered
        for (name, source) in theme.templates.sorted(by: { $0.key < $1.key }) {
            do {
                let template = try MustacheTemplate(string: Self.pragma + source.text)
                library.register(template, named: name)
                trees[name] = Self.parts(ofPragmaTemplate: template)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber
                let column =
                    line == 1 ? max(1, error.context.columnNumber - Self.pragma.count) : error.context.columnNumber
                let at = SourceLocation(file: source.file, line: line, column: column)
                diagnostics.append(Diagnostic(.error, rule: "template", "template syntax: \(error.error)", at: at))
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, rule: "template", "\(error)", at: SourceLocation(file: source.file, line: 0, column: 0))
                )
            }
        }
        for name in Self.required where theme.templates[name] == nil {
            diagnostics.append(
                Diagnostic(
                    .error, rule: "template", "the theme has no '\(name).mustache' template",
                    at: SourceLocation(file: "\(name).mustache", line: 0, column: 0)))
        }
        if !diagnostics.isEmpty { throw TemplateErrors(diagnostics: diagnostics) }
        self.library = library
        self.names = Set(theme.templates.keys)
        self.trees = trees
    }

    /// Every template escapes with `FastHTML`, chosen by a pragma put before its first line
    /// (on that line, so line numbers in template errors stay right).
    static let pragma = "{{% CONTENT_TYPE: SITEGEN_HTML}}"
    private static let registered: Void = MustacheContentTypes.register(FastHTML(), named: "SITEGEN_HTML")

    public func has(_ name: String) -> Bool { names.contains(name) }

    /// Whether sitegen draws `name` itself rather than through Mustache's renderer.
    func drawsItself(_ name: String) -> Bool { trees[name] != nil }

    public func render(_ name: String, _ context: [String: Any]) -> String {
        if let parts = trees[name], let data = TemplateData(context) {
            var drawing = TemplateDrawing(data)
            if drawing.draw(parts) { return drawing.text }
        }
        return mustacheRender(name, context)
    }

    /// `name` rendered as `body` into the `base` layout, the context prepared once for both.
    public func render(_ name: String, inLayout base: String, _ context: [String: Any]) -> String {
        if let parts = trees[name], let layout = trees[base], case .object(var values)? = TemplateData(context) {
            var page = TemplateDrawing(.object(values))
            if page.draw(parts) {
                values["body"] = .text(page.text)
                var drawing = TemplateDrawing(.object(values))
                if drawing.draw(layout) { return drawing.text }
            }
        }
        return mustacheRender(name, inLayout: base, context)
    }

    /// What Mustache's own renderer makes of `name`: for templates and values sitegen does not
    /// draw itself, and for tests that compare the two.
    func mustacheRender(_ name: String, _ context: [String: Any]) -> String {
        library.getTemplate(named: name)?.render(TemplateValue.object(context), library: library) ?? ""
    }

    func mustacheRender(_ name: String, inLayout base: String, _ context: [String: Any]) -> String {
        var object = TemplateValue.object(context)
        object.values["body"] = TemplateText(
            text: library.getTemplate(named: name)?.render(object, library: library) ?? "")
        return library.getTemplate(named: base)?.render(object, library: library) ?? ""
    }
}

extension TemplateSet {
    /// The parts of a template compiled with `pragma` as `TemplateTree` draws them, read from the
    /// tokens Mustache's parser made (which the package does not expose, hence `Mirror`); nil
    /// when the template holds anything else, or the tokens are not as this reading expects.
    fileprivate static func parts(ofPragmaTemplate template: MustacheTemplate) -> [TemplatePart]? {
        guard let tokens = tokens(of: template), let first = tokens.first,
            first.kind == "contentType", first.payload is FastHTML
        else { return nil }
        return parts(tokens.dropFirst())
    }

    private static func tokens(of template: MustacheTemplate) -> [(kind: String, payload: Any)]? {
        guard let list = Mirror(reflecting: template).descendant("tokens") else { return nil }
        var tokens: [(kind: String, payload: Any)] = []
        for token in Mirror(reflecting: list).children {
            let mirror = Mirror(reflecting: token.value)
            guard mirror.displayStyle == .enum, let child = mirror.children.first, let kind = child.label else {
                return nil
            }
            tokens.append((kind, child.value))
        }
        return tokens
    }

    private static func parts(_ tokens: ArraySlice<(kind: String, payload: Any)>) -> [TemplatePart]? {
        var parts: [TemplatePart] = []
        for (kind, payload) in tokens {
            switch kind {
            case "text":
                guard let text = payload as? String else { return nil }
                parts.append(.text(text))
            case "variable", "unescapedVariable":
                guard let (path, _) = named(payload, withTemplate: false) else { return nil }
                parts.append(.variable(path: path, escaped: kind == "variable"))
            case "section", "invertedSection":
                guard let (path, template) = named(payload, withTemplate: true), let template,
                    let tokens = Self.tokens(of: template), let inner = Self.parts(tokens[...])
                else { return nil }
                parts.append(
                    kind == "section" ? .section(path: path, parts: inner) : .inverted(path: path, parts: inner))
            default:
                return nil
            }
        }
        return parts
    }

    /// A tag's path, without transforms, and its section's template.
    private static func named(_ payload: Any, withTemplate: Bool) -> ([String], MustacheTemplate?)? {
        var name: String?
        var transforms: [String]?
        var template: MustacheTemplate?
        for field in Mirror(reflecting: payload).children {
            switch field.label {
            case "name": name = field.value as? String
            case "transforms": transforms = field.value as? [String]
            case "template": template = field.value as? MustacheTemplate
            default: return nil
            }
        }
        guard let name, let path = TemplatePart.path(name), transforms?.isEmpty == true,
            withTemplate == (template != nil)
        else { return nil }
        return (path, template)
    }
}

/// Context values in types Mustache recognises at its first question. Mustache asks every
/// value in turn whether it is a template, a custom renderable, a lambda, an optional, and then
/// prints it with `String(describing:)`; for a plain `String` or `[String: Any]` each question
/// is a runtime protocol lookup, repeated for every value of every page.
enum TemplateValue {
    static func object(_ values: [String: Any]) -> TemplateObject {
        TemplateObject(values: values.mapValues(prepare))
    }

    static func prepare(_ value: Any) -> Any {
        switch value {
        case let text as String: return TemplateText(text: text)
        case let values as [String: Any]: return object(values)
        case let list as [Any]: return list.map(prepare)
        case let data as TemplateData: return data.mustacheValue
        default: return value
        }
    }
}

/// A string in a template context: printed as it is (escaped by the content type), with no keys
/// of its own, and with the transforms a `String` has (`{{lowercased(title)}}`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable {
    let text: String
    var renderText: String { text }
    var isNull: Bool { false }
    func child(named: String) -> Any? { nil }
    func transform(_ name: String) -> Any? { text.transform(name) }
}

/// A map of keys to prepared values, with a dictionary's transforms.
struct TemplateObject: MustacheParent, MustacheTransformable {
    var values: [String: Any]
    func child(named name: String) -> Any? { values[name] }
    func transform(_ name: String) -> Any? { values.transform(name) }
}

/// The diagnostics of templates that failed to compile.
public struct TemplateErrors: Error {
    public var diagnostics: [Diagnostic]
}

/// Mustache's HTML escaping, the same five characters, through the project's one escaper
/// (`MarkupEscaping`, by bytes): the package's own looks each Character up in a dictionary.
struct FastHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkupEscaping.escape(text) }
}
