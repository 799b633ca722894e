/// Which characters mark decimals and group digits in one document.
///
/// A page's language gives the default (`1 234,56` in French, `1.234,56` in German, `1,234.56`
/// elsewhere), but authors do not always follow it: a French page may write `5,000` for five
/// thousand. `NumberMarks.evidence(in:default:)` decides per document from how its numbers are
/// written.
public struct NumberMarks: Sendable, Equatable {
    /// Whether `,` is the decimal mark; otherwise `.` is, and `,` groups thousands.
    public var decimalComma: Bool
    /// Whether `.` groups thousands (`1.234,56`); only with a decimal comma.
    public var pointGroups: Bool
    /// Whether an ordinary space groups thousands (`1 234`).
    public var spaceGroups: Bool

    public init(decimalComma: Bool, pointGroups: Bool = false, spaceGroups: Bool = false) {
        self.decimalComma = decimalComma
        self.pointGroups = decimalComma && pointGroups
        self.spaceGroups = spaceGroups
    }

    /// `1,234.56`, as English, Chinese and Japanese write.
    public static let decimalPoint = NumberMarks(decimalComma: false)
}
