import TextKit

/// A compiled template as sitegen draws it itself: the parts Mustache's parser found (so its
/// rules for standalone lines and whitespace stay the parser's), each name split at its dots
/// once, rendered from `TemplateData` with a `switch` per value.
///
/// Mustache's own renderer asks every value found whether it is a template, a custom
/// renderable, a lambda or an optional, and copies its context stack for every section; for a
/// theme's templates that was most of their cost. Only what the theme's templates use is here:
/// text, `{{name}}`, `{{{name}}}`, sections and inverted sections; a template with anything else
/// (partials, blocks, transforms, delimiters) is left to Mustache (`TemplateSet`).
indirect enum TemplatePart: Sendable, Equatable {
    case text(String)
    /// An empty path is `{{.}}`, the innermost value.
    case variable(path: [String], escaped: Bool)
    case section(path: [String], parts: [TemplatePart])
    case inverted(path: [String], parts: [TemplatePart])

    /// A tag's name as Mustache looks it up: `.` is the innermost value, `a.b` is `b` of the
    /// first `a` on the stack; nil for a name only Mustache reads (`.a`, empty).
    static func path(_ name: String) -> [String]? {
        if name == "." { return [] }
        guard !name.isEmpty, name.first != "." else { return nil }
        let path = name.split(separator: ".").map(String.init)
        return path.isEmpty ? nil : path
    }
}

/// A template context in the few kinds of values a site's contexts hold.
///
/// Made from what `ContextBuilder` writes (`[String: Any]` with strings, Booleans, integers,
/// lists and maps, as `TemplateValue.prepare` reads them); nil for any other value, whose
/// printing or lookups only Mustache knows, so that such a context is drawn by Mustache.
indirect enum TemplateData: Sendable {
    case text(String)
    case flag(Bool)
    /// An integer, kept as the digits Mustache prints for it; like a string, it has no keys.
    case number(String)
    case object([String: TemplateData])
    case list([TemplateData])

    init?(_ value: Any) {
        // The types contexts are written in, told apart by their type alone: each `as` below
        // that fails is a runtime search, and an `as [Any]` of a list of maps copies it.
        let kind = type(of: value)
        if kind == String.self, let text = value as? String {
            self = .text(text)
            return
        }
        if kind == [String: Any].self, let values = value as? [String: Any] {
            guard let object = Self.object(values) else { return nil }
            self = object
            return
        }
        if kind == [[String: Any]].self, let list = value as? [[String: Any]] {
            var items: [TemplateData] = []
            items.reserveCapacity(list.count)
            for values in list {
                guard let object = Self.object(values) else { return nil }
                items.append(object)
            }
            self = .list(items)
            return
        }
        // Otherwise the order of `TemplateValue.prepare`, so a value is read as Mustache would see it.
        switch value {
        case let text as String: self = .text(text)
        case let values as [String: Any]:
            guard let object = Self.object(values) else { return nil }
            self = object
        case let list as [Any]:
            var items: [TemplateData] = []
            items.reserveCapacity(list.count)
            for value in list {
                guard let data = TemplateData(value) else { return nil }
                items.append(data)
            }
            self = .list(items)
        default:
            if let data = value as? TemplateData {
                self = data
            } else if type(of: value) == Bool.self, let flag = value as? Bool {
                self = .flag(flag)
            } else if type(of: value) == Int.self, let number = value as? Int {
                self = .number(String(number))
            } else {
                return nil
            }
        }
    }
}

extension TemplateData {
    private static func object(_ values: [String: Any]) -> TemplateData? {
        var object: [String: TemplateData] = [:]
        object.reserveCapacity(values.count)
        for (key, value) in values {
            guard let data = TemplateData(value) else { return nil }
            object[key] = data
        }
        return .object(object)
    }

    /// The value in the types Mustache's renderer is handed (`TemplateValue.prepare`).
    var mustacheValue: Any {
        switch self {
        case .text(let text): TemplateText(text: text)
        case .flag(let flag): flag
        case .number(let digits): Int(digits) ?? TemplateText(text: digits)
        case .object(let values): TemplateObject(values: values.mapValues(\.mustacheValue))
        case .list(let items): items.map(\.mustacheValue)
        }
    }
}

/// Draws `TemplatePart`s as Mustache's renderer would, escaping with the project's escaper
/// (the `FastHTML` content type every theme template is compiled with).
struct TemplateDrawing {
    private var stack: [TemplateData]
    private(set) var text = ""

    init(_ context: TemplateData) {
        stack = [context]
    }

    /// Draws `parts` onto `text`; false when a value must be printed as only Mustache prints
    /// it (a list or a map in `{{name}}`), and then the whole template is Mustache's to draw.
    mutating func draw(_ parts: [TemplatePart]) -> Bool {
        for part in parts {
            switch part {
            case .text(let piece):
                text += piece
            case .variable(let path, let escaped):
                switch lookUp(path) {
                case nil: break
                case .text(let value)?: text += escaped ? MarkupEscaping.escape(value) : value
                case .flag(let flag)?: text += flag ? "true" : "false"
                case .number(let digits)?: text += digits
                case .object?, .list?: return false
                }
            case .section(let path, let inner):
                switch lookUp(path) {
                case nil: break
                case .flag(let flag)?:
                    if flag, !draw(inner) { return false }
                case .list(let items)?:
                    for item in items {
                        if !drawPushing(item, inner) { return false }
                    }
                case let value?:
                    if !drawPushing(value, inner) { return false }
                }
            case .inverted(let path, let inner):
                switch lookUp(path) {
                case nil:
                    if !draw(inner) { return false }
                case .flag(let flag)?:
                    if !flag, !draw(inner) { return false }
                case .list(let items)? where items.isEmpty:
                    if !drawPushing(.list(items), inner) { return false }
                default: break
                }
            }
        }
        return true
    }

    private mutating func drawPushing(_ value: TemplateData, _ parts: [TemplatePart]) -> Bool {
        stack.append(value)
        defer { stack.removeLast() }
        return draw(parts)
    }

    /// The first name from the innermost map that has it, the rest from what it names; only
    /// maps have keys.
    private func lookUp(_ path: [String]) -> TemplateData? {
        guard let first = path.first else { return stack.last }
        var found: TemplateData?
        for frame in stack.reversed() {
            if case .object(let values) = frame, let value = values[first] {
                found = value
                break
            }
        }
        guard var value = found else { return nil }
        for name in path.dropFirst() {
            guard case .object(let values) = value, let child = values[name] else { return nil }
            value = child
        }
        return value
    }
}
