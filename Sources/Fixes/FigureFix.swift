/// One stated figure to rewrite: where it is, what it says, and what it should say.
public struct FigureFix: Sendable, Equatable {
    public var file: String
    public var line: Int
    /// The figure's first Character in its line, counting from 1.
    public var column: Int
    public var original: String
    public var replacement: String
    /// The rule whose finding this fixes.
    public var rule: String
}
