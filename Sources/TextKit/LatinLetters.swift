extension Character {
    /// Whether the Character is a letter of the Latin script (`é`, `ß` too): words in it are
    /// separated by spaces, so a search for one must not stop or start inside another.
    public var isLatinLetter: Bool {
        isLetter && (unicodeScalars.first?.value ?? 0) < 0x250
    }
}
