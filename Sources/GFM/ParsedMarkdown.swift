/// The result of parsing one Markdown text: its tree, and facts about the tree callers may limit.
public struct ParsedMarkdown: Sendable {
    public var document: Node
    /// The deepest nesting of container nodes, so callers can refuse pathological input.
    public var maxDepth: Int
    /// The nodes of kind `.unsupported`, in document order, so a caller can report each.
    public var unsupported: [Node]

    public init(document: Node, maxDepth: Int, unsupported: [Node] = []) {
        self.document = document
        self.maxDepth = maxDepth
        self.unsupported = unsupported
    }
}
