/// Finds formulas that depend on each other in a circle (`A = B × 2`, `B = A ÷ 2`).
///
/// Such a pair checks nothing: each column is only ever compared with the other's stated value.
enum FormulaCycles {
    /// The first cycle as `A → B → A`, or nil.
    static func find(_ formulas: [FormulaDeclaration]) -> String? {
        var edges: [String: [String]] = [:]
        // Keyed by the name as `references` gives it: `[Monthly ($)]` is the reference `Monthly ($)`.
        for f in formulas {
            edges[f.target.references.first ?? f.target.description, default: []] += f.expression.references
        }
        var visiting: [String] = []
        var done: Set<String> = []
        func visit(_ node: String) -> String? {
            if let i = visiting.firstIndex(of: node) { return (visiting[i...] + [node]).joined(separator: " → ") }
            if done.contains(node) { return nil }
            visiting.append(node)
            for next in edges[node] ?? [] { if let cycle = visit(next) { return cycle } }
            visiting.removeLast()
            done.insert(node)
            return nil
        }
        for target in edges.keys.sorted() { if let cycle = visit(target) { return cycle } }
        return nil
    }
}
