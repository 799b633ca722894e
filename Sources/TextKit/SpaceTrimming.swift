extension StringProtocol {
    /// The text without leading and trailing spaces (tab, the space separators, zero-width
    /// space): what Foundation's `trimmingCharacters(in: .whitespaces)` gives, without bridging
    /// through NSString on every call.
    public var trimmingSpaces: String {
        // Most texts have nothing to trim: copied as they are, not rebuilt scalar by scalar.
        guard let first = unicodeScalars.first, let last = unicodeScalars.last else { return "" }
        if !Self.isSpace(first), !Self.isSpace(last) { return String(self) }
        let text = String(self)
        let scalars = text.unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start, Self.isSpace(scalars[scalars.index(before: end)]) { end = scalars.index(before: end) }
        // Sliced by scalars, so a mark after a trimmed space stays; copied as UTF-8, not scalar by scalar.
        return String(scalars[start..<end])
    }

    /// Foundation's `.whitespaces`: the space separators (Zs), the tab and the zero-width space.
    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}
