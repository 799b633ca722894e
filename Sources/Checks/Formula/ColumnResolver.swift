/// Finds the column a formula names: by `#n`, by exact header text, or by the one header that
/// contains the name (so `月成本` finds `月成本（美元）`).
struct ColumnResolver {
    let header: [String]

    func index(of reference: FormulaExpression) -> Int? {
        switch reference {
        case .position(let n): return n >= 1 && n <= header.count ? n - 1 : nil
        case .reference(let name):
            if let exact = header.firstIndex(where: { $0 == name }) { return exact }
            let containing = header.indices.filter { header[$0].containsLiteral(name) }
            return containing.count == 1 ? containing[0] : nil
        default: return nil
        }
    }
}
