import Content
import TextKit

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
        // Searched as bytes: Character-wise searches of every comment of a site cost a twentieth of `check`.
        let bytes = Array(html.utf8)
        let marker = Array("formula:".utf8)
        guard bytes.drop(while: { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }).starts(with: "<!--".utf8),
            bytes.firstRange(ofBytes: marker) != nil
        else { return ([], []) }
        var declarations: [FormulaDeclaration] = []
        var diagnostics: [Diagnostic] = []
        for (offset, fullLine) in bytes.split(separator: 0x0A, omittingEmptySubsequences: false).enumerated() {
            let rawLine = fullLine.last == 0x0D ? fullLine.dropLast() : fullLine
            guard let found = rawLine.firstRange(ofBytes: marker) else { continue }
            var column = String(decoding: rawLine[..<found.upperBound], as: UTF8.self).count + 1
            var restBytes = rawLine[found.upperBound...]
            if let close = restBytes.firstRange(ofBytes: Array("-->".utf8)) {
                restBytes = restBytes[..<close.lowerBound]
            }
            let rest = String(decoding: restBytes, as: UTF8.self)
            for part in rest.split(separator: ";", omittingEmptySubsequences: false) {
                defer { column += part.count + 1 }
                let leading = part.prefix { $0.isWhitespace }.count
                let text = part.trimmingSpaces
                guard !text.isEmpty else { continue }
                let at = SourceLocation(file: file, line: line + offset, column: column + leading)
                switch FormulaParser.parseDeclaration(text) {
                case .success(let parsed):
                    declarations.append(
                        FormulaDeclaration(
                            target: parsed.target, expression: parsed.expression, text: text, location: at))
                case .failure(let failure):
                    var errorAt = at
                    errorAt.column += failure.offset
                    diagnostics.append(
                        Diagnostic(
                            .error, rule: "formula-syntax",
                            "formula syntax: \(failure.message) in '\(text.count > 80 ? text.prefix(80) + "…" : text)'",
                            at: errorAt))
                }
            }
        }
        return (declarations, diagnostics)
    }
}
