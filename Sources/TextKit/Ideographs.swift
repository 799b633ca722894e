extension Character {
    /// Whether the Character is a CJK unified ideograph (`每`, `日`, `倍`): a word of one Character
    /// in Chinese and Japanese, which stands without spaces around it.
    public var isUnifiedIdeograph: Bool {
        unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false
    }
}
