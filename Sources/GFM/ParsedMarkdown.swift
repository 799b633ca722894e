/// The result of parsing one Markdown text: its tree, and facts about the tree callers may limit.
public struct ParsedMarkdown: Sendable {
    public var document: Node
    /// The deepest nesting of container nodes, so callers can refuse pathological input.
    public var maxDepth: Int

    public init(document: Node, maxDepth: Int) {
        self.document = document
        self.maxDepth = maxDepth
    }
}
