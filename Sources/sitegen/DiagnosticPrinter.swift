import Content
import Foundation
import TextKit

/// Prints diagnostics the way compilers do: `file:line:col: severity[rule]: message`, then the
/// source line with a caret under the spot. Colour only on a terminal, and never with NO_COLOR.
struct DiagnosticPrinter {
    var sources: [String: String]
    var useColor = isatty(STDERR_FILENO) == 1 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    init(sources: [String: String]) {
        self.sources = sources
    }

    func print(_ diagnostics: [Diagnostic]) {
        for d in diagnostics.sorted(by: { $0.location < $1.location }) { Self.stderr(format(d)) }
    }

    func format(_ d: Diagnostic) -> String {
        let label = useColor ? color(d.severity) + d.severity.rawValue + "\u{1B}[0m" : d.severity.rawValue
        var out = "\(d.location): \(label)[\(d.rule)]: \(d.message)"
        if let stated = d.stated, let expected = d.computed { out += "\n    stated \(stated), computed \(expected)" }
        if let source = sourceLine(d.location) {
            let excerpt = CaretExcerpt(source, column: d.location.column, length: d.length)
            let number = String(d.location.line)
            out += "\n \(number) | \(excerpt.line)"
            if !excerpt.caret.isEmpty {
                out += "\n \(String(repeating: " ", count: number.count)) | \(excerpt.caret)"
            }
        }
        return out
    }

    private func sourceLine(_ location: SourceLocation) -> Substring? {
        sources[location.file].flatMap { SourceLines($0).line(location.line) }
    }

    private func color(_ severity: Diagnostic.Severity) -> String {
        switch severity {
        case .error: return "\u{1B}[1;31m"
        case .warning: return "\u{1B}[1;33m"
        case .info: return "\u{1B}[1;36m"
        }
    }

    static func stderr(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
