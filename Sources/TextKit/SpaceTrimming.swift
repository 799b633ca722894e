extension StringProtocol {
    /// The text without leading and trailing spaces (tab, the space separators, zero-width
    /// space): what Foundation's `trimmingCharacters(in: .whitespaces)` gives, without bridging
    /// through NSString on every call.
    public var trimmingSpaces: String {
        let scalars = unicodeScalars
        // Most texts have nothing to trim: copied as they are, not rebuilt scalar by scalar.
        guard let first = scalars.first, let last = scalars.last else { return "" }
        if !Self.isSpace(first), !Self.isSpace(last) { return String(self) }
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Self.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[start..<end])
        return String(trimmed)
    }

    /// Foundation's `.whitespaces`: the space separators (Zs), the tab and the zero-width space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
