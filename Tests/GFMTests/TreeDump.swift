import GFM

/// An indented outline of a tree with spans, the golden format for parser tests.
func dump(_ node: Node, indent: Int = 0) -> String {
    var line = String(repeating: "  ", count: indent) + "\(label(node.kind)) [\(node.span)]"
    if case .text(let s) = node.kind { line += " \"\(s)\"" }
    if case .code(let s) = node.kind { line += " `\(s)`" }
    return ([line] + node.children.map { dump($0, indent: indent + 1) }).joined(separator: "\n")
}

private func label(_ kind: Node.Kind) -> String {
    switch kind {
    case .text: return "text"
    case .code: return "code"
    case .codeBlock(let info, _): return "codeBlock(\(info))"
    case .htmlBlock: return "htmlBlock"
    case .htmlInline: return "htmlInline"
    default: return "\(kind)"
    }
}
