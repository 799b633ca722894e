import Foundation

extension Decimal {
    /// `description`'s text (`1200`, `-0.0045`, `3.50`): for a significand below 2⁵³ (every
    /// figure as read, most results), its digits with the point put in by the exponent, and
    /// Foundation's for any other value.
    ///
    /// Foundation divides the 128-bit mantissa by ten for each digit, which cost a build a
    /// quarter of recording the site's figures.
    var plainText: String {
        guard !isNaN, !isZero else { return description }
        // Below 2⁵³ a whole number is a `Double` exactly, and so is the conversion of it; one
        // above converts to 2⁵³ or more.
        let whole = NSDecimalNumber(decimal: significand).doubleValue
        guard whole >= 1, whole < 9_007_199_254_740_992, whole == whole.rounded() else { return description }
        let digits = String(UInt64(whole))
        let count = digits.utf8.count
        var text = sign == .minus ? "-" : ""
        if exponent >= 0 {
            text += digits
            text += String(repeating: "0", count: exponent)
        } else if -exponent < count {
            let point = digits.utf8.index(digits.utf8.startIndex, offsetBy: count + exponent)
            text += digits[..<point]
            text += "."
            text += digits[point...]
        } else {
            text += "0."
            text += String(repeating: "0", count: -exponent - count)
            text += digits
        }
        return text
    }
}
