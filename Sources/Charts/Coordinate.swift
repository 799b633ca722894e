/// Writes SVG coordinates with one fixed decimal, the same way on every machine and locale.
///
/// `String(format:)` and `description` of a `Double` can differ by platform or locale; rounding
/// to tenths of a user unit and writing the digits by hand cannot, and tenths are far below a pixel.
enum Coordinate {
    static func format(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        let fraction = magnitude % 10
        return fraction == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(fraction)"
    }
}

extension Double {
    /// This coordinate as SVG text, via `Coordinate.format`.
    public var svg: String { Coordinate.format(self) }
}
