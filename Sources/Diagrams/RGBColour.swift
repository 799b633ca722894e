import Foundation
import TextKit

/// A colour in sRGB, components from 0 to 1, with the conversions theming needs.
public struct RGBColour: Sendable, Hashable {
    public var red: Double
    public var green: Double
    public var blue: Double

    public init(red: Double, green: Double, blue: Double) {
        (self.red, self.green, self.blue) = (min(1, max(0, red)), min(1, max(0, green)), min(1, max(0, blue)))
    }

    /// `#rgb`, `#rrggbb`, `rgb(r, g, b)` or one of the common CSS colour names.
    public init?(css: String) {
        let text = css.trimmingSpaces.lowercased()
        if text.hasPrefix("#") {
            var hex = Array(text.dropFirst())
            if hex.count == 3 { hex = hex.flatMap { [$0, $0] } }
            guard hex.count == 6 || hex.count == 8, let value = UInt32(String(hex.prefix(6)), radix: 16) else {
                return nil
            }
            self.init(
                red: Double(value >> 16 & 0xFF) / 255, green: Double(value >> 8 & 0xFF) / 255,
                blue: Double(value & 0xFF) / 255)
        } else if text.hasPrefix("rgb(") || text.hasPrefix("rgba("), text.hasSuffix(")") {
            let parts = text.drop { $0 != "(" }.dropFirst().dropLast().split(separator: ",").compactMap {
                Double($0.trimmingSpaces)
            }
            guard parts.count >= 3 else { return nil }
            self.init(red: parts[0] / 255, green: parts[1] / 255, blue: parts[2] / 255)
        } else if let hex = Self.names[text] {
            self.init(css: hex)
        } else {
            return nil
        }
    }

    private static let names = [
        "white": "#ffffff", "black": "#000000", "red": "#ff0000", "green": "#008000", "blue": "#0000ff",
        "yellow": "#ffff00", "orange": "#ffa500", "purple": "#800080", "pink": "#ffc0cb", "gray": "#808080",
        "grey": "#808080", "lightblue": "#add8e6", "lightgreen": "#90ee90", "lightgrey": "#d3d3d3",
        "lightgray": "#d3d3d3",
        "lightyellow": "#ffffe0", "gold": "#ffd700", "navy": "#000080", "teal": "#008080", "brown": "#a52a2a",
    ]

    public var hex: String {
        "#"
            + [red, green, blue].map { c in
                let v = Int((c * 255).rounded())
                return (v < 16 ? "0" : "") + String(v, radix: 16)
            }.joined()
    }

    /// WCAG relative luminance.
    public var luminance: Double {
        func linear(_ c: Double) -> Double { c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG contrast ratio, from 1 to 21.
    public func contrast(with other: RGBColour) -> Double {
        let (a, b) = (luminance, other.luminance)
        return (max(a, b) + 0.05) / (min(a, b) + 0.05)
    }

    /// Hue in degrees and saturation from 0 to 1 (HSL); grey has saturation 0.
    var hueSaturation: (hue: Double, saturation: Double) {
        let high = max(red, green, blue), low = min(red, green, blue), delta = high - low
        guard delta > 0 else { return (0, 0) }
        let lightness = (high + low) / 2
        let saturation = delta / (1 - abs(2 * lightness - 1))
        var hue: Double
        switch high {
        case red: hue = ((green - blue) / delta).truncatingRemainder(dividingBy: 6)
        case green: hue = (blue - red) / delta + 2
        default: hue = (red - green) / delta + 4
        }
        hue *= 60
        return (hue < 0 ? hue + 360 : hue, min(1, saturation))
    }

    /// The colour of `hue` and `saturation` at `lightness` (all HSL).
    static func hsl(_ hue: Double, _ saturation: Double, _ lightness: Double) -> RGBColour {
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let x = chroma * (1 - abs((hue / 60).truncatingRemainder(dividingBy: 2) - 1))
        let m = lightness - chroma / 2
        let (r, g, b): (Double, Double, Double)
        switch hue {
        case ..<60: (r, g, b) = (chroma, x, 0)
        case ..<120: (r, g, b) = (x, chroma, 0)
        case ..<180: (r, g, b) = (0, chroma, x)
        case ..<240: (r, g, b) = (0, x, chroma)
        case ..<300: (r, g, b) = (x, 0, chroma)
        default: (r, g, b) = (chroma, 0, x)
        }
        return RGBColour(red: r + m, green: g + m, blue: b + m)
    }
}
