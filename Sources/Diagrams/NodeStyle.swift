import TextKit

/// The CSS-like properties an author may set with `style`, `classDef` and `linkStyle`.
public struct NodeStyle: Sendable, Equatable {
    public var fill: RGBColour?
    public var stroke: RGBColour?
    /// In pixels, as `stroke-width:2px` says.
    public var strokeWidth: Double?
    /// The text colour (`color:`).
    public var text: RGBColour?
    public var dashArray: String?

    public init(
        fill: RGBColour? = nil, stroke: RGBColour? = nil, strokeWidth: Double? = nil, text: RGBColour? = nil,
        dashArray: String? = nil
    ) {
        self.fill = fill
        self.stroke = stroke
        self.strokeWidth = strokeWidth
        self.text = text
        self.dashArray = dashArray
    }

    public var isEmpty: Bool { self == NodeStyle() }

    /// This style with every property `other` sets replaced by other's.
    func overridden(by other: NodeStyle) -> NodeStyle {
        NodeStyle(
            fill: other.fill ?? fill, stroke: other.stroke ?? stroke, strokeWidth: other.strokeWidth ?? strokeWidth,
            text: other.text ?? text, dashArray: other.dashArray ?? dashArray)
    }

    /// Reads `fill:#e3f2fd,stroke:#1565c0,stroke-width:2px`; a property it cannot use is returned
    /// by name with its offset in `text`, so the parser can warn at its column.
    static func parse(_ text: String) -> (NodeStyle, ignored: [(property: String, offset: Int)]) {
        var style = NodeStyle()
        var ignored: [(String, Int)] = []
        var offset = 0
        for part in splitTopLevel(text) {
            defer { offset += part.count + 1 }
            let pair = part.split(separator: ":", maxSplits: 1).map { $0.trimmingSpaces }
            guard pair.count == 2, !pair[0].isEmpty else {
                if !part.trimmingSpaces.isEmpty { ignored.append((part.trimmingSpaces, offset)) }
                continue
            }
            let value = pair[1].hasSuffix("!important") ? String(pair[1].dropLast(10)).trimmingSpaces : pair[1]
            switch pair[0].lowercased() {
            case "fill" where RGBColour(css: value) != nil: style.fill = RGBColour(css: value)
            case "stroke" where RGBColour(css: value) != nil: style.stroke = RGBColour(css: value)
            case "color" where RGBColour(css: value) != nil: style.text = RGBColour(css: value)
            case "stroke-width" where Double(value.replacingSuffix("px")) != nil:
                style.strokeWidth = min(8, Double(value.replacingSuffix("px"))!)
            case "stroke-dasharray" where value.allSatisfy({ $0.isNumber || $0 == " " || $0 == "," || $0 == "." }):
                style.dashArray = value
            default: ignored.append((pair[0] + ":" + pair[1], offset))
            }
        }
        return (style, ignored)
    }

    /// Splits on commas outside brackets, so `rgb(1,2,3)` stays one value.
    private static func splitTopLevel(_ text: String) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        for c in text {
            if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
            if c == ",", depth == 0 { parts.append(current); current = "" } else { current.append(c) }
        }
        parts.append(current)
        return parts
    }
}

extension StringProtocol {
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : String(self)
    }
}
