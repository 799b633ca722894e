/// A walk over a Markdown tree in document order with a hook on the way into each node and one
/// on the way out, after its children, as swift-markdown's `MarkupWalker` visits its tree.
///
/// A walker keeps its own state between hooks (the current heading, a pending paragraph, a
/// word being counted), so the walks of the tree are written once, here, and each walker says
/// only what a node means to it.
public protocol MarkupWalker {
    /// Called before `node`'s children; `.skipChildren` leaves them unvisited.
    mutating func enter(_ node: Node) -> WalkDecision
    /// Called after `node`'s children (or right after `enter` when they were skipped).
    mutating func exit(_ node: Node)
}

/// Whether a walk goes on below a node.
public enum WalkDecision: Sendable {
    case visitChildren
    case skipChildren
}

extension MarkupWalker {
    public mutating func enter(_ node: Node) -> WalkDecision { .visitChildren }
    public mutating func exit(_ node: Node) {}

    /// Walks `node` and its subtree. The parser bounds the tree's depth, so recursing is safe.
    public mutating func walk(_ node: Node) {
        if enter(node) == .visitChildren {
            // Through the buffer: a for-in loop, or the array's subscript, copies every child (a
            // retain of each of its strings and of its own children) before visiting it.
            node.children.withUnsafeBufferPointer { children in
                for i in children.indices { walk(children[i]) }
            }
        }
        exit(node)
    }
}
