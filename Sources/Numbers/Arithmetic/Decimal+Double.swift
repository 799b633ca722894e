import Foundation

extension Decimal {
    /// The nearest `Double`: for drawing, and for ruling out values far apart before exact
    /// arithmetic decides (`Agreement.certainlyDisagrees`), never for a figure's own value.
    public var asDouble: Double { NSDecimalNumber(decimal: self).doubleValue }
}
