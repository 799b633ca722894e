/// A figure the scanner recognised but could not read exactly: more than 38 significant digits,
/// or a power of ten beyond ±100, which `Decimal` cannot hold.
///
/// It gives no `ScannedNumber` (a rounded value would be checked wrongly); callers report it
/// so that the author knows the figure was not checked.
public struct UnreadableFigure: Sendable, Equatable {
    /// The figure as written.
    public var text: String
    /// Where it sits in the scanned text.
    public var range: SourceRange
}
