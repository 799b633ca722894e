import Content

/// A formula an author declared for a table column, with where it was written.
///
/// Written in an HTML comment right after the table, invisible on the page:
/// `<!-- formula: 月成本 = 日成本 × 30 -->`; several formulas go on separate lines or are
/// separated by `;`.
public struct FormulaDeclaration: Sendable {
    public var target: FormulaExpression
    public var expression: FormulaExpression
    public var text: String
    public var location: SourceLocation

    /// Reads every `formula:` declaration of an HTML comment block that starts at `line`.
    static func parseComment(_ html: String, line: Int, file: String) -> ([FormulaDeclaration], [Diagnostic]) {
        // Searched with the standard library, not Foundation: bridging every comment of a site
        // through NSString cost a twentieth of `check`.
        guard html.drop(while: \.isWhitespace).hasPrefix("<!--"), html.utf8.firstRange(of: "formula:".utf8) != nil else { return ([], []) }
        var declarations: [FormulaDeclaration] = []
        var diagnostics: [Diagnostic] = []
        for (offset, rawLine) in html.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let marker = rawLine.firstRange(of: "formula:") else { continue }
            var column = rawLine.distance(from: rawLine.startIndex, to: marker.upperBound) + 1
            var rest = rawLine[marker.upperBound...]
            if let close = rest.firstRange(of: "-->") { rest = rest[..<close.lowerBound] }
            for part in rest.split(separator: ";", omittingEmptySubsequences: false) {
                defer { column += part.count + 1 }
                let leading = part.prefix { $0.isWhitespace }.count
                let text = part.trimmingSpaces
                guard !text.isEmpty else { continue }
                let at = SourceLocation(file: file, line: line + offset, column: column + leading)
                switch FormulaParser.parseDeclaration(text) {
                case .success(let parsed):
                    declarations.append(FormulaDeclaration(target: parsed.target, expression: parsed.expression, text: text, location: at))
                case .failure(let failure):
                    var errorAt = at
                    errorAt.column += failure.offset
                    diagnostics.append(Diagnostic(.error, rule: "formula-syntax", "formula syntax: \(failure.message) in '\(text.count > 80 ? text.prefix(80) + "…" : text)'", at: errorAt))
                }
            }
        }
        return (declarations, diagnostics)
    }
}
