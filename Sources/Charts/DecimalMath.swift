import Foundation

/// The few exact `Decimal` operations axes need: powers of ten, floor, ceiling, decimals.
enum DecimalMath {
    static func power(_ exponent: Int) -> Decimal {
        Decimal(sign: .plus, exponent: exponent, significand: 1)
    }

    /// ⌊log₁₀ v⌋ for v > 0, by exact shifts rather than `log10` of a `Double`.
    static func floorLog10(_ v: Decimal) -> Int {
        precondition(v > 0)
        var x = v
        var exponent = 0
        while x >= 10 { x /= 10; exponent += 1 }
        while x < 1 { x *= 10; exponent -= 1 }
        return exponent
    }

    /// ⌈log₁₀ v⌉ for v > 0.
    static func ceilLog10(_ v: Decimal) -> Int {
        let e = floorLog10(v)
        return power(e) == v ? e : e + 1
    }

    static func floor(_ v: Decimal) -> Decimal {
        var value = v
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .down)
        return result > v ? result - 1 : result
    }

    static func ceil(_ v: Decimal) -> Decimal {
        let f = floor(v)
        return f == v ? f : f + 1
    }

    /// How many decimals `v` needs to be written exactly: 0.25 → 2, 500 → 0.
    static func fractionDigits(_ v: Decimal) -> Int {
        var x = v.magnitude
        var digits = 0
        while floor(x) != x, digits < 40 { x *= 10; digits += 1 }
        return digits
    }
}
