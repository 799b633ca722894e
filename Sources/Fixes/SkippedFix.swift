import Content

/// Why a finding with a stated figure was not fixed.
public enum SkippedFix: Sendable, Equatable {
    /// The rule found no single value (several candidates, or a tie between translations).
    case ambiguous(SourceLocation)
    /// Two findings ask for different values at one figure.
    case conflicting(SourceLocation)
    /// The source no longer says what the finding quoted there.
    case moved(SourceLocation)
}
