import Foundation

/// WCAG 2.1 contrast between two sRGB colours written as `#rgb` or `#rrggbb`.
///
/// Relative luminance and the ratio follow the definitions in WCAG 2.1 §1.4.3 ("relative
/// luminance", "contrast ratio"), including the 0.03928 threshold of the sRGB transfer curve.
enum ContrastRatio {
    static func ratio(_ a: String, _ b: String) -> Double? {
        guard let la = luminance(a), let lb = luminance(b) else { return nil }
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ hex: String) -> Double? {
        guard let (r, g, b) = rgb(hex) else { return nil }
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// The channels of `#rgb` or `#rrggbb`; nil for anything else, so an unreadable colour fails
    /// the test instead of being skipped.
    static func rgb(_ hex: String) -> (Int, Int, Int)? {
        guard hex.hasPrefix("#") else { return nil }
        var digits = String(hex.dropFirst())
        if digits.count == 3 { digits = digits.map { "\($0)\($0)" }.joined() }
        guard digits.count == 6, let value = Int(digits, radix: 16) else { return nil }
        return ((value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF)
    }
}
