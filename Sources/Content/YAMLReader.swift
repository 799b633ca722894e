import Yams

/// Reads YAML text into `MetaValue`s, with errors placed at their line and column in the file.
///
/// The only file that imports Yams. It composes nodes instead of decoding, so each value keeps
/// its position for later diagnostics about that key.
public enum YAMLReader {
    /// Reads `yaml`, which starts at `firstLine` of `file`; nil value for empty YAML.
    public static func read(_ yaml: String, file: String, firstLine: Int = 1) -> (MetaValue?, [Diagnostic]) {
        if yaml.allSatisfy(\.isWhitespace) { return (nil, []) }
        do {
            // An explicit encoding stops Yams reading the process environment on every call. The
            // basic resolver tags nothing: types are read from the text later, so no scalar is
            // matched against the default resolver's regular expressions.
            guard let node = try Yams.compose(yaml: yaml, .basic, .default, .utf8) else { return (nil, []) }
            return (convert(node, lineOffset: firstLine - 1), [])
        } catch let error as YamlError {
            let problem = diagnostic(for: error, file: file, lineOffset: firstLine - 1)
            // `title: Piscine des Glacis : rénovation` is not YAML, but every reader sees what the
            // author meant: the line's value quoted. Read so, with a warning at the first such line.
            if let (quoted, line) = quotingColonValues(yaml),
                let node = try? Yams.compose(yaml: quoted, .basic, .default, .utf8)
            {
                let location = SourceLocation(file: file, line: line + firstLine - 1, column: 1)
                let warning = Diagnostic(
                    .warning, rule: "yaml", "a value holds ': ' and is read as text; quote it (\(problem.message))",
                    at: location)
                return (convert(node, lineOffset: firstLine - 1), [warning])
            }
            return (nil, [problem])
        } catch {
            let location = SourceLocation(file: file, line: firstLine, column: 1)
            return (nil, [Diagnostic(.error, rule: "yaml", "\(error)", at: location)])
        }
    }

    /// The YAML with each top-level `key: value` line whose plain value holds `: ` quoted, and the
    /// first such line (1-based); nil when there is none.
    private static func quotingColonValues(_ yaml: String) -> (String, Int)? {
        var firstLine: Int?
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            index, line -> String in
            guard let first = line.first, first.isLetter, let colon = line.range(of: ": ") else { return String(line) }
            let value = line[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            guard value.contains(": ") || value.hasSuffix(":"), let lead = value.first, !"\"'[{|>&*!#".contains(lead)
            else { return String(line) }
            if firstLine == nil { firstLine = index + 1 }
            let escaped = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(
                of: "\"", with: "\\\"")
            return String(line[..<colon.upperBound]) + "\"" + escaped + "\""
        }
        guard let firstLine else { return nil }
        return (lines.joined(separator: "\n"), firstLine)
    }

    private static func convert(_ node: Yams.Node, lineOffset: Int) -> MetaValue {
        let line = (node.mark?.line ?? 0) + lineOffset
        let column = node.mark?.column ?? 0
        switch node {
        case .scalar(let scalar):
            return .scalar(scalar.string, isPlain: scalar.style == .plain, line: line, column: column)
        case .sequence(let sequence):
            return .sequence(sequence.map { convert($0, lineOffset: lineOffset) }, line: line, column: column)
        case .mapping(let mapping):
            let pairs = mapping.map {
                (key: $0.key.string ?? "\($0.key)", value: convert($0.value, lineOffset: lineOffset))
            }
            return .mapping(pairs, line: line, column: column)
        case .alias:
            return .scalar("", isPlain: true, line: line, column: column)
        }
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int) -> Diagnostic {
        let (problem, mark): (String, Mark?) = {
            switch error {
            case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
                let .composer(context, problem, mark, _):
                return (context.map { "\(problem) (\($0.text) at line \($0.mark.line + lineOffset))" } ?? problem, mark)
            case let .duplicatedKeysInMapping(duplicates, context):
                return ("duplicate key \(duplicates.joined(separator: ", "))", context.mark)
            case let .reader(problem, _, _, _):
                return (problem, nil)
            default:
                return ("\(error)", nil)
            }
        }()
        let location = SourceLocation(file: file, line: (mark?.line ?? 1) + lineOffset, column: mark?.column ?? 0)
        return Diagnostic(.error, rule: "yaml", "invalid YAML: \(problem)", at: location)
    }
}
