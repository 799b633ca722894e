extension Character {
    /// The Character of each ASCII byte, made once: a reader that turns an ASCII line into
    /// Characters takes them from here rather than making each one (or breaking graphemes).
    public static let ofASCII: [Character] = (0..<128).map { Character(Unicode.Scalar(UInt8($0))) }
}
