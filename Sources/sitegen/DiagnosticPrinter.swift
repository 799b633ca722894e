import Content
import Foundation

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
        if let stated = d.stated, let expected = d.expected { out += "\n    stated \(stated), computed \(expected)" }
        if let full = sourceLine(d.location) {
            let (line, column) = Self.excerpt(full, around: d.location.column)
            let number = String(d.location.line)
            let gutter = String(repeating: " ", count: number.count)
            out += "\n \(number) | \(line)"
            if column > 0 {
                let pad = String(line.prefix(column - 1).map { $0 == "\t" ? "\t" : ($0.isWide ? "  " : " ") }.joined())
                let marked = line.dropFirst(column - 1).prefix(max(1, d.length))
                let width = marked.reduce(0) { $0 + ($1.isWide ? 2 : 1) }
                out += "\n \(gutter) | \(pad)" + String(repeating: "^", count: max(1, width))
            }
        }
        return out
    }

    /// At most `excerptLength` Characters of a long line, around `column`, with "…" where cut,
    /// and the column within the excerpt: a minified or generated line must not flood the terminal.
    static let excerptLength = 160

    static func excerpt(_ line: String, around column: Int) -> (line: String, column: Int) {
        guard line.count > excerptLength else { return (line, column) }
        let characters = Array(line)
        let start = max(0, min(column - 1 - excerptLength / 2, characters.count - excerptLength))
        let end = min(characters.count, start + excerptLength)
        let head = start > 0 ? "…" : "", tail = end < characters.count ? "…" : ""
        let shifted = column > 0 ? column - start + head.count : 0
        return (head + String(characters[start..<end]) + tail, shifted)
    }

    private func sourceLine(_ location: SourceLocation) -> String? {
        sources[location.file].flatMap { SourceText.line(location.line, in: $0) }.map(String.init)
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

extension Character {
    /// CJK characters take two terminal cells, so the caret must move two columns for each.
    var isWide: Bool {
        guard let v = unicodeScalars.first?.value else { return false }
        return (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
            || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
            || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
    }
}
