import Foundation

/// One finding about the input: where, how bad, which rule, and what was stated versus computed.
///
/// Diagnostics are data; only the command line decides how they look.
public struct Diagnostic: Sendable, Hashable {
    public enum Severity: String, Sendable, Hashable, Comparable {
        case error, warning, info

        private var rank: Int { self == .error ? 0 : self == .warning ? 1 : 2 }
        public static func < (a: Self, b: Self) -> Bool { a.rank < b.rank }
    }

    public var severity: Severity
    /// A stable identifier users can search for and silence, such as `yaml` or `front-matter`.
    public var rule: String
    public var message: String
    public var location: SourceLocation
    /// The figure as the author wrote it, for number findings.
    public var stated: String?
    /// The figure the rule computed, for number findings.
    public var computed: String?
    /// The length of the offending text in Characters, for a caret line under it (0 for one caret).
    public var length: Int
    /// The stated and the one computed value, in the stated figure's own units, when the rule
    /// found exactly one correction: what `check --fix` writes back. Nil when it is ambiguous.
    public var values: FigureValues?

    public init(
        _ severity: Severity, rule: String, _ message: String, at location: SourceLocation,
        stated: String? = nil, computed: String? = nil, length: Int = 0
    ) {
        self.severity = severity
        self.rule = rule
        self.message = message
        self.location = location
        self.stated = stated
        self.computed = computed
        self.length = length
    }
}

extension Array where Element == Diagnostic {
    /// Whether any finding is an error, which makes a build or check fail.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}

/// A diagnostic can travel as an error where one file's problem ends its processing.
extension Diagnostic: Error {}

/// A wrong figure's value as read and the one value its rule computed for it.
public struct FigureValues: Sendable, Hashable {
    public var stated: Decimal
    public var computed: Decimal
    /// Whether the rule read the stated figure as a known slip of the computed one (a change taken
    /// over the other amount): however far apart, the two are related.
    public var isKnownSlip = false
    /// Whether the stated figure is the computed value cut off rather than rounded (`≒ 3.4` for
    /// 3.465): an error unless its line says it rounds down.
    public var isCutOff = false

    public init(stated: Decimal, computed: Decimal) {
        self.stated = stated
        self.computed = computed
    }
}
