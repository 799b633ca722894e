import Foundation

/// Every threshold `check` decides with, in one place. Each is a trade between finding errors
/// and crying wolf on reports nobody planned for; each has a test that fails when it is loosened.
enum CheckPolicy {
    /// A relation guessed from a table's columns needs this many rows that support it, none of
    /// them zero, with at least two different results.
    static let inferredRelationMinimumRows = 3
    /// A yearly column beside a monthly one (`Monthly ($)`, `Annual ($)`) is × 12 by its headers'
    /// word; then this many rows are enough.
    static let namedPeriodRelationMinimumRows = 2
    /// A column beside a count and a unit price (`件数`, `每件工钱`) is their product by the price
    /// header's word, and a column per what another counts (`Cost per pitch-night` beside
    /// `Pitch-nights`) their quotient by its own; then this many rows are enough too.
    static let unitPriceProductMinimumRows = 2
    /// A relation that holds in this many rows and breaks in one, where the breaking cell is the
    /// relation's value with two digits swapped or one changed, is the table's rule.
    static let slipRelationMinimumRows = 2
    /// …and must hold in at least this share of the rows that have all its values.
    static let inferredRelationMajority = Decimal(2) / 3
    /// The versions of a translation group are compared only when they look alike: at least this
    /// share of the tables of the shorter version have the same shape in the others.
    static let translationTableShapeShare = Decimal(1) / 2
    /// A prose figure that differs between versions is a drift only when this many figures on
    /// each side of it agree.
    static let translationDriftContext = 1
    /// A calculation whose stated result is its computed value divided by the scale of one of
    /// its operands (`120百万 × 0.06美元 = 7.20美元`) priced that operand per scale unit.
    static let acceptsPricePerScaleUnit = true
    /// …but only when its other operands are at least this large: a per-token price such as
    /// `5e-06美元` is never a price per million.
    static let smallestPricePerScaleUnit = Decimal(string: "0.001")!
    /// A guessed relation whose stated figure is more than this many times its computed value (or
    /// less than its inverse) is reported as a warning, not an error: no slip lands that far.
    static let largestGuessedSlipRatio = Decimal(string: "3.5")!
    /// …unless the two are this close to a power of ten apart: a unit mis-scaled.
    static let powerOfTenSlipBand = (lower: Decimal(string: "0.9")!, upper: Decimal(string: "1.12")!)
}
