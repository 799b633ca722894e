import TextKit

/// Builds SVG text element by element, escaping every attribute value and text node it is given.
///
/// Attributes are an ordered list, not a dictionary, so the same chart is the same bytes on
/// every build. Text goes in only through `text(_:)` or `element(_:_:text:)`, which escape it;
/// `raw(_:)` is for markup this module wrote itself.
public struct SVGWriter {
    public private(set) var output = ""
    private var depth = 0

    public init() {}

    public mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        line("<\(name)\(Self.attributes(attributes))>")
        depth += 1
    }

    public mutating func close(_ name: String) {
        depth -= 1
        line("</\(name)>")
    }

    /// An element with optional text content on one line; empty elements close themselves.
    public mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String? = nil) {
        if let text {
            line("<\(name)\(Self.attributes(attributes))>\(MarkupEscaping.escape(text))</\(name)>")
        } else {
            line("<\(name)\(Self.attributes(attributes))/>")
        }
    }

    /// Markup this module built itself (never author text).
    public mutating func raw(_ markup: String) {
        line(markup)
    }

    private mutating func line(_ text: String) {
        output += String(repeating: "  ", count: max(0, depth)) + text + "\n"
    }

    static func attributes(_ list: [(String, String)]) -> String {
        list.map { " \($0.0)=\"\(MarkupEscaping.escape($0.1))\"" }.joined()
    }
}
