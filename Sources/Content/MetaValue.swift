/// A YAML value with the position it was written at, as front matter and settings files hold it.
///
/// Scalars keep their text: a price such as `0.05` must never pass through `Double`, and the
/// typed readers decide what a scalar means for each key.
public indirect enum MetaValue: Sendable, Hashable {
    case scalar(String, isPlain: Bool, line: Int, column: Int)
    case sequence([MetaValue], line: Int, column: Int)
    case mapping([(key: String, value: MetaValue)], line: Int, column: Int)

    public static func == (a: MetaValue, b: MetaValue) -> Bool {
        switch (a, b) {
        case let (.scalar(x, p, l, c), .scalar(y, q, m, d)): return x == y && p == q && l == m && c == d
        case let (.sequence(x, l, c), .sequence(y, m, d)): return x == y && l == m && c == d
        case let (.mapping(x, l, c), .mapping(y, m, d)):
            return l == m && c == d && x.count == y.count
                && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: return false
        }
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(line)
        hasher.combine(column)
    }

    public var line: Int {
        switch self {
        case .scalar(_, _, let line, _), .sequence(_, let line, _), .mapping(_, let line, _): return line
        }
    }

    public var column: Int {
        switch self {
        case .scalar(_, _, _, let column), .sequence(_, _, let column), .mapping(_, _, let column): return column
        }
    }

    /// The scalar's text, or nil for a sequence or mapping.
    public var string: String? {
        if case .scalar(let s, _, _, _) = self { return s }
        return nil
    }

    /// The value under `key` of a mapping.
    public subscript(key: String) -> MetaValue? {
        if case .mapping(let pairs, _, _) = self { return pairs.first { $0.key == key }?.value }
        return nil
    }

    /// A boolean written the YAML 1.2 way (`true`/`false`, any case) in an unquoted scalar.
    public var bool: Bool? {
        guard case .scalar(let s, true, _, _) = self else { return nil }
        switch s.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }

    /// Whether this is YAML's null (`~`, `null` or nothing), which keys treat as absent.
    public var isNull: Bool {
        guard case .scalar(let s, true, _, _) = self else { return false }
        return s.isEmpty || s == "~" || s.lowercased() == "null"
    }

    /// A plain value for templates: strings, arrays and dictionaries, nothing else.
    public var templateValue: Any {
        switch self {
        case .scalar(let s, _, _, _): return s
        case .sequence(let items, _, _): return items.map(\.templateValue)
        case .mapping(let pairs, _, _):
            var dict: [String: Any] = [:]
            for pair in pairs { dict[pair.key] = pair.value.templateValue }
            return dict
        }
    }
}
